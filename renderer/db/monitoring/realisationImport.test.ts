import { describe, expect, it } from 'vitest';
import { buildRealisationImportPlan } from '../../../shared/monitoring/import/plan';
import type { SkpContentInput } from '../../../shared/skp/schemas';
import type { Cell, WorkbookRows } from '../../../shared/spreadsheet';
import { accountFor, smallDinas } from '../people/peopleTesting';
import { approveSkp, submitSkp } from '../skp/skpWorkflow';
import { createSkp, emptyEkspektasi, emptyLampiran, saveSkpContent } from '../skp/skps';
import { setUpTestOffice, testClock, testRepo } from '../testRepo';
import { realisationId, saveRealisation } from './realisations';
import { applyRealisationImportPlan, realisationImportBasis } from './realisationImport';
import type { Repo, Session } from '../repository';

const noon = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12).getTime();
};
const content: SkpContentInput = {
  pendekatan: 'kuantitatif',
  rhk: [{ id: 'S1', kind: 'utama', text: 'Terinputnya data usul mutasi', parent: null, assignment: 'Surat Tugas 800/12/2026', perspektif: null, indicators: [{ id: 'S1-iki', aspek: 'kuantitas', text: 'Jumlah usul mutasi yang diinput', target: 12, unit: 'Dokumen', polarity: 'higher', min: 0, max: 2 }] }],
  ekspektasi: emptyEkspektasi(),
  lampiran: emptyLampiran(),
};

/** Staff1 has an approved 2026 SKP; today is 2026-04-05, so Q1 is open (it closes on 2026-04-10). */
async function office() {
  const repo = testRepo(testClock(new Date(noon('2026-04-05')).toISOString()));
  const admin = await setUpTestOffice(repo);
  const { people: p } = await smallDinas(repo, admin);
  const staff1 = await accountFor(repo, admin, p.staff1.nip, ['pegawai']);
  const kasi = await accountFor(repo, admin, p.kasiPerson.nip, ['pejabat_penilai', 'pegawai']);
  const draft = await createSkp(repo, staff1, { employeeId: p.staff1.id, year: 2026 });
  await saveSkpContent(repo, staff1, draft.id, content);
  await submitSkp(repo, staff1, draft.id);
  const skp = await approveSkp(repo, kasi, draft.id);
  return { repo, admin, staff1, nip: p.staff1.nip, skp };
}

const book = (rows: Cell[][]): WorkbookRows => ({ fileName: 'realisasi.xlsx', format: 'xlsx', sheets: [{ name: 'Realisasi', rows: [['NIP', 'IKI', 'Periode', 'Realisasi', 'Sumber data', 'Catatan'], ...rows] }] });
async function planFor(repo: Repo, session: Session, rows: Cell[][]) {
  return buildRealisationImportPlan(book(rows), await realisationImportBasis(repo, session, 2026), { officeId: session.officeId, year: 2026, convention: 'id', today: '2026-04-05' });
}

describe('importing realisations', () => {
  it('writes the valid rows in one audited write, and a re-import writes nothing', async () => {
    const { repo, admin, nip, skp } = await office();
    const rows: Cell[][] = [
      [nip, 'jumlah usul mutasi yang diinput', 'Triwulan I 2026', '3', 'Register usul mutasi', ''],
      [nip, 'Jumlah usul mutasi yang diinput', 'Triwulan III 2026', '3', 'Register', ''], // not started
    ];
    const plan = await planFor(repo, admin, rows);
    expect(plan.counts).toEqual({ new: 1, changed: 0, unchanged: 0, invalid: 1 });
    await expect(applyRealisationImportPlan(repo, admin, plan, { allOrNothing: true })).rejects.toMatchObject({ code: 'import.hasInvalidRows' });
    expect(await applyRealisationImportPlan(repo, admin, plan, { allOrNothing: false })).toEqual({ written: 1 });
    expect(await repo.db.realisations.get(realisationId(skp.id, 'S1-iki', '2026-Q1'))).toMatchObject({ value: 3, source: 'Register usul mutasi', employeeId: skp.employeeId, rhkId: 'S1', flags: [{ code: 'monitoring.aboveMax' }] });
    // The IKI's plausible range (0–2) flags the 3 without blocking it, as on the entry form.
    const audit = await repo.db.audit.toArray();
    expect(audit.filter((a) => a.action === 'realisation.import')).toHaveLength(1);

    const again = await planFor(repo, admin, rows);
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: 1, invalid: 1 });
    expect(await applyRealisationImportPlan(repo, admin, again, { allOrNothing: false })).toEqual({ written: 0 });
  });

  it('refuses a preview made before someone saved the same cell, and anyone but HR', async () => {
    const { repo, admin, staff1, nip, skp } = await office();
    const rows: Cell[][] = [[nip, 'Jumlah usul mutasi yang diinput', '2026-Q1', '4', 'Register', '']];
    const plan = await planFor(repo, admin, rows);
    await saveRealisation(repo, staff1, { skpId: skp.id, ikiId: 'S1-iki', periodKey: '2026-Q1', value: 5, source: 'Register', note: '', explanation: '' });
    await expect(applyRealisationImportPlan(repo, admin, plan, { allOrNothing: false })).rejects.toMatchObject({ code: 'realisationImport:stale' });
    expect((await repo.db.realisations.get(realisationId(skp.id, 'S1-iki', '2026-Q1')))?.value).toBe(5);
    await expect(realisationImportBasis(repo, staff1, 2026)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(applyRealisationImportPlan(repo, staff1, await planFor(repo, admin, rows), { allOrNothing: false })).rejects.toMatchObject({ code: 'auth.forbidden' });
  });
});
