import { describe, expect, it, vi } from 'vitest';
import { saveMonitoringRules } from './monitoringYears';
import { approvedStaffOffice } from './monitoringTesting';
import { defaultMonitoringRules } from '../../../shared/monitoring/rules';
import { createSkp } from '../skp/skps';
import { cascadeCapaian } from './cascadeCapaian';
import { saveRealisation } from './realisations';

/**
 * Staff1 (Agnes) has an approved 2026 SKP with one RHK, S1, and one IKI: 12 Dokumen a year,
 * summed, so a quarter's share is 12 ÷ 4 = 3 (default rules: quarterly, on track from 100 %,
 * at risk from 80 %).
 * - Q1: 3 entered → 3 ÷ 3 = 100 % → on track;
 * - Q2: 2 entered → 2 ÷ 3 = 66.7 % → behind (under 80 %).
 */
async function officeWithTwoQuarters() {
  const o = await approvedStaffOffice('2026-03-01');
  const entry = { skpId: o.skp.id, ikiId: 'S1-iki', source: 'Register usul mutasi', note: '', explanation: '' };
  await saveRealisation(o.repo, o.as.staff1, { ...entry, periodKey: '2026-Q1', value: 3 });
  o.setDay('2026-05-01');
  await saveRealisation(o.repo, o.as.staff1, { ...entry, periodKey: '2026-Q2', value: 2 });
  return o;
}

describe('the capaian that colours the cascade tree', () => {
  it('computes the chosen period only, from that period’s realisations', async () => {
    const o = await officeWithTwoQuarters();
    const q1 = await cascadeCapaian(o.repo, o.as.staff1, '2026-Q1', [o.skp.id]);
    expect(q1.byRhk.get('S1')).toEqual({ capaian: 1, status: 'on-track', entered: 1, expected: 1 });
    const q2 = await cascadeCapaian(o.repo, o.as.staff1, '2026-Q2', [o.skp.id]);
    expect(q2.byRhk.get('S1')!.capaian).toBeCloseTo(2 / 3, 10);
    expect(q2.byRhk.get('S1')).toMatchObject({ status: 'behind', entered: 1, expected: 1 });
    // Q3 has nothing yet: no data, not 0 %.
    expect((await cascadeCapaian(o.repo, o.as.staff1, '2026-Q3', [o.skp.id])).byRhk.get('S1')).toEqual({ capaian: null, status: null, entered: 0, expected: 1 });
  });

  it('reads the realisations through the period index, never the whole table', async () => {
    const o = await officeWithTwoQuarters();
    const where = vi.spyOn(o.repo.db.realisations, 'where');
    const toArray = vi.spyOn(o.repo.db.realisations, 'toArray');
    const each = vi.spyOn(o.repo.db.realisations, 'each');
    await cascadeCapaian(o.repo, o.admin, '2026-Q2', [o.skp.id]);
    expect(where.mock.calls).toEqual([['periodKey']]);
    expect(toArray).not.toHaveBeenCalled();
    expect(each).not.toHaveBeenCalled();
  });

  it('gives each role only the SKPs they may read', async () => {
    const o = await officeWithTwoQuarters();
    const s1 = async (session: typeof o.admin) => (await cascadeCapaian(o.repo, session, '2026-Q1', [o.skp.id])).byRhk.get('S1')?.status ?? 'hidden';
    expect(await s1(o.admin)).toBe('on-track'); // HR reads every SKP
    expect(await s1(o.as.head)).toBe('on-track'); // so does the head of office
    expect(await s1(o.as.staff1)).toBe('on-track'); // the employee their own
    expect(await s1(o.as.kasi)).toBe('on-track'); // the Pejabat Penilai those they appraise
    expect(await s1(o.as.kabid)).toBe('hidden'); // a Pejabat Penilai higher up does not
    expect(await s1(o.as.staff2)).toBe('hidden'); // a colleague (Pegawai) does not, even when asked for it
  });

  it('leaves out drafts and other offices’ or years’ SKPs', async () => {
    const o = await officeWithTwoQuarters();
    const draft = await createSkp(o.repo, o.as.staff2, { employeeId: o.p.staff2.id, year: 2026 });
    const result = await cascadeCapaian(o.repo, o.admin, '2026-Q1', [o.skp.id, draft.id, 'no-such-skp']);
    expect([...result.byRhk.keys()]).toEqual(['S1']);
  });

  it('uses the year’s rules, and refuses a period of another rhythm', async () => {
    const o = await officeWithTwoQuarters();
    expect((await cascadeCapaian(o.repo, o.admin, '2026-Q2', [o.skp.id])).rules).toEqual(defaultMonitoringRules);
    // An office that calls 60 % on track: Q2's 66.7 % is on track.
    await saveMonitoringRules(o.repo, o.admin, 2026, { ...defaultMonitoringRules, onTrackPercent: 60, atRiskPercent: 50 });
    expect((await cascadeCapaian(o.repo, o.admin, '2026-Q2', [o.skp.id])).byRhk.get('S1')!.status).toBe('on-track');
    await expect(cascadeCapaian(o.repo, o.admin, '2026-M05', [o.skp.id])).rejects.toMatchObject({ code: 'monitoring.rhythmMixed' });
    await expect(cascadeCapaian(o.repo, o.admin, '2026-Q5', [o.skp.id])).rejects.toMatchObject({ code: 'monitoring.periodKeyInvalid' });
  });
});
