import { describe, expect, it } from 'vitest';
import { emptyAggregate, type UnitPeriodAggregate } from './aggregates';
import { officeView, unitFigures } from './officeView';

const agg = (unitId: string, ikuId: string | null, periodKey: string, over: Partial<UnitPeriodAggregate>): UnitPeriodAggregate => ({ ...emptyAggregate(unitId, ikuId, periodKey), ...over });

/** Dinas → Bidang Mutasi → Seksi A, Seksi B; the head's IKI measure IKU "IKM". Quarterly. */
const units = [
  { id: 'dinas', parentId: null, name: 'Dinas' },
  { id: 'bidang', parentId: 'dinas', name: 'Bidang Mutasi' },
  { id: 'seksi-b', parentId: 'bidang', name: 'Seksi B' },
  { id: 'seksi-a', parentId: 'bidang', name: 'Seksi A' },
  { id: 'sekretariat', parentId: 'dinas', name: 'Sekretariat' },
];
const goals = [{ id: 'g1', order: 1, statement: 'Meningkatnya kualitas layanan', indicators: [{ id: 'ikm', text: 'Indeks kepuasan masyarakat', target: 85, unit: 'Nilai', polarity: 'higher' as const }, { id: 'waktu', text: 'Rata-rata waktu layanan', target: 3, unit: 'Hari', polarity: 'lower' as const }] }];
const aggregates = [
  // The head (unit Dinas): 2 IKI measuring IKM in Q1, 110 % (on track) and 90 % (at risk) → mean 100 %.
  agg('dinas', 'ikm', '2026-Q1', { onTrack: 1, atRisk: 1, capaianBp: 11_000 + 9_000 }),
  // Seksi A: 3 on track at 100 %, 1 missing.
  agg('seksi-a', null, '2026-Q1', { onTrack: 3, missing: 1, capaianBp: 30_000 }),
  // Seksi B: 1 behind at 50 %, 3 missing.
  agg('seksi-b', null, '2026-Q1', { behind: 1, missing: 3, capaianBp: 5_000 }),
  // Q2: Seksi A has entered 1 of 4 (120 %, capped).
  agg('seksi-a', null, '2026-Q2', { onTrack: 1, missing: 3, capaianBp: 12_000 }),
  // Indicators of a unit since removed from the office.
  agg('gone', null, '2026-Q1', { missing: 2 }),
];
const periods = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];

describe('the office dashboard', () => {
  const view = officeView(aggregates, units, goals, periods, '2026-Q1');

  it('sums the office for the period: capaian over rated indicators, completeness over expected ones', () => {
    // Rated: 2 (head) + 3 (A) + 1 (B) = 6; capaian 20,000 + 30,000 + 5,000 = 55,000 bp ÷ 6 = 91.67 %.
    expect(view.office.capaian).toBeCloseTo(55_000 / 6 / 10_000, 10);
    // Expected: 2 + 4 + 4 + 2 = 12, entered 6 → 50 %.
    expect(view.office.completeness).toBe(0.5);
    expect(view.office.aggregate).toMatchObject({ onTrack: 4, atRisk: 1, behind: 1, missing: 6 });
  });

  it('shows each IKU against its target, an IKU nobody measures as no data (never 0 %)', () => {
    expect(view.ikus.map((i) => [i.iku.id, i.capaian, i.completeness])).toEqual([
      ['ikm', 1, 1], // (110 % + 90 %) ÷ 2 = 100 %; 2 of 2 entered
      ['waktu', null, null],
    ]);
    expect(view.ikus[0]).toMatchObject({ goal: 'Meningkatnya kualitas layanan', iku: { target: 85, unit: 'Nilai' } });
  });

  it('lists units in tree order with their sub-units counted in, and what has no unit at the end', () => {
    expect(view.units.map((u) => [u.name, u.depth, u.completeness])).toEqual([
      ['Dinas', 0, 6 / 10], // its own 2 + A's 4 + B's 4 expected, 2 + 3 + 1 entered (not the orphan's 2)
      ['Bidang Mutasi', 1, 4 / 8], // A: 3 of 4, B: 1 of 4
      ['Seksi A', 2, 3 / 4],
      ['Seksi B', 2, 1 / 4],
      [null, 0, 0], // 'gone': 0 of 2
    ]);
    // Sekretariat expects nothing: not listed.
  });

  it('gives the trend per period, missing periods as no data', () => {
    expect(view.trend.map((t) => [t.periodKey, t.capaian, t.completeness])).toEqual([
      ['2026-Q1', 55_000 / 6 / 10_000, 6 / 12], // the office as above
      ['2026-Q2', 1.2, 0.25],
      ['2026-Q3', null, null],
      ['2026-Q4', null, null],
    ]);
  });
});

describe('unitFigures over several periods, keeping empty units', () => {
  it('sums the year’s records per unit with its sub-units and lists every unit when asked', () => {
    const year = unitFigures(aggregates.filter((a) => a.unitId !== 'gone'), units, '2026-Y', { keepEmpty: true });
    expect(year.map((u) => [u.name, u.depth])).toEqual([
      ['Dinas', 0],
      ['Bidang Mutasi', 1],
      ['Seksi A', 2],
      ['Seksi B', 2],
      ['Sekretariat', 1],
    ]);
    // Seksi A over Q1 and Q2: 4 rated, 30,000 + 12,000 bp → 105 %; Sekretariat: nothing, still listed.
    expect(year.find((u) => u.unitId === 'seksi-a')!.capaian).toBeCloseTo(1.05, 10);
    expect(year.find((u) => u.unitId === 'sekretariat')).toMatchObject({ capaian: null, completeness: null });
    // Without keepEmpty the Sekretariat is left out, as on the dashboard.
    expect(unitFigures(aggregates, units, '2026-Q1').map((u) => u.unitId)).not.toContain('sekretariat');
  });
});
