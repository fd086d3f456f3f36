import { describe, expect, it } from 'vitest';
import { periodsWithin } from '../../../shared/monitoring/periods';
import { defaultMonitoringRules } from '../../../shared/monitoring/rules';
import { ikiTrend, personRow, sortOverdueFirst, totalCounts, type PersonRow } from './dashboardData';

// Quarterly, 10 days to enter, cap 120 %, on track ≥ 100 %, at risk ≥ 80 %.
const year = { rules: { ...defaultMonitoringRules }, reopened: {} };
const ikiA = { id: 'a', target: 40, unit: 'Dokumen', polarity: 'higher' as const }; // summed
const ikiB = { id: 'b', target: 90, unit: 'Persen', polarity: 'higher' as const }; // averaged
const ikiC = { id: 'c', target: 5, unit: 'Hari', polarity: 'lower' as const }; // averaged, lower is better
const skp = {
  id: 'skp1',
  employeeId: 'e1',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  snapshot: { at: '2026-01-02', employee: { employeeId: 'e1', name: 'Budi', nip: '199001012020011001', pangkat: '', jabatan: '', unit: 'Bidang A' }, appraiser: null },
  rhk: [{ indicators: [ikiA, ikiB] }, { indicators: [ikiC] }],
};
const r = (ikiId: string, periodKey: string, value: number) => ({ ikiId, periodKey, value });
const realisations = [r('a', '2026-Q1', 10), r('a', '2026-Q2', 10), r('a', '2026-Q3', 12), r('b', '2026-Q1', 90), r('b', '2026-Q3', 60), r('c', '2026-Q1', 5), r('c', '2026-Q2', 4)];

describe('personRow', () => {
  it('worked example: Q3 of a yearly SKP on 5 August 2026', () => {
    const row = personRow(skp, realisations, year, '2026-Q3', '2026-08-05');
    // A: Q3 12 against its quarter's share 40 ÷ 4 = 10 → 120 % (the cap). To date 32 against
    //    40 × 3/4 = 30 → 106.7 %: on track.
    // B: Q3 60 against 90 → 66.7 %. To date average(90, 60) = 75 against 90 → 83.3 %: at risk.
    // C: no Q3 value: missing (even though Q1 and Q2 were on target).
    // Mean capaian this period: (120 % + 66.7 %) ÷ 2 = 93.3 %.
    expect(row.ikiCount).toBe(3);
    expect(row.entered).toBe(2);
    expect(row.meanCapaian).toBeCloseTo((1.2 + 60 / 90) / 2, 10);
    expect(row.counts).toEqual({ onTrack: 1, atRisk: 1, behind: 0, missing: 1 });
    // Q2 (ends 30 June, deadline 10 July) is locked and B has no Q2 value: 10 July → 5 August = 26 days.
    expect(row.overduePeriod).toBe('2026-Q2');
    expect(row.daysOverdue).toBe(26);
    expect(row.inside).toBe(true);
  });

  it('the display cap limits the mean: 300 % counts as 120 %', () => {
    const row = personRow({ ...skp, rhk: [{ indicators: [ikiA] }] }, [r('a', '2026-Q1', 30)], year, '2026-Q1', '2026-02-01');
    expect(row.meanCapaian).toBeCloseTo(1.2, 10);
    expect(row.counts).toEqual({ onTrack: 1, atRisk: 0, behind: 0, missing: 0 });
    expect(row.daysOverdue).toBe(0);
  });

  it('a reopened period is still overdue, counted from the regular deadline', () => {
    const reopened = { ...year, reopened: { '2026-Q2': { until: '2026-08-31', reason: 'x' } } };
    const row = personRow(skp, realisations, reopened, '2026-Q3', '2026-08-05');
    // Q2 is open again until 31 August, so not locked; Q1 is complete: nothing overdue.
    expect(row.overduePeriod).toBeNull();
    expect(row.daysOverdue).toBe(0);
  });

  it('a period outside the SKP gives no counts', () => {
    const row = personRow({ ...skp, periodEnd: '2026-06-30' }, realisations, year, '2026-Q3', '2026-08-05');
    expect(row.inside).toBe(false);
    expect(row.counts).toEqual({ onTrack: 0, atRisk: 0, behind: 0, missing: 0 });
    expect(row.overduePeriod).toBe('2026-Q2');
  });
});

describe('sorting and totals', () => {
  const row = (name: string, daysOverdue: number, onTrack: number, missing: number): PersonRow => ({
    skpId: name, employeeId: name, name, nip: '', unit: '', ikiCount: onTrack + missing, entered: onTrack, meanCapaian: null,
    counts: { onTrack, atRisk: 0, behind: 0, missing }, daysOverdue, overduePeriod: null, inside: true,
  });
  it('overdue first, then by name', () => {
    expect(sortOverdueFirst([row('Ani', 0, 1, 0), row('Citra', 3, 0, 1), row('Budi', 26, 0, 2), row('Adi', 0, 1, 0)]).map((x) => x.name)).toEqual(['Budi', 'Citra', 'Adi', 'Ani']);
  });
  it('totals add the counts', () => {
    expect(totalCounts([row('a', 0, 2, 1), row('b', 0, 1, 3)])).toEqual({ onTrack: 3, atRisk: 0, behind: 0, missing: 4, total: 7 });
  });
});

describe('ikiTrend', () => {
  const periods = periodsWithin('2026-01-01', '2026-12-31', 'quarterly');
  it('summed IKI: the target line is the quarter share 40 ÷ 4 = 10', () => {
    expect(ikiTrend(ikiA, periods, realisations, 120)).toEqual([
      { periodKey: '2026-Q1', value: 10, target: 10, capaian: 1 },
      { periodKey: '2026-Q2', value: 10, target: 10, capaian: 1 },
      { periodKey: '2026-Q3', value: 12, target: 10, capaian: 1.2 },
      { periodKey: '2026-Q4', value: null, target: 10, capaian: null },
    ]);
  });
  it('lower-is-better averaged IKI: the target line is the target; 5 ÷ 4 days = 125 %, shown 120 %', () => {
    const trend = ikiTrend(ikiC, periods, realisations, 120);
    expect(trend.map((p) => p.target)).toEqual([5, 5, 5, 5]);
    expect(trend.map((p) => p.capaian)).toEqual([1, 1.2, null, null]);
  });
});
