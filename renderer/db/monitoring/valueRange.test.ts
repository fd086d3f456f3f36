import { describe, expect, it } from 'vitest';
import type { SkpContentInput } from '../../../shared/skp/schemas';
import { accountFor, smallDinas } from '../people/peopleTesting';
import { approveSkp, submitSkp } from '../skp/skpWorkflow';
import { createSkp, emptyEkspektasi, emptyLampiran, saveSkpContent } from '../skp/skps';
import { setUpTestOffice, testClock, testRepo } from '../testRepo';
import { saveRealisation } from './realisations';

const noon = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12).toISOString();
};
const content = (min: number | null, max: number | null): SkpContentInput => ({
  pendekatan: 'kuantitatif',
  ekspektasi: emptyEkspektasi(),
  lampiran: emptyLampiran(),
  rhk: [
    {
      id: 'R1',
      kind: 'utama',
      text: 'Terlayaninya permohonan izin',
      parent: null,
      assignment: 'Surat Tugas 800/1/2026',
      perspektif: null,
      indicators: [{ id: 'I1', aspek: 'kualitas', text: 'Persentase permohonan selesai', target: 90, unit: '%', polarity: 'higher', rollup: 'average', min, max }],
    },
  ],
});

describe("an IKI's plausible range", () => {
  it('flags a value outside it when entered, without refusing it; a reversed range is refused when the SKP is written', async () => {
    const repo = testRepo(testClock(noon('2026-04-08')));
    const admin = await setUpTestOffice(repo);
    const p = (await smallDinas(repo, admin)).people;
    const kasi = await accountFor(repo, admin, p.kasiPerson.nip, ['pejabat_penilai', 'pegawai']);
    const staff = await accountFor(repo, admin, p.staff1.nip, ['pegawai']);
    const draft = await createSkp(repo, staff, { employeeId: p.staff1.id, year: 2026 });
    await expect(saveSkpContent(repo, staff, draft.id, content(100, 0))).rejects.toMatchObject({ code: 'skp.rangeReversed', field: 'rhk.0.indicators.0.max' });
    const saved = await saveSkpContent(repo, staff, draft.id, content(0, 100));
    expect(saved.rhk[0]!.indicators[0]).toMatchObject({ rollup: 'average', min: 0, max: 100 });
    await submitSkp(repo, staff, draft.id);
    await approveSkp(repo, kasi, draft.id);
    const entry = { skpId: draft.id, ikiId: 'I1', periodKey: '2026-Q1', source: 'Register izin', note: '', explanation: '' };
    // A percentage of 150 is outside 0–100: flagged, and still stored as the person typed it.
    expect(await saveRealisation(repo, staff, { ...entry, value: 150 })).toMatchObject({ value: 150, flags: [{ code: 'monitoring.aboveMax', params: { value: 150, max: 100 } }] });
    expect((await saveRealisation(repo, staff, { ...entry, value: 95 })).flags).toEqual([]);
  });
});
