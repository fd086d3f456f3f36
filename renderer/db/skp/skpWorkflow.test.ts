import { describe, expect, it } from 'vitest';
import type { RhkInput, SkpContentInput } from '../../../shared/skp/schemas';
import type { RhkParent } from '../../../shared/skp/types';
import { verifyAudit } from '../audit';
import { saveEmployee } from '../people/employees';
import { savePosition } from '../people/organisation';
import { accountFor, smallDinas } from '../people/peopleTesting';
import { setUpTestOffice, snapshot, testRepo } from '../testRepo';
import { approveSkp, returnSkp, startNewVersion, submitSkp, withdrawSkp } from './skpWorkflow';
import { createSkp, emptyEkspektasi, emptyLampiran, getSkp, saveSkpContent, visibleSkps } from './skps';

async function office() {
  const repo = testRepo();
  const admin = await setUpTestOffice(repo);
  const dinas = await smallDinas(repo, admin);
  const p = dinas.people;
  const as = {
    head: await accountFor(repo, admin, p.head.nip, ['pimpinan', 'pejabat_penilai', 'pegawai']),
    kabid: await accountFor(repo, admin, p.kabidPerson.nip, ['pejabat_penilai', 'pegawai']),
    kasi: await accountFor(repo, admin, p.kasiPerson.nip, ['pejabat_penilai', 'pegawai']),
    staff1: await accountFor(repo, admin, p.staff1.nip, ['pegawai']),
    staff2: await accountFor(repo, admin, p.staff2.nip, ['pegawai']),
  };
  return { repo, admin, dinas, p, as };
}

const rhk = (id: string, text: string, parent: RhkParent | null, over: Partial<RhkInput> = {}): RhkInput => ({
  id,
  kind: 'utama',
  text,
  parent,
  assignment: '',
  perspektif: null,
  indicators: [{ id: `${id}-iki`, aspek: 'kuantitas', text: `Jumlah ${text.toLowerCase()}`, target: 12, unit: 'Dokumen', polarity: 'higher' }],
  ...over,
});
const content = (list: RhkInput[], over: Partial<SkpContentInput> = {}): SkpContentInput => ({ pendekatan: 'kuantitatif', rhk: list, ekspektasi: emptyEkspektasi(), lampiran: emptyLampiran(), ...over });
/** An RHK with a written assignment as its source: complete without any leader SKP. */
const assigned = (id: string, text: string) => rhk(id, text, null, { assignment: 'Surat Tugas Kepala Badan 800/12/2026' });

/** A complete staff SKP (staff1, appraised by the kasi), still a draft. */
async function staffDraft(o: Awaited<ReturnType<typeof office>>) {
  const skp = await createSkp(o.repo, o.as.staff1, { employeeId: o.p.staff1.id, year: 2026 });
  return saveSkpContent(o.repo, o.as.staff1, skp.id, content([assigned('S1', 'Terinputnya data usul mutasi')]));
}

describe('submitting', () => {
  it('refuses an incomplete SKP with the first problem, naming the RHK, and writes nothing', async () => {
    const o = await office();
    const skp = await createSkp(o.repo, o.as.staff1, { employeeId: o.p.staff1.id, year: 2026 });
    let before = await snapshot(o.repo);
    await expect(submitSkp(o.repo, o.as.staff1, skp.id)).rejects.toMatchObject({ code: 'skp.noRhkUtama' });
    expect(await snapshot(o.repo)).toBe(before);

    const noTarget = rhk('S1', 'Terinputnya data', null, { assignment: 'Surat Tugas', indicators: [{ id: 'i1', aspek: 'kuantitas', text: 'Jumlah data', target: null, unit: 'Data', polarity: 'higher' }] });
    await saveSkpContent(o.repo, o.as.staff1, skp.id, content([assigned('S0', 'Tersusunnya laporan'), noTarget]));
    before = await snapshot(o.repo);
    await expect(submitSkp(o.repo, o.as.staff1, skp.id)).rejects.toMatchObject({ code: 'skp.ikiTargetMissing', params: { section: 'utama', no: 2, iki: 1 } });
    expect(await snapshot(o.repo)).toBe(before);

    await saveSkpContent(o.repo, o.as.staff1, skp.id, content([rhk('S1', 'Terinputnya data', null)]));
    await expect(submitSkp(o.repo, o.as.staff1, skp.id)).rejects.toMatchObject({ code: 'skp.rhkNoLeader', params: { section: 'utama', no: 1 } });
  });

  it('is the employee’s (or HR’s) step, not the appraiser’s', async () => {
    const o = await office();
    const skp = await staffDraft(o);
    const before = await snapshot(o.repo);
    await expect(submitSkp(o.repo, o.as.kasi, skp.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(submitSkp(o.repo, o.as.staff2, skp.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect(await snapshot(o.repo)).toBe(before);
    expect(await submitSkp(o.repo, o.admin, skp.id)).toMatchObject({ status: 'submitted', appraiserId: o.p.kasiPerson.id });
  });

  it('refuses an SKP whose appraiser cannot be found', async () => {
    const o = await office();
    const skp = await staffDraft(o);
    // The kasi leaves: the seksi's staff have nobody to submit to until HR fixes the chain.
    const { id, rev: _r, baseRev: _b, officeId: _o, appraiserOverride: _a, ...kasi } = o.p.kasiPerson;
    await saveEmployee(o.repo, o.admin, id, { ...kasi, status: 'retired' });
    const before = await snapshot(o.repo);
    await expect(submitSkp(o.repo, o.as.staff1, skp.id)).rejects.toMatchObject({ code: 'skp.noAppraiser', params: { name: 'Agnes Lobo' } });
    expect(await snapshot(o.repo)).toBe(before);
  });
});

describe('submit, return with a note, fix, approve', () => {
  it('runs the whole round with the appraiser, each step in the audit trail', async () => {
    const o = await office();
    const draft = await staffDraft(o);
    const submitted = await submitSkp(o.repo, o.as.staff1, draft.id);
    expect(submitted).toMatchObject({ status: 'submitted', submittedAt: '2026-03-01T08:00:00.000Z', appraiserId: o.p.kasiPerson.id, snapshot: { appraiser: { name: 'Yohana Ndapa' } } });

    o.repo.clock.advance(86_400_000);
    const returned = await returnSkp(o.repo, o.as.kasi, draft.id, '  Target kuantitas terlalu rendah; tambahkan IKI kualitas.  ');
    expect(returned).toMatchObject({ status: 'returned', returnNote: 'Target kuantitas terlalu rendah; tambahkan IKI kualitas.', approvedAt: null });
    // The employee sees the note on their SKP.
    expect((await getSkp(o.repo, o.as.staff1, draft.id)).returnNote).toBe('Target kuantitas terlalu rendah; tambahkan IKI kualitas.');

    const fixed = await saveSkpContent(o.repo, o.as.staff1, draft.id, content([{ ...assigned('S1', 'Terinputnya data usul mutasi'), indicators: [
      { id: 'S1-iki', aspek: 'kuantitas', text: 'Jumlah data usul mutasi', target: 24, unit: 'Dokumen', polarity: 'higher' },
      { id: 'S1-mutu', aspek: 'kualitas', text: 'Data tanpa kesalahan', target: 100, unit: '%', polarity: 'higher' },
    ] }]));
    expect(fixed.status).toBe('draft');
    await submitSkp(o.repo, o.as.staff1, draft.id);

    o.repo.clock.advance(86_400_000);
    const approved = await approveSkp(o.repo, o.as.kasi, draft.id);
    expect(approved).toMatchObject({ status: 'approved', approvedAt: '2026-03-03T08:00:00.000Z', returnNote: '' });
    expect(approved.rhk[0]!.indicators.map((i) => i.target)).toEqual([24, 100]);

    const trail = (await o.repo.db.audit.orderBy('seq').toArray()).filter((a) => a.entityId === draft.id);
    expect(trail.map((a) => [a.action, a.actorName])).toEqual([
      ['skp.create', 'Akun 199203152018032004'],
      ['skp.update', 'Akun 199203152018032004'],
      ['skp.submit', 'Akun 199203152018032004'],
      ['skp.return', 'Akun 198507142010122002'],
      ['skp.update', 'Akun 199203152018032004'],
      ['skp.submit', 'Akun 199203152018032004'],
      ['skp.approve', 'Akun 198507142010122002'],
    ]);
    expect(trail.find((a) => a.action === 'skp.return')?.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'submitted', to: 'returned' },
        { field: 'returnNote', from: '', to: 'Target kuantitas terlalu rendah; tambahkan IKI kualitas.' },
      ]),
    );
    expect(trail.find((a) => a.action === 'skp.approve')?.changes).toEqual(expect.arrayContaining([{ field: 'status', from: 'submitted', to: 'approved' }]));
    expect(await verifyAudit(o.repo, o.admin)).toEqual({ ok: true, count: await o.repo.db.audit.count() });
  });

  it('lets only the appraiser approve or return: not another appraiser, HR, the head or the employee', async () => {
    const o = await office();
    const skp = await staffDraft(o);
    await submitSkp(o.repo, o.as.staff1, skp.id);
    const before = await snapshot(o.repo);
    for (const who of [o.as.kabid, o.admin, o.as.head, o.as.staff1, o.as.staff2]) {
      await expect(approveSkp(o.repo, who, skp.id)).rejects.toMatchObject({ code: 'skp.notAppraiser', params: { name: 'Yohana Ndapa' } });
      await expect(returnSkp(o.repo, who, skp.id, 'Perbaiki')).rejects.toMatchObject({ code: 'skp.notAppraiser', params: { name: 'Yohana Ndapa' } });
    }
    expect(await snapshot(o.repo)).toBe(before);
    expect((await approveSkp(o.repo, o.as.kasi, skp.id)).status).toBe('approved');
  });

  it('refuses steps the status does not allow, and a return without a note', async () => {
    const o = await office();
    const skp = await staffDraft(o);
    let before = await snapshot(o.repo);
    await expect(approveSkp(o.repo, o.as.kasi, skp.id)).rejects.toMatchObject({ code: 'skp.stepNotAllowed', params: { step: 'approve', status: 'draft' } });
    await expect(returnSkp(o.repo, o.as.kasi, skp.id, 'Perbaiki')).rejects.toMatchObject({ code: 'skp.stepNotAllowed', params: { step: 'return', status: 'draft' } });
    expect(await snapshot(o.repo)).toBe(before);

    await submitSkp(o.repo, o.as.staff1, skp.id);
    before = await snapshot(o.repo);
    await expect(submitSkp(o.repo, o.as.staff1, skp.id)).rejects.toMatchObject({ code: 'skp.stepNotAllowed', params: { step: 'submit', status: 'submitted' } });
    await expect(returnSkp(o.repo, o.as.kasi, skp.id, '   ')).rejects.toMatchObject({ code: 'field.required' });
    expect(await snapshot(o.repo)).toBe(before);

    await approveSkp(o.repo, o.as.kasi, skp.id);
    before = await snapshot(o.repo);
    await expect(approveSkp(o.repo, o.as.kasi, skp.id)).rejects.toMatchObject({ code: 'skp.stepNotAllowed', params: { step: 'approve', status: 'approved' } });
    await expect(returnSkp(o.repo, o.as.kasi, skp.id, 'Terlambat')).rejects.toMatchObject({ code: 'skp.stepNotAllowed', params: { step: 'return', status: 'approved' } });
    await expect(submitSkp(o.repo, o.as.staff1, skp.id)).rejects.toMatchObject({ code: 'skp.stepNotAllowed', params: { step: 'submit', status: 'approved' } });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('lets HR record the approval of the head’s SKP, appraised outside the office', async () => {
    const o = await office();
    const skp = await createSkp(o.repo, o.as.head, { employeeId: o.p.head.id, year: 2026 });
    // JPT form: no leader RHK needed.
    await saveSkpContent(o.repo, o.as.head, skp.id, content([rhk('H1', 'Meningkatnya kepuasan ASN', null, { perspektif: 'Penerima Layanan' })]));
    const submitted = await submitSkp(o.repo, o.as.head, skp.id);
    expect(submitted).toMatchObject({ status: 'submitted', appraiserId: null, snapshot: { appraiser: null } });
    const before = await snapshot(o.repo);
    for (const who of [o.as.kabid, o.as.head]) await expect(approveSkp(o.repo, who, skp.id)).rejects.toMatchObject({ code: 'skp.notAppraiser', params: { name: '—' } });
    expect(await snapshot(o.repo)).toBe(before);
    expect(await approveSkp(o.repo, o.admin, skp.id)).toMatchObject({ status: 'approved' });
    const actions = (await o.repo.db.audit.orderBy('seq').toArray()).filter((a) => a.entityId === skp.id && a.action !== 'skp.create' && a.action !== 'skp.update').map((a) => [a.action, a.actorName]);
    expect(actions).toEqual([['skp.submit', 'Akun 197001011995031001'], ['skp.approve', 'Maria Ndapa']]);
  });
});

describe('a new version after a mutasi', () => {
  async function moved() {
    const o = await office();
    const skp = await staffDraft(o);
    await submitSkp(o.repo, o.as.staff1, skp.id);
    await approveSkp(o.repo, o.as.kasi, skp.id);
    // Agnes moves to a new position in the bidang, reporting to the kabid.
    const analis = await savePosition(o.repo, o.admin, null, { name: 'Analis Mutasi', jenisJabatan: 'pelaksana', kategori: null, jenjang: null, unitId: o.dinas.bidang.id, reportsToId: o.dinas.positions.kabid.id });
    const { id, rev: _r, baseRev: _b, officeId: _o, appraiserOverride: _a, ...fields } = o.p.staff1;
    await saveEmployee(o.repo, o.admin, id, { ...fields, positionId: analis.id, unitId: o.dinas.bidang.id });
    return { o, skp };
  }

  it('closes the old SKP the day before and starts version 2 for the new position', async () => {
    const { o, skp } = await moved();
    const next = await startNewVersion(o.repo, o.admin, skp.id, '2026-07-01');
    expect(next).toMatchObject({
      employeeId: o.p.staff1.id,
      status: 'draft',
      version: 2,
      previousId: skp.id,
      nextId: null,
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      appraiserId: o.p.kabidPerson.id,
      rhk: [],
      pendekatan: 'kuantitatif',
      snapshot: { employee: { jabatan: 'Analis Mutasi', unit: 'Bidang Mutasi' }, appraiser: { name: 'Rambu Ratu' } },
    });
    // The old one stays readable, by the employee too, as it was.
    const old = await getSkp(o.repo, o.as.staff1, skp.id);
    expect(old).toMatchObject({ status: 'closed', periodStart: '2026-01-01', periodEnd: '2026-06-30', nextId: next.id, version: 1 });
    expect(old.snapshot.employee.jabatan).toBe('Pengelola Data');
    expect(old.rhk.map((r) => r.text)).toEqual(['Terinputnya data usul mutasi']);
    expect((await visibleSkps(o.repo, o.as.staff1, 2026)).map((s) => [s.version, s.status]).sort()).toEqual([[1, 'closed'], [2, 'draft']]);
    // The new appraiser reads both versions; the old one only the one they approved.
    expect((await getSkp(o.repo, o.as.kabid, next.id)).id).toBe(next.id);
    expect((await getSkp(o.repo, o.as.kasi, skp.id)).id).toBe(skp.id);
    const audit = await o.repo.db.audit.where('action').equals('skp.newVersion').toArray();
    expect(audit.map((a) => a.entityId).sort()).toEqual([skp.id, next.id].sort());
  });

  it('is HR’s step only', async () => {
    const { o, skp } = await moved();
    const before = await snapshot(o.repo);
    for (const who of [o.as.staff1, o.as.kasi, o.as.kabid, o.as.head]) {
      await expect(startNewVersion(o.repo, who, skp.id, '2026-07-01')).rejects.toMatchObject({ code: 'auth.forbidden' });
    }
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('refuses a date outside the SKP’s period, or no date at all, writing nothing', async () => {
    const { o, skp } = await moved();
    const before = await snapshot(o.repo);
    for (const date of ['2026-01-01', '2025-12-31', '2027-01-01', '']) {
      await expect(startNewVersion(o.repo, o.admin, skp.id, date)).rejects.toMatchObject({
        code: 'skp.versionDateOutside',
        params: { start: '2026-01-01', end: '2026-12-31' },
        field: 'effectiveDate',
      });
    }
    await expect(startNewVersion(o.repo, o.admin, skp.id, '2026-02-30')).rejects.toMatchObject({ code: 'field.invalidDate', field: 'effectiveDate' });
    expect(await snapshot(o.repo)).toBe(before);
    // The last day of the period is a valid start: a one-day version.
    expect(await startNewVersion(o.repo, o.admin, skp.id, '2026-12-31')).toMatchObject({ periodStart: '2026-12-31', periodEnd: '2026-12-31' });
  });

  it('cannot close a closed version again', async () => {
    const { o, skp } = await moved();
    await startNewVersion(o.repo, o.admin, skp.id, '2026-07-01');
    const before = await snapshot(o.repo);
    await expect(startNewVersion(o.repo, o.admin, skp.id, '2026-08-01')).rejects.toMatchObject({ code: 'skp.stepNotAllowed', params: { step: 'close', status: 'closed' } });
    expect(await snapshot(o.repo)).toBe(before);
  });
});

describe('withdrawing', () => {
  it('takes a submitted SKP back to draft for the employee or HR, and it goes to the appraiser the chain gives then', async () => {
    const o = await office();
    const draft = await staffDraft(o);
    await submitSkp(o.repo, o.as.staff1, draft.id);
    const before = await snapshot(o.repo);
    await expect(withdrawSkp(o.repo, o.as.staff2, draft.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(withdrawSkp(o.repo, o.as.kasi, draft.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect(await snapshot(o.repo)).toBe(before);

    const back = await withdrawSkp(o.repo, o.as.staff1, draft.id);
    expect(back).toMatchObject({ status: 'draft', submittedAt: null });
    await expect(withdrawSkp(o.repo, o.admin, draft.id)).rejects.toMatchObject({ code: 'skp.stepNotAllowed' });
    await submitSkp(o.repo, o.as.staff1, draft.id);
    expect((await withdrawSkp(o.repo, o.admin, draft.id)).status).toBe('draft');
    expect((await o.repo.db.audit.toArray()).filter((e) => e.action === 'skp.withdraw')).toHaveLength(2);
  });
});
