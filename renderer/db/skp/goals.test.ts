import { describe, expect, it } from 'vitest';
import type { OfficeGoalInput } from '../../../shared/skp/schemas';
import { accountFor, smallDinas } from '../people/peopleTesting';
import { setUpTestOffice, snapshot, testRepo } from '../testRepo';
import { listGoals, saveGoal } from './goals';
import { createSkp, emptyEkspektasi, emptyLampiran, saveSkpContent } from './skps';

const pelayanan: OfficeGoalInput = {
  year: 2026,
  statement: 'Meningkatnya kualitas pelayanan kepegawaian',
  indicators: [
    { text: 'Indeks kepuasan ASN', target: 85, unit: 'Nilai', polarity: 'higher' },
    { text: 'Rata-rata hari penyelesaian usul mutasi', target: 5, unit: 'Hari', polarity: 'lower' },
  ],
};

async function office() {
  const repo = testRepo();
  const admin = await setUpTestOffice(repo);
  const dinas = await smallDinas(repo, admin);
  const { head, kasiPerson, staff1 } = dinas.people;
  return {
    repo,
    admin,
    dinas,
    pimpinan: await accountFor(repo, admin, head.nip, ['pimpinan', 'pegawai']),
    penilai: await accountFor(repo, admin, kasiPerson.nip, ['pejabat_penilai', 'pegawai']),
    pegawai: await accountFor(repo, admin, staff1.nip, ['pegawai']),
  };
}

describe('office goals', () => {
  it('lets HR enter a goal with its IKU, in order, and keeps the IKU ids when it is edited', async () => {
    const { repo, admin, pegawai } = await office();
    const first = await saveGoal(repo, admin, null, pelayanan);
    expect(first).toMatchObject({ year: 2026, order: 1, statement: 'Meningkatnya kualitas pelayanan kepegawaian' });
    expect(first.indicators.map((i) => [i.text, i.target, i.unit, i.polarity])).toEqual([
      ['Indeks kepuasan ASN', 85, 'Nilai', 'higher'],
      ['Rata-rata hari penyelesaian usul mutasi', 5, 'Hari', 'lower'],
    ]);
    const [ikm, hari] = first.indicators;
    expect(ikm!.id).not.toBe(hari!.id);

    const second = await saveGoal(repo, admin, null, { year: 2026, statement: 'Meningkatnya kompetensi ASN', indicators: [{ text: 'Persentase ASN ikut pelatihan 20 JP', target: 100, unit: '%', polarity: 'higher' }] });
    expect(second.order).toBe(2);

    const edited = await saveGoal(repo, admin, first.id, {
      ...pelayanan,
      indicators: [
        { id: ikm!.id, text: 'Indeks kepuasan ASN (survei)', target: 88, unit: 'Nilai', polarity: 'higher' },
        { id: hari!.id, text: hari!.text, target: 4, unit: 'Hari', polarity: 'lower' },
        { text: 'Persentase usul kenaikan pangkat tepat waktu', target: 95, unit: '%', polarity: 'higher' },
      ],
    });
    expect(edited.id).toBe(first.id);
    expect(edited.order).toBe(1);
    expect(edited.indicators.map((i) => i.id).slice(0, 2)).toEqual([ikm!.id, hari!.id]);
    expect(edited.indicators[0]).toMatchObject({ text: 'Indeks kepuasan ASN (survei)', target: 88 });
    expect([ikm!.id, hari!.id]).not.toContain(edited.indicators[2]!.id);

    // Everyone signed in reads them, in order.
    expect((await listGoals(repo, pegawai, 2026)).map((g) => g.statement)).toEqual(['Meningkatnya kualitas pelayanan kepegawaian', 'Meningkatnya kompetensi ASN']);
    expect(await listGoals(repo, pegawai, 2027)).toEqual([]);
  });

  it('lets the head of office (Pimpinan) enter goals', async () => {
    const { repo, pimpinan } = await office();
    const goal = await saveGoal(repo, pimpinan, null, pelayanan);
    expect((await repo.db.goals.get(goal.id))?.statement).toBe('Meningkatnya kualitas pelayanan kepegawaian');
    const audit = await repo.db.audit.where('action').equals('goal.create').toArray();
    expect(audit.map((a) => a.actorName)).toEqual(['Akun 197001011995031001']);
  });

  it('refuses a Pegawai and a Pejabat Penilai, writing nothing', async () => {
    const { repo, admin, pegawai, penilai } = await office();
    const goal = await saveGoal(repo, admin, null, pelayanan);
    const before = await snapshot(repo);
    await expect(saveGoal(repo, pegawai, null, pelayanan)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(saveGoal(repo, pegawai, goal.id, { ...pelayanan, statement: 'Diubah pegawai' })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(saveGoal(repo, penilai, null, pelayanan)).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect(await snapshot(repo)).toBe(before);
  });

  it('will not remove an IKU that the head of office intervenes, but removes one nobody uses', async () => {
    const { repo, admin, dinas } = await office();
    const goal = await saveGoal(repo, admin, null, pelayanan);
    const [ikm, hari] = goal.indicators;
    const skp = await createSkp(repo, admin, { employeeId: dinas.people.head.id, year: 2026 });
    await saveSkpContent(repo, admin, skp.id, {
      pendekatan: 'kuantitatif',
      ekspektasi: emptyEkspektasi(),
      lampiran: emptyLampiran(),
      rhk: [
        {
          id: 'rhk-kaban-1', kind: 'utama', text: 'Meningkatnya kepuasan ASN atas layanan kepegawaian', parent: { kind: 'iku', ikuId: ikm!.id }, assignment: '', perspektif: 'Penerima Layanan',
          indicators: [{ id: 'iki-kaban-1', aspek: null, text: 'Indeks kepuasan ASN', target: 85, unit: 'Nilai', polarity: 'higher' }],
        },
      ],
    });
    const before = await snapshot(repo);
    const keepOnly = (iku: typeof hari) => ({ ...pelayanan, indicators: [{ id: iku!.id, text: iku!.text, target: iku!.target!, unit: iku!.unit, polarity: iku!.polarity }] });
    await expect(saveGoal(repo, admin, goal.id, keepOnly(hari))).rejects.toMatchObject({ code: 'goal.ikuInUse', params: { iku: 'Indeks kepuasan ASN' }, field: 'indicators' });
    expect(await snapshot(repo)).toBe(before);

    const saved = await saveGoal(repo, admin, goal.id, keepOnly(ikm));
    expect(saved.indicators.map((i) => i.id)).toEqual([ikm!.id]);
  });

  it('keeps a goal in its year', async () => {
    const { repo, admin } = await office();
    const goal = await saveGoal(repo, admin, null, pelayanan);
    const before = await snapshot(repo);
    await expect(saveGoal(repo, admin, goal.id, { ...pelayanan, year: 2027 })).rejects.toMatchObject({ code: 'goal.yearFixed', field: 'year' });
    await expect(saveGoal(repo, admin, 'no-such-goal', pelayanan)).rejects.toMatchObject({ code: 'goal.notFound' });
    await expect(saveGoal(repo, admin, null, { ...pelayanan, indicators: [] })).rejects.toMatchObject({ code: 'field.chooseAtLeast', field: 'indicators' });
    expect(await snapshot(repo)).toBe(before);
  });
});
