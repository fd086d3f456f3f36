import { describe, expect, it } from 'vitest';
import type { RhkInput, SkpContentInput } from '../../../shared/skp/schemas';
import type { RhkParent } from '../../../shared/skp/types';
import { changeList } from '../repository';
import { saveEmployee } from '../people/employees';
import { accountFor, smallDinas } from '../people/peopleTesting';
import { setUpTestOffice, snapshot, testRepo } from '../testRepo';
import { saveGoal } from './goals';
import { bulkAssignRhk, type BulkAssignInput } from './bulkAssign';
import { approveSkp, submitSkp } from './skpWorkflow';
import { createSkp, emptyEkspektasi, emptyLampiran, saveSkpContent } from './skps';

async function office() {
  const repo = testRepo();
  const admin = await setUpTestOffice(repo);
  const dinas = await smallDinas(repo, admin);
  const p = dinas.people;
  const goal = await saveGoal(repo, admin, null, { year: 2026, statement: 'Meningkatnya kualitas pelayanan kepegawaian', indicators: [{ text: 'Indeks kepuasan ASN', target: 85, unit: 'Nilai', polarity: 'higher' }] });
  const as = {
    head: await accountFor(repo, admin, p.head.nip, ['pimpinan', 'pejabat_penilai', 'pegawai']),
    kabid: await accountFor(repo, admin, p.kabidPerson.nip, ['pejabat_penilai', 'pegawai']),
    kasi: await accountFor(repo, admin, p.kasiPerson.nip, ['pejabat_penilai', 'pegawai']),
    staff1: await accountFor(repo, admin, p.staff1.nip, ['pegawai']),
  };
  const rhk = (id: string, text: string, parent: RhkParent, over: Partial<RhkInput> = {}): RhkInput => ({
    id, kind: 'utama', text, parent, assignment: '', perspektif: null,
    indicators: [{ id: `${id}-iki`, aspek: 'kuantitas', text: `Jumlah ${text.toLowerCase()}`, target: 12, unit: 'Dokumen', polarity: 'higher' }],
    ...over,
  });
  const content = (list: RhkInput[]): SkpContentInput => ({ pendekatan: 'kuantitatif', rhk: list, ekspektasi: emptyEkspektasi(), lampiran: emptyLampiran() });
  // The cascade down to the kasi: head → IKU, kabid → head, kasi → kabid.
  const skp = {
    head: await createSkp(repo, admin, { employeeId: p.head.id, year: 2026 }),
    kabid: await createSkp(repo, admin, { employeeId: p.kabidPerson.id, year: 2026 }),
    kasi: await createSkp(repo, admin, { employeeId: p.kasiPerson.id, year: 2026 }),
  };
  await saveSkpContent(repo, admin, skp.head.id, content([rhk('H1', 'Meningkatnya kepuasan ASN', { kind: 'iku', ikuId: goal.indicators[0]!.id })]));
  await saveSkpContent(repo, admin, skp.kabid.id, content([rhk('B1', 'Terlaksananya mutasi tepat waktu', { kind: 'rhk', rhkId: 'H1' })]));
  await saveSkpContent(repo, admin, skp.kasi.id, content([rhk('K1', 'Tersusunnya dokumen pengadaan ASN', { kind: 'rhk', rhkId: 'B1' })]));
  return { repo, admin, dinas, p, as, skp, rhk, content };
}

/** The kasi's K1 with two IKI, for `people` with their own targets. */
const assignK1 = (people: BulkAssignInput['people']): BulkAssignInput => ({
  year: 2026,
  leaderRhkId: 'K1',
  kind: 'utama',
  text: 'Terverifikasinya berkas usul pengadaan',
  indicators: [
    { aspek: 'kuantitas', text: 'Jumlah berkas terverifikasi', unit: 'Berkas', polarity: 'higher' },
    { aspek: 'waktu', text: 'Lama verifikasi', unit: 'Hari', polarity: 'lower' },
  ],
  people,
});

describe('assigning one leader RHK to many staff', () => {
  it('creates a draft where there was none and appends to an existing draft, with each person’s targets, in one audit entry', async () => {
    const o = await office();
    const existing = await createSkp(o.repo, o.as.staff1, { employeeId: o.p.staff1.id, year: 2026 });
    await saveSkpContent(o.repo, o.as.staff1, existing.id, o.content([o.rhk('S1', 'Terinputnya data usul mutasi', { kind: 'rhk', rhkId: 'K1' })]));
    const auditBefore = await o.repo.db.audit.count();

    const written = await bulkAssignRhk(o.repo, o.as.kasi, assignK1([
      { employeeId: o.p.staff1.id, targets: [40, 3] },
      { employeeId: o.p.staff2.id, targets: [60, 2] },
    ]));
    expect(written).toHaveLength(2);

    const [one, ...more1] = await o.repo.db.skps.where('employeeId').equals(o.p.staff1.id).toArray();
    expect(more1).toEqual([]);
    expect(one).toMatchObject({ id: existing.id, status: 'draft' });
    expect(one!.rhk.map((r) => r.text)).toEqual(['Terinputnya data usul mutasi', 'Terverifikasinya berkas usul pengadaan']);
    expect(one!.rhk[1]).toMatchObject({ kind: 'utama', parent: { kind: 'rhk', rhkId: 'K1' } });
    expect(one!.rhk[1]!.indicators.map((i) => [i.aspek, i.text, i.target, i.unit, i.polarity])).toEqual([
      ['kuantitas', 'Jumlah berkas terverifikasi', 40, 'Berkas', 'higher'],
      ['waktu', 'Lama verifikasi', 3, 'Hari', 'lower'],
    ]);

    const [two, ...more2] = await o.repo.db.skps.where('employeeId').equals(o.p.staff2.id).toArray();
    expect(more2).toEqual([]);
    expect(two).toMatchObject({ status: 'draft', form: 'ja_jf', appraiserId: o.p.kasiPerson.id, periodStart: '2026-01-01', periodEnd: '2026-12-31', snapshot: { employee: { name: 'Petrus Djara' } } });
    expect(two!.rhk.map((r) => r.indicators.map((i) => i.target))).toEqual([[60, 2]]);
    // Every RHK and IKI has its own id: the two staff RHK are different records.
    expect(new Set([one!.rhk[1]!.id, two!.rhk[0]!.id, ...one!.rhk[1]!.indicators.map((i) => i.id), ...two!.rhk[0]!.indicators.map((i) => i.id)]).size).toBe(6);

    const entries = (await o.repo.db.audit.orderBy('seq').toArray()).slice(auditBefore);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'skp.bulkAssign', entity: 'skps', details: { count: 2 } });
    expect(entries[0]!.records!.map((r) => r.entityId).sort()).toEqual([one!.id, two!.id].sort());
    expect(changeList(entries[0]!.records!.find((r) => r.entityId === two!.id)!).map((c) => c.field)).toContain('rhk');
  });

  it('assigns to 30 staff of a seksi in one write', async () => {
    const o = await office();
    const staff = [];
    for (let i = 0; i < 30; i++) {
      // NIP: born 1991-MM-DD, TMT CPNS 2016-03, female, sequence i+1.
      const birth = `1991${String(3 + Math.floor(i / 28)).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
      staff.push(await saveEmployee(o.repo, o.admin, null, {
        asnType: 'pns', nip: `${birth}2016032${String(i + 1).padStart(3, '0')}`, name: `Staf Pengadaan ${i + 1}`, gelarDepan: '', gelarBelakang: '', golongan: 'II/c',
        positionId: o.dinas.positions.staf.id, unitId: o.dinas.seksi.id, status: 'active', tmtJabatan: null,
      }));
    }
    const auditBefore = await o.repo.db.audit.count();
    const written = await bulkAssignRhk(o.repo, o.as.kasi, assignK1(staff.map((s, i) => ({ employeeId: s.id, targets: [i + 1, 5] }))));
    expect(written).toHaveLength(30);
    const skps = await o.repo.db.skps.where('employeeId').anyOf(staff.map((s) => s.id)).toArray();
    expect(skps).toHaveLength(30);
    const byEmployee = new Map(skps.map((s) => [s.employeeId, s]));
    staff.forEach((s, i) => {
      const skp = byEmployee.get(s.id)!;
      expect(skp).toMatchObject({ status: 'draft', appraiserId: o.p.kasiPerson.id, snapshot: { employee: { name: `Staf Pengadaan ${i + 1}`, pangkat: 'Pengatur (II/c)' } } });
      expect(skp.rhk.map((r) => [r.parent, r.indicators.map((x) => x.target)])).toEqual([[{ kind: 'rhk', rhkId: 'K1' }, [i + 1, 5]]]);
    });
    const entries = (await o.repo.db.audit.orderBy('seq').toArray()).slice(auditBefore);
    expect(entries.map((e) => [e.action, e.records?.length])).toEqual([['skp.bulkAssign', 30]]);
  });

  it('lets HR assign a leader further up the chain, and makes a returned SKP a draft again', async () => {
    const o = await office();
    const skp = await createSkp(o.repo, o.as.staff1, { employeeId: o.p.staff1.id, year: 2026 });
    await saveSkpContent(o.repo, o.as.staff1, skp.id, o.content([o.rhk('S1', 'Terinputnya data usul mutasi', { kind: 'rhk', rhkId: 'K1' })]));
    await submitSkp(o.repo, o.as.staff1, skp.id);
    const { returnSkp } = await import('./skpWorkflow');
    await returnSkp(o.repo, o.as.kasi, skp.id, 'Tambahkan RHK dari kabid');
    await bulkAssignRhk(o.repo, o.admin, { ...assignK1([{ employeeId: o.p.staff1.id, targets: [10, 4] }]), leaderRhkId: 'B1', kind: 'tambahan', text: 'Terdukungnya rapat mutasi' });
    const after = await o.repo.db.skps.get(skp.id);
    expect(after).toMatchObject({ status: 'draft' });
    expect(after!.rhk.map((r) => [r.kind, r.text, r.parent])).toEqual([
      ['utama', 'Terinputnya data usul mutasi', { kind: 'rhk', rhkId: 'K1' }],
      ['tambahan', 'Terdukungnya rapat mutasi', { kind: 'rhk', rhkId: 'B1' }],
    ]);
  });
});

describe('what stops a bulk assignment (nothing is written)', () => {
  it('a person whose SKP is approved', async () => {
    const o = await office();
    const skp = await createSkp(o.repo, o.as.staff1, { employeeId: o.p.staff1.id, year: 2026 });
    // staff2 has an approved SKP; staff1's draft comes first in the list and must stay untouched too.
    const approved = await createSkp(o.repo, o.admin, { employeeId: o.p.staff2.id, year: 2026 });
    await saveSkpContent(o.repo, o.admin, approved.id, o.content([o.rhk('P1', 'Terarsipnya berkas', { kind: 'rhk', rhkId: 'K1' })]));
    await submitSkp(o.repo, o.admin, approved.id);
    await approveSkp(o.repo, o.as.kasi, approved.id);
    const before = await snapshot(o.repo);
    await expect(bulkAssignRhk(o.repo, o.as.kasi, assignK1([{ employeeId: o.p.staff1.id, targets: [1, 1] }, { employeeId: o.p.staff2.id, targets: [1, 1] }]))).rejects.toMatchObject({
      code: 'skp.bulkNotEditable',
      params: { name: 'Petrus Djara', status: 'approved' },
    });
    expect(await snapshot(o.repo)).toBe(before);
    expect((await o.repo.db.skps.get(skp.id))?.rhk).toEqual([]);
  });

  it('a leader who is not the person’s superior', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    // The kasi's RHK to the kabid, above her.
    await expect(bulkAssignRhk(o.repo, o.admin, assignK1([{ employeeId: o.p.staff1.id, targets: [1, 1] }, { employeeId: o.p.kabidPerson.id, targets: [1, 1] }]))).rejects.toMatchObject({
      code: 'skp.bulkLeaderNotSuperior',
      params: { name: 'Rambu Ratu', leader: 'Yohana Ndapa' },
    });
    await expect(bulkAssignRhk(o.repo, o.admin, { ...assignK1([{ employeeId: o.p.staff1.id, targets: [1, 1] }]), leaderRhkId: 'K9' })).rejects.toMatchObject({ code: 'skp.bulkLeaderMissing' });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('the same person twice, a missing or bad target, nobody chosen', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    const twice = [{ employeeId: o.p.staff1.id, targets: [1, 1] }, { employeeId: o.p.staff1.id, targets: [2, 2] }];
    await expect(bulkAssignRhk(o.repo, o.admin, assignK1(twice))).rejects.toMatchObject({ code: 'skp.bulkDuplicatePerson' });
    await expect(bulkAssignRhk(o.repo, o.admin, assignK1([{ employeeId: o.p.staff1.id, targets: [1, 1] }, { employeeId: o.p.staff2.id, targets: [1] }]))).rejects.toMatchObject({
      code: 'skp.bulkTargetsMissing',
      params: { row: 2 },
    });
    await expect(bulkAssignRhk(o.repo, o.admin, assignK1([{ employeeId: o.p.staff1.id, targets: [-1, 1] }]))).rejects.toMatchObject({ code: 'skp.targetNegative' });
    await expect(bulkAssignRhk(o.repo, o.admin, assignK1([{ employeeId: o.p.staff1.id, targets: [Number.NaN, 1] }]))).rejects.toMatchObject({ code: 'skp.targetNotNumber' });
    await expect(bulkAssignRhk(o.repo, o.admin, assignK1([]))).rejects.toMatchObject({ code: 'employee.noneSelected' });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('a Pegawai, or an appraiser reaching beyond their own staff', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    await expect(bulkAssignRhk(o.repo, o.as.staff1, assignK1([{ employeeId: o.p.staff1.id, targets: [1, 1] }, { employeeId: o.p.staff2.id, targets: [1, 1] }]))).rejects.toMatchObject({
      // Not even into their own SKP: assigning work is the superior's act.
      code: 'skp.bulkForbidden',
      params: { name: 'Agnes Lobo' },
    });
    // The kabid appraises the kasi, not the kasi's staff.
    await expect(bulkAssignRhk(o.repo, o.as.kabid, { ...assignK1([{ employeeId: o.p.staff1.id, targets: [1, 1] }]), leaderRhkId: 'B1' })).rejects.toMatchObject({
      code: 'skp.bulkForbidden',
      params: { name: 'Agnes Lobo' },
    });
    expect(await snapshot(o.repo)).toBe(before);
  });
});
