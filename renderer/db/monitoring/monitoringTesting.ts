import type { RhkInput, SkpContentInput } from '../../../shared/skp/schemas';
import { accountFor, smallDinas } from '../people/peopleTesting';
import { approveSkp, submitSkp } from '../skp/skpWorkflow';
import { createSkp, emptyEkspektasi, emptyLampiran, saveSkpContent } from '../skp/skps';
import { setUpTestOffice, testClock, testRepo } from '../testRepo';

/** Test support for monitoring: a clock at local midday, and a small Dinas with one approved staff SKP. */

/** Midday on the PC's own calendar (the repository's "today" is the local date), in any time zone. */
export const noon = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12).getTime();
};

export const assigned = (id: string, text: string): RhkInput => ({
  id,
  kind: 'utama',
  text,
  parent: null,
  assignment: 'Surat Tugas Kepala Badan 800/12/2026',
  perspektif: null,
  indicators: [{ id: `${id}-iki`, aspek: 'kuantitas', text: `Jumlah ${text.toLowerCase()}`, target: 12, unit: 'Dokumen', polarity: 'higher' }],
});
export const content = (list: RhkInput[]): SkpContentInput => ({ pendekatan: 'kuantitatif', rhk: list, ekspektasi: emptyEkspektasi(), lampiran: emptyLampiran() });

/** A small Dinas whose staff1 (Agnes) has an approved 2026 SKP, appraised by the kasi (Yohana). */
export async function approvedStaffOffice(start = '2026-03-01') {
  const repo = testRepo(testClock(new Date(noon(start)).toISOString()));
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
  const draft = await createSkp(repo, as.staff1, { employeeId: p.staff1.id, year: 2026 });
  await saveSkpContent(repo, as.staff1, draft.id, content([assigned('S1', 'Terinputnya data usul mutasi')]));
  await submitSkp(repo, as.staff1, draft.id);
  const skp = await approveSkp(repo, as.kasi, draft.id);
  const setDay = (date: string) => repo.clock.advance(noon(date) - repo.clock.now().getTime());
  return { repo, admin, p, as, skp, setDay };
}
