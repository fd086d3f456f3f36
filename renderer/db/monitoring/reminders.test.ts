import { describe, expect, it } from 'vitest';
import type { RhkInput, SkpContentInput } from '../../../shared/skp/schemas';
import { accountFor, smallDinas } from '../people/peopleTesting';
import { approveSkp, submitSkp } from '../skp/skpWorkflow';
import { createSkp, emptyEkspektasi, emptyLampiran, saveSkpContent } from '../skp/skps';
import { setUpTestOffice, testClock, testRepo } from '../testRepo';
import { giveFeedback } from './feedback';
import { saveRealisation } from './realisations';
import { reminders } from './reminders';

const noon = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12).toISOString();
};
const rhk = (id: string, targets: number): RhkInput => ({
  id,
  kind: 'utama',
  text: 'Terinputnya data usul mutasi',
  parent: null,
  assignment: 'Surat Tugas Kepala Badan 800/12/2026',
  perspektif: null,
  indicators: Array.from({ length: targets }, (_, i) => ({ id: `${id}-iki${i}`, aspek: 'kuantitas' as const, text: `Indikator ${i + 1}`, target: 12, unit: 'Dokumen', polarity: 'higher' as const })),
});
const content = (list: RhkInput[]): SkpContentInput => ({ pendekatan: 'kuantitatif', rhk: list, ekspektasi: emptyEkspektasi(), lampiran: emptyLampiran() });

async function office() {
  const repo = testRepo(testClock(noon('2026-04-08')));
  const admin = await setUpTestOffice(repo);
  const p = (await smallDinas(repo, admin)).people;
  const kasi = await accountFor(repo, admin, p.kasiPerson.nip, ['pejabat_penilai', 'pegawai']);
  const staff1 = await accountFor(repo, admin, p.staff1.nip, ['pegawai']);
  const staff2 = await accountFor(repo, admin, p.staff2.nip, ['pegawai']);
  return { repo, admin, p, kasi, staff1, staff2 };
}

describe('reminders on the home screen', () => {
  it('tell an employee to write, then fix, their SKP', async () => {
    const o = await office();
    expect(await reminders(o.repo, o.staff1, '2026-04-08')).toEqual([{ kind: 'skpMissing', year: 2026 }]);
    const skp = await createSkp(o.repo, o.staff1, { employeeId: o.p.staff1.id, year: 2026 });
    expect(await reminders(o.repo, o.staff1, '2026-04-08')).toEqual([{ kind: 'skpDraft', skpId: skp.id }]);
  });

  it('count realisations still missing: due soon before the deadline, overdue after it (Q1 closes 10 April)', async () => {
    const o = await office();
    const draft = await createSkp(o.repo, o.staff1, { employeeId: o.p.staff1.id, year: 2026 });
    await saveSkpContent(o.repo, o.staff1, draft.id, content([rhk('S1', 2)]));
    await submitSkp(o.repo, o.staff1, draft.id);
    // The kasi sees the SKP waiting for them.
    expect(await reminders(o.repo, o.kasi, '2026-04-08')).toContainEqual({ kind: 'awaitingApproval', count: 1 });
    const skp = await approveSkp(o.repo, o.kasi, draft.id);
    // 8 April: Q1 closes on the 10th, within the 3 days' warning; two IKI, none entered.
    expect(await reminders(o.repo, o.staff1, '2026-04-08')).toEqual([{ kind: 'entryDueSoon', skpId: skp.id, periodKey: '2026-Q1', closesOn: '2026-04-10', missing: 2 }]);
    await saveRealisation(o.repo, o.staff1, { skpId: skp.id, ikiId: 'S1-iki0', periodKey: '2026-Q1', value: 3, source: 'Register', note: '', explanation: '' });
    expect(await reminders(o.repo, o.staff1, '2026-04-08')).toEqual([{ kind: 'entryDueSoon', skpId: skp.id, periodKey: '2026-Q1', closesOn: '2026-04-10', missing: 1 }]);
    // 15 April: locked for 5 days (15 − 10), one still missing.
    expect(await reminders(o.repo, o.staff1, '2026-04-15')).toEqual([{ kind: 'entryOverdue', skpId: skp.id, periodKey: '2026-Q1', days: 5, missing: 1 }]);
  });

  it('tell an appraiser which subordinates had no feedback for the last ended period', async () => {
    const o = await office();
    const skps = [];
    for (const [session, person] of [[o.staff1, o.p.staff1], [o.staff2, o.p.staff2]] as const) {
      const draft = await createSkp(o.repo, session, { employeeId: person.id, year: 2026 });
      await saveSkpContent(o.repo, session, draft.id, content([rhk(`R-${person.id}`, 1)]));
      await submitSkp(o.repo, session, draft.id);
      skps.push(await approveSkp(o.repo, o.kasi, draft.id));
    }
    expect(await reminders(o.repo, o.kasi, '2026-04-08')).toContainEqual({ kind: 'feedbackDue', periodKey: '2026-Q1', count: 2 });
    await giveFeedback(o.repo, o.kasi, { skpId: skps[0]!.id, periodKey: '2026-Q1', about: { kind: 'value', value: 'akuntabel' }, phrases: ['onTrack'], text: '' });
    expect(await reminders(o.repo, o.kasi, '2026-04-08')).toContainEqual({ kind: 'feedbackDue', periodKey: '2026-Q1', count: 1 });
    // An employee is not reminded of others' feedback.
    expect((await reminders(o.repo, o.staff1, '2026-04-08')).some((r) => r.kind === 'feedbackDue')).toBe(false);
  });
});
