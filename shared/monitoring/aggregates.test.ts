import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateKey,
  aggregateRulesOf,
  applyChange,
  changedKeys,
  completeness,
  emptyAggregate,
  isEmptyAggregate,
  meanCapaian,
  recompute,
  sumAggregates,
  type AggregateRules,
  type RealisationRow,
  type UnitPeriodAggregate,
} from './aggregates';
import { defaultMonitoringRules } from './rules';

const row = (over: Partial<RealisationRow> & Pick<RealisationRow, 'ikiId'>): RealisationRow => ({
  unitId: 'seksi-a',
  ikuId: null,
  skpId: 'skp-1',
  periodKey: '2026-Q1',
  value: null,
  target: 12,
  polarity: 'higher',
  rollup: 'sum',
  periodCount: 4,
  ...over,
});

/** Seksi A in Q1 2026 (quarterly, whole-year SKPs: 4 periods), default rules: 100 % / 80 %, cap 120 %. */
const seksiA: RealisationRow[] = [
  // 12 Dokumen a year → 12 ÷ 4 = 3 this quarter; 3 done → 3 ÷ 3 = 100 % → on track
  row({ ikiId: 'dokumen', value: 3 }),
  // 100 % accuracy, averaged → target 100 each quarter; 85 → 85 ÷ 100 = 85 % → at risk
  row({ ikiId: 'ketepatan', target: 100, rollup: 'average', value: 85 }),
  // at most 3 days to serve, averaged; 5 days → 3 ÷ 5 = 60 % → behind
  row({ ikiId: 'layanan', target: 3, polarity: 'lower', rollup: 'average', value: 5 }),
  // 4 Laporan a year → 1 this quarter; 2 done → 2 ÷ 1 = 200 % → on track, counted as 120 % in the mean
  row({ ikiId: 'laporan', target: 4, value: 2 }),
  // not entered yet
  row({ ikiId: 'rapat', target: 8 }),
];

describe('the dashboard numbers of a unit in a period', () => {
  it('counts each indicator by status and averages capped capaian', () => {
    const aggregate = recompute(seksiA).get(aggregateKey('seksi-a', null, '2026-Q1'))!;
    expect(aggregate).toEqual({
      unitId: 'seksi-a',
      ikuId: null,
      periodKey: '2026-Q1',
      onTrack: 2,
      atRisk: 1,
      behind: 1,
      unrated: 0,
      missing: 1,
      capaianBp: 10_000 + 8_500 + 6_000 + 12_000, // 100 % + 85 % + 60 % + 120 % (capped from 200 %)
    });
    // mean capaian (100 + 85 + 60 + 120) ÷ 4 = 91.25 %; the missing one is not a 0 in it
    expect(meanCapaian(aggregate)).toBe(0.9125);
    // 4 of 5 expected realisations entered = 80 %
    expect(completeness(aggregate)).toBe(0.8);
  });

  it('counts an entry it cannot rate apart from a missing one', () => {
    const aggregate = recompute([row({ ikiId: 'a', value: 5, target: null }), row({ ikiId: 'b', value: -1 })]).get(aggregateKey('seksi-a', null, '2026-Q1'))!;
    expect(aggregate).toMatchObject({ unrated: 2, missing: 0, onTrack: 0, capaianBp: 0 });
    expect(meanCapaian(aggregate)).toBeNull();
    expect(completeness(aggregate)).toBe(1);
  });

  it('follows the office’s thresholds and cap', () => {
    // On track from 80 %, at risk from 60 %, cap 150 %: 85 % and 60 % move up; 200 % counts as 150 %.
    const rules = aggregateRulesOf({ ...defaultMonitoringRules, onTrackPercent: 80, atRiskPercent: 60, capPercent: 150 });
    const aggregate = recompute(seksiA, rules).get(aggregateKey('seksi-a', null, '2026-Q1'))!;
    expect(aggregate).toMatchObject({ onTrack: 3, atRisk: 1, behind: 0, capaianBp: 10_000 + 8_500 + 6_000 + 15_000 });
  });

  it('updates the record as a realisation is entered, corrected and removed', () => {
    let aggregate = recompute(seksiA).get(aggregateKey('seksi-a', null, '2026-Q1'))!;
    const missing = seksiA[4]!;
    // Rapat: 8 a year → 2 this quarter; 1 entered → 1 ÷ 2 = 50 % → behind
    const entered = { ...missing, value: 1 };
    aggregate = applyChange(aggregate, missing, entered);
    expect(aggregate).toMatchObject({ missing: 0, behind: 2, capaianBp: 36_500 + 5_000 });
    // Corrected to 2 → 2 ÷ 2 = 100 % → on track
    const corrected = { ...missing, value: 2 };
    aggregate = applyChange(aggregate, entered, corrected);
    expect(aggregate).toMatchObject({ missing: 0, behind: 1, onTrack: 3, capaianBp: 36_500 + 10_000 });
    // Removed: back to missing, as at first
    aggregate = applyChange(aggregate, corrected, missing);
    expect(aggregate).toEqual(recompute(seksiA).get(aggregateKey('seksi-a', null, '2026-Q1')));
    // The IKI taken out of the SKP altogether: one indicator fewer expected
    aggregate = applyChange(aggregate, missing, null);
    expect(aggregate.missing).toBe(0);
  });

  it('moves a row between units, touching both records and leaving others alone', () => {
    const before = row({ ikiId: 'dokumen', value: 3 });
    const after = { ...before, unitId: 'seksi-b' };
    expect(changedKeys(before, after)).toEqual([aggregateKey('seksi-a', null, '2026-Q1'), aggregateKey('seksi-b', null, '2026-Q1')]);
    expect(changedKeys(before, { ...before, value: 4 })).toEqual([aggregateKey('seksi-a', null, '2026-Q1')]);
    const a = applyChange(recompute([before]).get(aggregateKey('seksi-a', null, '2026-Q1'))!, before, after);
    const b = applyChange(emptyAggregate('seksi-b', null, '2026-Q1'), before, after);
    expect(isEmptyAggregate(a)).toBe(true);
    expect(b).toMatchObject({ onTrack: 1, capaianBp: 10_000 });
    expect(applyChange(emptyAggregate('seksi-c', null, '2026-Q1'), before, after)).toEqual(emptyAggregate('seksi-c', null, '2026-Q1'));
  });

  it('adds units up for the office', () => {
    const rows = [...seksiA, row({ unitId: 'seksi-b', ikiId: 'dokumen', value: 2 })]; // 2 ÷ 3 = 66.67 % → behind
    const all = recompute(rows);
    const office = sumAggregates('dinas', null, '2026-Q1', all.values());
    expect(office).toMatchObject({ onTrack: 2, atRisk: 1, behind: 2, missing: 1, capaianBp: 36_500 + 6_667 });
    // (36,500 + 6,667) ÷ 5 = 8,633.4 bp = 86.334 %
    expect(meanCapaian(office)).toBeCloseTo(0.86334, 10);
  });
});

describe('incremental aggregates equal a full recomputation', () => {
  const ids = { unit: ['u1', 'u2', 'u3'], period: ['2026-Q1', '2026-Q2', '2026-M03'], skp: ['s1', 's2'], iki: ['k1', 'k2', 'k3'] };
  const value = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 40 }),
    fc.double({ min: 0, max: 500, noNaN: true }),
    fc.constantFrom(0, -3, 0.1, 0.7, 1 / 3),
  );
  /** One version of a row, its identity (skp, iki, period) fixed by the slot. */
  const version = fc.record({
    unitId: fc.constantFrom(...ids.unit),
    ikuId: fc.constantFrom(null, 'iku-1'),
    value,
    target: fc.oneof(fc.constant(null), fc.constantFrom(0, 1, 3, 12, 100), fc.double({ min: 0, max: 200, noNaN: true })),
    polarity: fc.constantFrom('higher' as const, 'lower' as const),
    rollup: fc.constantFrom('sum' as const, 'average' as const, 'last' as const),
    periodCount: fc.integer({ min: 1, max: 12 }),
  });
  /** Each slot's history: created, changed any number of times, maybe removed at the end. */
  const slot = fc.record({
    skpId: fc.constantFrom(...ids.skp),
    ikiId: fc.constantFrom(...ids.iki),
    periodKey: fc.constantFrom(...ids.period),
    versions: fc.array(version, { minLength: 1, maxLength: 5 }),
    removed: fc.boolean(),
  });
  const slots = fc.uniqueArray(slot, { selector: (s) => `${s.skpId}/${s.ikiId}/${s.periodKey}`, maxLength: 18 });
  const rules = fc.constantFrom<AggregateRules>(
    aggregateRulesOf(defaultMonitoringRules),
    aggregateRulesOf({ ...defaultMonitoringRules, onTrackPercent: 90, atRiskPercent: 50, capPercent: 100 }),
  );

  const withoutEmpty = (map: Map<string, UnitPeriodAggregate>) => new Map([...map].filter(([, a]) => !isEmptyAggregate(a)));

  it('for every history of changes, applied in any order', () => {
    fc.assert(
      fc.property(slots, rules, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (list, rules, randoms) => {
        const changes: [RealisationRow | null, RealisationRow | null][] = [];
        const finals: RealisationRow[] = [];
        for (const s of list) {
          const rows = s.versions.map((v): RealisationRow => ({ skpId: s.skpId, ikiId: s.ikiId, periodKey: s.periodKey, ...v }));
          let previous: RealisationRow | null = null;
          for (const r of [...rows, ...(s.removed ? [null] : [])]) {
            changes.push([previous, r]);
            previous = r;
          }
          if (previous !== null) finals.push(previous);
        }
        // Any order: a device may apply changes late, or a person's edits arrive from two devices.
        const order = changes.map((change) => ({ change, at: randoms.next().value as number }));
        order.sort((a, b) => a.at - b.at);

        const incremental = new Map<string, UnitPeriodAggregate>();
        for (const { change: [before, after] } of order) {
          for (const key of changedKeys(before, after)) {
            const [unitId, ikuId, periodKey] = JSON.parse(key) as [string, string | null, string];
            incremental.set(key, applyChange(incremental.get(key) ?? emptyAggregate(unitId, ikuId, periodKey), before, after, rules));
          }
        }
        const full = recompute(finals, rules);
        expect(withoutEmpty(incremental)).toEqual(full);
        for (const aggregate of full.values()) {
          for (const n of [aggregate.onTrack, aggregate.atRisk, aggregate.behind, aggregate.unrated, aggregate.missing, aggregate.capaianBp]) {
            expect(Number.isInteger(n) && n >= 0).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
