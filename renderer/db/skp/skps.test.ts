import { describe, expect, it } from 'vitest';
import type { RhkInput, SkpContentInput } from '../../../shared/skp/schemas';
import type { RhkParent } from '../../../shared/skp/types';
import { saveEmployee } from '../people/employees';
import { accountFor, smallDinas } from '../people/peopleTesting';
import type { Repo, Session } from '../repository';
import type { EmployeeRecord, SkpRecord } from '../records';
import { setUpTestOffice, snapshot, testRepo } from '../testRepo';
import { saveGoal } from './goals';
import { approveSkp, returnSkp, submitSkp } from './skpWorkflow';
import { createSkp, emptyEkspektasi, emptyLampiran, getSkp, leaderOptions, leaderRhkTexts, saveSkpContent, visibleSkps } from './skps';

/**
 * The small Dinas of peopleTesting (head JPT → kabid → kasi → two staff), each with an account:
 * the head holds Pimpinan, the kabid and kasi are Pejabat Penilai, the staff Pegawai. HR is the
 * office's first account (admin).
 */
async function office() {
  const repo = testRepo();
  const admin = await setUpTestOffice(repo);
  const dinas = await smallDinas(repo, admin);
  const p = dinas.people;
  const goal = await saveGoal(repo, admin, null, {
    year: 2026,
    statement: 'Meningkatnya kualitas pelayanan kepegawaian',
    indicators: [{ text: 'Indeks kepuasan ASN', target: 85, unit: 'Nilai', polarity: 'higher' }],
  });
  const as = {
    head: await accountFor(repo, admin, p.head.nip, ['pimpinan', 'pejabat_penilai', 'pegawai']),
    kabid: await accountFor(repo, admin, p.kabidPerson.nip, ['pejabat_penilai', 'pegawai']),
    kasi: await accountFor(repo, admin, p.kasiPerson.nip, ['pejabat_penilai', 'pegawai']),
    staff1: await accountFor(repo, admin, p.staff1.nip, ['pegawai']),
    staff2: await accountFor(repo, admin, p.staff2.nip, ['pegawai']),
  };
  return { repo, admin, dinas, p, iku: goal.indicators[0]!, goal, as };
}
type Office = Awaited<ReturnType<typeof office>>;

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
const toRhk = (id: string): RhkParent => ({ kind: 'rhk', rhkId: id });

/** HR writes the 2026 SKPs of everyone; the head's, kabid's and kasi's RHK cascade from the IKU. */
async function cascade(o: Office) {
  const { repo, admin, p } = o;
  const skp = {} as Record<'head' | 'kabid' | 'kasi' | 'staff1' | 'staff2', SkpRecord>;
  for (const [key, person] of Object.entries(p) as [string, EmployeeRecord][]) {
    skp[key.replace('Person', '') as keyof typeof skp] = await createSkp(repo, admin, { employeeId: person.id, year: 2026 });
  }
  skp.head = await saveSkpContent(repo, o.as.head, skp.head.id, content([rhk('H1', 'Meningkatnya kepuasan ASN', { kind: 'iku', ikuId: o.iku.id }, { perspektif: 'Penerima Layanan' })]));
  skp.kabid = await saveSkpContent(repo, o.as.kabid, skp.kabid.id, content([rhk('B1', 'Terlaksananya mutasi tepat waktu', toRhk('H1'))]));
  skp.kasi = await saveSkpContent(repo, o.as.kasi, skp.kasi.id, content([rhk('K1', 'Tersusunnya dokumen pengadaan ASN', toRhk('B1'))]));
  return skp;
}

async function withGelar(repo: Repo, admin: Session, person: EmployeeRecord, gelarDepan: string, gelarBelakang: string) {
  const { id, rev: _r, baseRev: _b, officeId: _o, appraiserOverride: _a, ...fields } = person;
  return saveEmployee(repo, admin, id, { ...fields, gelarDepan, gelarBelakang });
}

describe('creating an SKP', () => {
  it('keeps a dated snapshot of the employee and the appraiser, and the form of the jabatan', async () => {
    const o = await office();
    await withGelar(o.repo, o.admin, o.p.staff1, 'Dr.', 'M.Si.');
    const staff = await createSkp(o.repo, o.admin, { employeeId: o.p.staff1.id, year: 2026 });
    expect(staff).toMatchObject({
      employeeId: o.p.staff1.id,
      appraiserId: o.p.kasiPerson.id,
      form: 'ja_jf',
      status: 'draft',
      version: 1,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      rhk: [],
      snapshot: {
        at: '2026-03-01',
        employee: { employeeId: o.p.staff1.id, name: 'Dr. Agnes Lobo, M.Si.', nip: '199203152018032004', pangkat: 'Penata Muda (III/a)', jabatan: 'Pengelola Data', unit: 'Seksi Pengadaan' },
        appraiser: { employeeId: o.p.kasiPerson.id, name: 'Yohana Ndapa', nip: '198507142010122002', pangkat: 'Penata Muda (III/a)', jabatan: 'Kepala Seksi Pengadaan', unit: 'Seksi Pengadaan' },
      },
    });
    const kabid = await createSkp(o.repo, o.admin, { employeeId: o.p.kabidPerson.id, year: 2026 });
    expect(kabid).toMatchObject({ form: 'ja_jf', appraiserId: o.p.head.id, snapshot: { appraiser: { name: 'Umbu Lapu', jabatan: 'Kepala Badan' } } });
    // The head of office is a JPT, appraised outside the office.
    const head = await createSkp(o.repo, o.admin, { employeeId: o.p.head.id, year: 2026 });
    expect(head).toMatchObject({ form: 'jpt', appraiserId: null, snapshot: { employee: { name: 'Umbu Lapu', jabatan: 'Kepala Badan' }, appraiser: null } });
    expect(await o.repo.db.skps.get(staff.id)).toEqual(staff);
  });

  it('refuses a period that overlaps another SKP of the same employee, writing nothing', async () => {
    const o = await office();
    await createSkp(o.repo, o.admin, { employeeId: o.p.staff1.id, year: 2026, periodStart: '2026-01-01', periodEnd: '2026-06-30' });
    const before = await snapshot(o.repo);
    await expect(createSkp(o.repo, o.admin, { employeeId: o.p.staff1.id, year: 2026 })).rejects.toMatchObject({
      code: 'skp.periodOverlap',
      params: { start: '2026-01-01', end: '2026-06-30' },
      field: 'periodStart',
    });
    await expect(createSkp(o.repo, o.admin, { employeeId: o.p.staff1.id, year: 2026, periodStart: '2026-06-30' })).rejects.toMatchObject({ code: 'skp.periodOverlap' });
    expect(await snapshot(o.repo)).toBe(before);
    // The rest of the year, another employee's same period and another year are all free.
    await createSkp(o.repo, o.admin, { employeeId: o.p.staff1.id, year: 2026, periodStart: '2026-07-01' });
    await createSkp(o.repo, o.admin, { employeeId: o.p.staff2.id, year: 2026 });
    await createSkp(o.repo, o.admin, { employeeId: o.p.staff1.id, year: 2027 });
    expect(await o.repo.db.skps.where('employeeId').equals(o.p.staff1.id).count()).toBe(3);
  });

  it('lets a Pegawai create their own SKP and nobody else’s', async () => {
    const o = await office();
    const own = await createSkp(o.repo, o.as.staff1, { employeeId: o.p.staff1.id, year: 2026 });
    expect(own.employeeId).toBe(o.p.staff1.id);
    const before = await snapshot(o.repo);
    await expect(createSkp(o.repo, o.as.staff1, { employeeId: o.p.staff2.id, year: 2026 })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(createSkp(o.repo, o.as.staff1, { employeeId: o.p.kasiPerson.id, year: 2026 })).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('lets an appraiser create SKPs for the people they appraise only; Pimpinan reads but does not create', async () => {
    const o = await office();
    const forStaff = await createSkp(o.repo, o.as.kasi, { employeeId: o.p.staff2.id, year: 2026 });
    expect(forStaff).toMatchObject({ employeeId: o.p.staff2.id, appraiserId: o.p.kasiPerson.id });
    const pimpinanOnly = await accountFor(o.repo, o.admin, '198811302012121005', ['pimpinan']);
    const before = await snapshot(o.repo);
    // Not their own appraiser, and not the staff of their staff.
    await expect(createSkp(o.repo, o.as.kasi, { employeeId: o.p.kabidPerson.id, year: 2026 })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(createSkp(o.repo, o.as.kabid, { employeeId: o.p.staff1.id, year: 2026 })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(createSkp(o.repo, pimpinanOnly, { employeeId: o.p.staff1.id, year: 2026 })).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('lets HR create for anyone, but not for someone who has left', async () => {
    const o = await office();
    for (const person of Object.values(o.p)) await createSkp(o.repo, o.admin, { employeeId: person.id, year: 2026 });
    expect(await o.repo.db.skps.count()).toBe(5);
    const { id, rev: _r, baseRev: _b, officeId: _o, appraiserOverride: _a, ...fields } = o.p.staff2;
    await saveEmployee(o.repo, o.admin, id, { ...fields, status: 'moved' });
    const before = await snapshot(o.repo);
    await expect(createSkp(o.repo, o.admin, { employeeId: id, year: 2027 })).rejects.toMatchObject({ code: 'skp.employeeInactive', params: { name: 'Petrus Djara' } });
    await expect(createSkp(o.repo, o.admin, { employeeId: 'nobody', year: 2027 })).rejects.toMatchObject({ code: 'employee.notFound' });
    expect(await snapshot(o.repo)).toBe(before);
  });
});

describe('who reads which SKP', () => {
  it('gives HR and Pimpinan every SKP, an appraiser their own and their subordinates’, a Pegawai their own', async () => {
    const o = await office();
    const skp = await cascade(o);
    await createSkp(o.repo, o.admin, { employeeId: o.p.staff1.id, year: 2027 });
    const names = async (s: Session) => (await visibleSkps(o.repo, s, 2026)).map((x) => x.snapshot.employee.name).sort();
    const everyone = ['Agnes Lobo', 'Petrus Djara', 'Rambu Ratu', 'Umbu Lapu', 'Yohana Ndapa'];
    expect(await names(o.admin)).toEqual(everyone);
    expect(await names(o.as.head)).toEqual(everyone);
    expect(await names(o.as.kasi)).toEqual(['Agnes Lobo', 'Petrus Djara', 'Yohana Ndapa']);
    expect(await names(o.as.kabid)).toEqual(['Rambu Ratu', 'Yohana Ndapa']);
    expect(await names(o.as.staff1)).toEqual(['Agnes Lobo']);
    expect((await visibleSkps(o.repo, o.as.staff1, 2027)).map((x) => x.year)).toEqual([2027]);

    expect((await getSkp(o.repo, o.as.kasi, skp.staff2.id)).id).toBe(skp.staff2.id);
    expect((await getSkp(o.repo, o.as.head, skp.staff2.id)).id).toBe(skp.staff2.id);
    await expect(getSkp(o.repo, o.as.staff1, skp.staff2.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(getSkp(o.repo, o.as.staff1, skp.kasi.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(getSkp(o.repo, o.as.kasi, skp.kabid.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(getSkp(o.repo, o.as.kabid, skp.staff1.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(getSkp(o.repo, o.admin, 'no-such-skp')).rejects.toMatchObject({ code: 'skp.notFound' });
  });
});

describe('what an RHK may intervene', () => {
  it('offers the superiors’ RHK, nearest first, and the year’s IKU', async () => {
    const o = await office();
    await cascade(o);
    await saveGoal(o.repo, o.admin, null, { year: 2027, statement: 'Sasaran tahun depan', indicators: [{ text: 'IKU 2027', target: 1, unit: 'Dokumen', polarity: 'higher' }] });
    const options = await leaderOptions(o.repo, o.as.staff1, o.p.staff1.id, 2026);
    expect(options.rhk.map((r) => [r.rhkId, r.ownerName, r.ownerNip])).toEqual([
      ['K1', 'Yohana Ndapa', '198507142010122002'],
      ['B1', 'Rambu Ratu', '197912252005011003'],
      ['H1', 'Umbu Lapu', '197001011995031001'],
    ]);
    expect(options.rhk[0]!.text).toBe('Tersusunnya dokumen pengadaan ASN');
    expect(options.iku).toEqual([{ ikuId: o.iku.id, text: 'Indeks kepuasan ASN', goal: 'Meningkatnya kualitas pelayanan kepegawaian' }]);
    // Nobody is above the head; a colleague's RHK is never offered.
    expect((await leaderOptions(o.repo, o.admin, o.p.head.id, 2026)).rhk).toEqual([]);
    expect((await leaderOptions(o.repo, o.admin, o.p.kabidPerson.id, 2026)).rhk.map((r) => r.rhkId)).toEqual(['H1']);
  });
});

describe('the cascade', () => {
  it('links the head’s RHK to an IKU and each level to a superior’s RHK, up the whole chain', async () => {
    const o = await office();
    const skp = await cascade(o);
    expect(skp.head.rhk[0]!.parent).toEqual({ kind: 'iku', ikuId: o.iku.id });
    expect(skp.kabid.rhk[0]!.parent).toEqual(toRhk('H1'));
    expect(skp.kasi.rhk[0]!.parent).toEqual(toRhk('B1'));
    // A staff RHK may intervene their kasi's, or a superior further up.
    const staff = await saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content([rhk('S1', 'Terinputnya data usul mutasi', toRhk('K1')), rhk('S2', 'Terlaksananya rapat koordinasi', toRhk('H1'))]));
    expect(staff.rhk.map((r) => r.parent)).toEqual([toRhk('K1'), toRhk('H1')]);
    const texts = await leaderRhkTexts(o.repo, o.as.staff1, staff);
    expect(Object.fromEntries(texts)).toEqual({ K1: 'Tersusunnya dokumen pengadaan ASN', H1: 'Meningkatnya kepuasan ASN' });
    expect(Object.fromEntries(await leaderRhkTexts(o.repo, o.as.head, skp.head))).toEqual({ [o.iku.id]: 'Indeks kepuasan ASN' });
  });

  it('refuses a colleague’s RHK, naming its owner, and writes nothing', async () => {
    const o = await office();
    const skp = await cascade(o);
    await saveSkpContent(o.repo, o.as.staff2, skp.staff2.id, content([rhk('P1', 'Terarsipnya berkas mutasi', toRhk('K1'))]));
    const before = await snapshot(o.repo);
    const attempt = content([rhk('S1', 'Terinputnya data usul mutasi', toRhk('K1')), rhk('S2', 'Membantu arsip', toRhk('P1'), { kind: 'tambahan' })]);
    await expect(saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, attempt)).rejects.toMatchObject({
      code: 'skp.leaderNotSuperior',
      params: { section: 'tambahan', no: 1, name: 'Petrus Djara', nip: '19951201 201903 2 006' },
      field: 'rhk',
    });
    // A subordinate's RHK is not a leader's either.
    await expect(saveSkpContent(o.repo, o.as.kasi, skp.kasi.id, content([rhk('K1', 'Tersusunnya dokumen pengadaan ASN', toRhk('P1'))]))).rejects.toMatchObject({
      code: 'skp.leaderNotSuperior',
      params: { name: 'Petrus Djara' },
    });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('refuses a leader RHK or an IKU that does not exist', async () => {
    const o = await office();
    const skp = await cascade(o);
    const before = await snapshot(o.repo);
    await expect(saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content([rhk('S1', 'Terinputnya data', toRhk('K9'))]))).rejects.toMatchObject({
      code: 'skp.leaderRhkMissing',
      params: { section: 'utama', no: 1 },
    });
    await expect(saveSkpContent(o.repo, o.as.head, skp.head.id, content([rhk('H1', 'Meningkatnya kepuasan ASN', { kind: 'iku', ikuId: 'iku-lama' })]))).rejects.toMatchObject({
      code: 'skp.ikuMissing',
      params: { section: 'utama', no: 1 },
    });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('refuses an RHK that intervenes another RHK of its own SKP', async () => {
    const o = await office();
    const skp = await cascade(o);
    const before = await snapshot(o.repo);
    const self = content([rhk('S1', 'Terinputnya data', toRhk('K1')), rhk('S2', 'Terverifikasinya data', toRhk('S1'))]);
    await expect(saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, self)).rejects.toMatchObject({ code: 'skp.cascadeCycle', params: { section: 'utama', no: 2 } });
    const itself = content([rhk('S1', 'Terinputnya data', toRhk('S1'))]);
    await expect(saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, itself)).rejects.toMatchObject({ code: 'skp.cascadeCycle', params: { section: 'utama', no: 1 } });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('refuses to build on a loop that arrived in stored data', async () => {
    const o = await office();
    const skp = await cascade(o);
    // As if synced from another PC: the head's RHK now intervenes the kabid's, which intervenes it.
    await o.repo.db.skps.put({ ...skp.head, rhk: [{ ...skp.head.rhk[0]!, parent: toRhk('B1') }] });
    const before = await snapshot(o.repo);
    await expect(saveSkpContent(o.repo, o.as.kasi, skp.kasi.id, content([rhk('K1', 'Tersusunnya dokumen pengadaan ASN', toRhk('B1'))]))).rejects.toMatchObject({
      code: 'skp.cascadeCycle',
      params: { section: 'utama', no: 1 },
    });
    await expect(saveSkpContent(o.repo, o.as.kabid, skp.kabid.id, content([rhk('B1', 'Terlaksananya mutasi tepat waktu', toRhk('H1'))]))).rejects.toMatchObject({ code: 'skp.cascadeCycle' });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('refuses a loop that runs through someone below in stored data', async () => {
    const o = await office();
    const skp = await cascade(o);
    // Synced data: the head's RHK intervenes the kasi's K1, which intervenes the kabid's B1.
    await o.repo.db.skps.put({ ...skp.head, rhk: [{ ...skp.head.rhk[0]!, parent: toRhk('K1') }] });
    const before = await snapshot(o.repo);
    // Re-linking B1 to H1 would close B1 → H1 → K1 → B1.
    await expect(saveSkpContent(o.repo, o.as.kabid, skp.kabid.id, content([rhk('B1', 'Terlaksananya mutasi tepat waktu', toRhk('H1'))]))).rejects.toMatchObject({ code: 'skp.cascadeCycle' });
    expect(await snapshot(o.repo)).toBe(before);
  });
});

describe('who edits an SKP', () => {
  it('lets a Pegawai edit their own draft only, and the appraiser their subordinates’', async () => {
    const o = await office();
    const skp = await cascade(o);
    const own = await saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content([rhk('S1', 'Terinputnya data usul mutasi', toRhk('K1'))]));
    expect(own.rhk.map((r) => r.text)).toEqual(['Terinputnya data usul mutasi']);
    const byKasi = await saveSkpContent(o.repo, o.as.kasi, skp.staff1.id, content([rhk('S1', 'Terinputnya data usul mutasi dan kenaikan pangkat', toRhk('K1'))]));
    expect(byKasi.rhk[0]!.text).toBe('Terinputnya data usul mutasi dan kenaikan pangkat');
    const byHr = await saveSkpContent(o.repo, o.admin, skp.staff1.id, content([rhk('S1', 'Terinputnya data (HR)', toRhk('K1'))]));
    expect(byHr.rhk[0]!.text).toBe('Terinputnya data (HR)');

    const pimpinanOnly = await accountFor(o.repo, o.admin, '198811302012121005', ['pimpinan']);
    const before = await snapshot(o.repo);
    const attempt = content([rhk('X1', 'Diubah orang lain', toRhk('K1'))]);
    await expect(saveSkpContent(o.repo, o.as.staff2, skp.staff1.id, attempt)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(saveSkpContent(o.repo, o.as.kabid, skp.staff1.id, attempt)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(saveSkpContent(o.repo, o.as.head, skp.staff1.id, attempt)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(saveSkpContent(o.repo, pimpinanOnly, skp.staff1.id, attempt)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(saveSkpContent(o.repo, o.as.staff1, skp.kasi.id, attempt)).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('lets only the appraiser (or HR) write the ekspektasi khusus pimpinan', async () => {
    const o = await office();
    const skp = await cascade(o);
    const list = [rhk('S1', 'Terinputnya data usul mutasi', toRhk('K1'))];
    const before = await snapshot(o.repo);
    await expect(saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content(list, { ekspektasi: { ...emptyEkspektasi(), kompeten: 'Saya ingin belajar' } }))).rejects.toMatchObject({
      code: 'skp.ekspektasiAppraiserOnly',
      field: 'ekspektasi.kompeten',
    });
    expect(await snapshot(o.repo)).toBe(before);

    const ekspektasi = { ...emptyEkspektasi(), kompeten: 'Mengikuti pelatihan pengadaan barang/jasa', harmonis: 'Membantu rekan seksi' };
    const byKasi = await saveSkpContent(o.repo, o.as.kasi, skp.staff1.id, content(list, { ekspektasi }));
    expect(byKasi.ekspektasi).toEqual(ekspektasi);
    // The employee keeps editing their RHK with the appraiser's words left as they are.
    const again = await saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content([...list, rhk('S2', 'Terarsipnya berkas', toRhk('K1'))], { ekspektasi }));
    expect(again.ekspektasi).toEqual(ekspektasi);
    expect(again.rhk).toHaveLength(2);
    // Clearing it is a change too.
    await expect(saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content(list))).rejects.toMatchObject({ code: 'skp.ekspektasiAppraiserOnly' });
  });

  it('keeps a submitted or approved SKP read-only, and makes a returned one a draft again when edited', async () => {
    const o = await office();
    const skp = await cascade(o);
    const list = [rhk('S1', 'Terinputnya data usul mutasi', toRhk('K1'))];
    await saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content(list));
    await submitSkp(o.repo, o.as.staff1, skp.staff1.id);
    let before = await snapshot(o.repo);
    await expect(saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content(list))).rejects.toMatchObject({ code: 'skp.notEditable', params: { status: 'submitted' } });
    expect(await snapshot(o.repo)).toBe(before);

    await returnSkp(o.repo, o.as.kasi, skp.staff1.id, 'Tambahkan IKI kualitas');
    const fixed = await saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content([{ ...list[0]!, indicators: [...list[0]!.indicators, { id: 'S1-mutu', aspek: 'kualitas', text: 'Data tanpa kesalahan', target: 100, unit: '%', polarity: 'higher' }] }]));
    expect(fixed.status).toBe('draft');
    expect(fixed.rhk[0]!.indicators.map((i) => i.aspek)).toEqual(['kuantitas', 'kualitas']);

    await submitSkp(o.repo, o.as.staff1, skp.staff1.id);
    await approveSkp(o.repo, o.as.kasi, skp.staff1.id);
    before = await snapshot(o.repo);
    for (const who of [o.as.staff1, o.as.kasi, o.admin]) {
      await expect(saveSkpContent(o.repo, who, skp.staff1.id, content(list))).rejects.toMatchObject({ code: 'skp.notEditable', params: { status: 'approved' } });
    }
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('keeps perspektif on the JPT form only and aspek on the JA/JF form only', async () => {
    const o = await office();
    const skp = await cascade(o);
    const mixed = (id: string, parent: RhkParent) =>
      rhk(id, 'Terlaksananya layanan', parent, { perspektif: 'Proses Bisnis', indicators: [{ id: `${id}-i`, aspek: 'waktu', text: 'Hari layanan', target: 5, unit: 'Hari', polarity: 'lower' }] });
    const head = await saveSkpContent(o.repo, o.as.head, skp.head.id, content([mixed('H1', { kind: 'iku', ikuId: o.iku.id })]));
    expect(head.rhk[0]).toMatchObject({ perspektif: 'Proses Bisnis', indicators: [{ aspek: null, target: 5, polarity: 'lower' }] });
    const staff = await saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content([mixed('S1', toRhk('K1'))]));
    expect(staff.rhk[0]).toMatchObject({ perspektif: null, indicators: [{ aspek: 'waktu', target: 5 }] });
  });

  it('refuses bad targets and a repeated RHK, writing nothing', async () => {
    const o = await office();
    const skp = await cascade(o);
    const before = await snapshot(o.repo);
    const negative = rhk('S1', 'Terinputnya data', toRhk('K1'), { indicators: [{ id: 'i', aspek: 'kuantitas', text: 'Jumlah data', target: -12, unit: 'Data', polarity: 'higher' }] });
    await expect(saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content([negative]))).rejects.toMatchObject({ code: 'skp.targetNegative', field: 'rhk.0.indicators.0.target' });
    const notNumber = { ...negative, indicators: [{ ...negative.indicators[0]!, target: '12 dokumen' as unknown as number }] };
    await expect(saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content([notNumber]))).rejects.toMatchObject({ code: 'skp.targetNotNumber' });
    const one = rhk('S1', 'Terinputnya data', toRhk('K1'));
    await expect(saveSkpContent(o.repo, o.as.staff1, skp.staff1.id, content([one, one]))).rejects.toMatchObject({ code: 'skp.duplicateRhk' });
    expect(await snapshot(o.repo)).toBe(before);
  });
});
