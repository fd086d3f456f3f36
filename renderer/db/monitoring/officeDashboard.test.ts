import { describe, expect, it } from 'vitest';
import { saveGoal } from '../skp/goals';
import { approveSkp, submitSkp } from '../skp/skpWorkflow';
import { createSkp, saveSkpContent } from '../skp/skps';
import { approvedStaffOffice, assigned, content } from './monitoringTesting';
import { officeDashboard } from './officeDashboard';
import { saveRealisation } from './realisations';

const entry = (skpId: string, ikiId: string, periodKey: string, value: number) => ({ skpId, ikiId, periodKey, value, source: 'Register', note: '', explanation: '' });

/** Staff1 (12 Dokumen a year) and the head (IKM target 85, measuring the office's IKU) in Q1 2026. */
async function office() {
  const o = await approvedStaffOffice('2026-03-01');
  const goal = await saveGoal(o.repo, o.admin, null, { year: 2026, statement: 'Meningkatnya kualitas pelayanan', indicators: [{ text: 'Indeks kepuasan ASN', target: 85, unit: 'Nilai', polarity: 'higher' }] });
  const iku = goal.indicators[0]!;
  const head = await createSkp(o.repo, o.admin, { employeeId: o.p.head.id, year: 2026 });
  const headRhk = { ...assigned('H1', 'Meningkatnya kepuasan ASN'), parent: { kind: 'iku' as const, ikuId: iku.id }, assignment: '', perspektif: 'Penerima Layanan' };
  headRhk.indicators = [{ ...headRhk.indicators[0]!, text: 'Indeks kepuasan ASN', target: 85, unit: 'Nilai', polarity: 'higher', rollup: 'average' }];
  await saveSkpContent(o.repo, o.as.head, head.id, content([headRhk]));
  await submitSkp(o.repo, o.as.head, head.id);
  await approveSkp(o.repo, o.admin, head.id);
  return { ...o, iku, head };
}

describe('the office dashboard', () => {
  it('shows the IKU against its target and each unit’s completeness from what was entered (worked example)', async () => {
    const o = await office();
    // The head's IKM in Q1: 80 against 85 (averaged, so the whole target each quarter) → 80 ÷ 85 = 94.1 % → at risk.
    await saveRealisation(o.repo, o.as.head, entry(o.head.id, 'H1-iki', '2026-Q1', 80));
    // Staff1: 3 of 12 Dokumen a year → 3 ÷ (12 ÷ 4) = 100 % → on track.
    await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, 'S1-iki', '2026-Q1', 3));

    const view = await officeDashboard(o.repo, o.as.head, 2026, '2026-Q1');
    expect(view.ikus).toHaveLength(1);
    expect(view.ikus[0]!.capaian).toBeCloseTo(80 / 85, 4);
    expect(view.ikus[0]!.aggregate).toMatchObject({ atRisk: 1, onTrack: 0, missing: 0 });
    // Office: 2 rated, (94.12 % + 100 %) ÷ 2 = 97.06 %; 2 of 2 expected entered.
    expect(view.office.capaian).toBeCloseTo((0.9412 + 1) / 2, 4);
    expect(view.office.completeness).toBe(1);
    const seksi = view.units.find((u) => u.unitId === o.p.staff1.unitId)!;
    expect(seksi).toMatchObject({ completeness: 1, capaian: 1 });
    // Q2: nothing entered yet, both expected → 0 % complete, capaian no data.
    expect((await officeDashboard(o.repo, o.admin, 2026, '2026-Q2')).office).toMatchObject({ completeness: 0, capaian: null });
  });

  it('is for HR and the head of office only, and refuses a period outside the year’s rhythm', async () => {
    const o = await office();
    await expect(officeDashboard(o.repo, o.as.kasi, 2026, '2026-Q1')).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(officeDashboard(o.repo, o.as.staff1, 2026, '2026-Q1')).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(officeDashboard(o.repo, o.admin, 2026, '2026-M01')).rejects.toMatchObject({ code: 'monitoring.rhythmMixed' });
    expect((await officeDashboard(o.repo, o.admin, 2026, '2026-Q1')).trend.map((t) => t.periodKey)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });
});
