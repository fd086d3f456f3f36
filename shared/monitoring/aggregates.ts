import type { Polarity } from '../skp/tables';
import { capaian, checkCapPercent, checkThresholds, defaultThresholds, displayCapaian, periodTarget, statusOf, toBasisPoints, type StatusThresholds } from './capaian';
import type { Rollup } from './rollup';
import { defaultMonitoringRules, type MonitoringRules } from './rules';

/**
 * The pure part of the dashboard aggregates. A dashboard of a 15,000-person office cannot scan
 * 720,000 realisations, so the repository keeps one record per (unit, IKU, period) up to date in the
 * same transaction as each write, with applyChange(); recompute() is the same numbers from
 * scratch, and a property test holds the two equal.
 *
 * A record holds only integer counts and an integer sum (capaian in basis points), so changes
 * add and subtract exactly and in any order; means are divided when read.
 *
 * Each row is one IKI in one period, judged on that period alone against the period's share of
 * the target (periodTarget: target ÷ n for a sum, the target itself for average and last). A
 * to-date status (progressOf) depends on earlier periods too and cannot be kept by one row's
 * change; the per-period one can, and it is what a trend per period shows.
 */

export interface RealisationRow {
  unitId: string;
  /** The office IKU the IKI's RHK intervenes directly (the head's RHK), else null. */
  ikuId: string | null;
  skpId: string;
  ikiId: string;
  periodKey: string;
  /** Null: the IKI is expected in this period and has no realisation yet (counted as missing). */
  value: number | null;
  /** The IKI's target for its whole SKP. */
  target: number | null;
  polarity: Polarity;
  rollup: Rollup;
  /** Periods of the SKP (periodsWithin(…).length), over which a summed target is spread. */
  periodCount: number;
}

export interface AggregateRules {
  thresholds: StatusThresholds;
  /** Capaian above the cap is counted at the cap in the mean (an Infinity would swamp it). */
  capPercent: number;
}
export const defaultAggregateRules: AggregateRules = { thresholds: defaultThresholds, capPercent: defaultMonitoringRules.capPercent };

/** The aggregate part of an office's rules. */
export function aggregateRulesOf(rules: MonitoringRules): AggregateRules {
  return { thresholds: { onTrackPercent: rules.onTrackPercent, atRiskPercent: rules.atRiskPercent }, capPercent: rules.capPercent };
}

export interface UnitPeriodAggregate {
  unitId: string;
  /** The IKU the counted IKI measure directly, or null for every other IKI of the unit. */
  ikuId: string | null;
  periodKey: string;
  onTrack: number;
  atRisk: number;
  behind: number;
  /** Entered, but no capaian: the IKI has no target, or a value is negative. */
  unrated: number;
  /** Expected and not entered. */
  missing: number;
  /** Sum of the rated rows' capaian, capped, in basis points (10,000 = 100 %). */
  capaianBp: number;
}

type Counter = 'onTrack' | 'atRisk' | 'behind' | 'unrated' | 'missing';
const counterOf = { 'on-track': 'onTrack', 'at-risk': 'atRisk', behind: 'behind' } as const;

export function emptyAggregate(unitId: string, ikuId: string | null, periodKey: string): UnitPeriodAggregate {
  return { unitId, ikuId, periodKey, onTrack: 0, atRisk: 0, behind: 0, unrated: 0, missing: 0, capaianBp: 0 };
}

/** One string per (unit, IKU, period), for a Map or a record id; unambiguous whatever the ids hold. */
export function aggregateKey(unitId: string, ikuId: string | null, periodKey: string): string {
  return JSON.stringify([unitId, ikuId, periodKey]);
}

const rowKey = (row: RealisationRow) => aggregateKey(row.unitId, row.ikuId, row.periodKey);

/** What one row adds to its (unit, period) record. */
export function contributionOf(row: RealisationRow, rules: AggregateRules = defaultAggregateRules): { counter: Counter; capaianBp: number } {
  if (row.value === null || !Number.isFinite(row.value)) return { counter: 'missing', capaianBp: 0 };
  const target = row.target === null ? null : periodTarget(row.target, row.rollup, row.periodCount);
  const raw = capaian(row.value, target, row.polarity);
  const status = statusOf(raw, rules.thresholds);
  if (raw === null || status === null) return { counter: 'unrated', capaianBp: 0 };
  return { counter: counterOf[status], capaianBp: toBasisPoints(displayCapaian(raw, rules.capPercent).shown) };
}

function add(aggregate: UnitPeriodAggregate, row: RealisationRow, sign: 1 | -1, rules: AggregateRules): UnitPeriodAggregate {
  const { counter, capaianBp } = contributionOf(row, rules);
  return { ...aggregate, [counter]: aggregate[counter] + sign, capaianBp: aggregate.capaianBp + sign * capaianBp };
}

/** The (unit, period) records a change touches: one, or two when the row moved unit. */
export function changedKeys(before: RealisationRow | null, after: RealisationRow | null): string[] {
  const keys = [before, after].filter((row): row is RealisationRow => row !== null).map(rowKey);
  return [...new Set(keys)];
}

/**
 * Updates one (unit, period) record for one row added (before null), changed, or removed
 * (after null); the parts of the change that belong to other records are left to them.
 * The office's rules must be the ones the record was built with: a new cap or new thresholds
 * mean a recompute().
 */
export function applyChange(
  aggregate: UnitPeriodAggregate,
  before: RealisationRow | null,
  after: RealisationRow | null,
  rules: AggregateRules = defaultAggregateRules,
): UnitPeriodAggregate {
  checkRules(rules);
  const key = aggregateKey(aggregate.unitId, aggregate.ikuId, aggregate.periodKey);
  let next = aggregate;
  if (before !== null && rowKey(before) === key) next = add(next, before, -1, rules);
  if (after !== null && rowKey(after) === key) next = add(next, after, 1, rules);
  return next;
}

/** Every (unit, period) record from all rows at once. */
export function recompute(rows: Iterable<RealisationRow>, rules: AggregateRules = defaultAggregateRules): Map<string, UnitPeriodAggregate> {
  checkRules(rules);
  const out = new Map<string, UnitPeriodAggregate>();
  for (const row of rows) {
    const key = rowKey(row);
    out.set(key, add(out.get(key) ?? emptyAggregate(row.unitId, row.ikuId, row.periodKey), row, 1, rules));
  }
  return out;
}

function checkRules(rules: AggregateRules): void {
  checkThresholds(rules.thresholds);
  checkCapPercent(rules.capPercent);
}

/** A record every row has left (the repository may delete it). */
export function isEmptyAggregate(a: UnitPeriodAggregate): boolean {
  return a.onTrack === 0 && a.atRisk === 0 && a.behind === 0 && a.unrated === 0 && a.missing === 0 && a.capaianBp === 0;
}

const counted = ['onTrack', 'atRisk', 'behind', 'unrated', 'missing', 'capaianBp'] as const;

/** Adds records up, e.g. a unit with its sub-units, or every unit of the office for a period. */
export function sumAggregates(unitId: string, ikuId: string | null, periodKey: string, records: Iterable<UnitPeriodAggregate>): UnitPeriodAggregate {
  const total = emptyAggregate(unitId, ikuId, periodKey);
  for (const r of records) for (const k of counted) total[k] += r[k];
  return total;
}

/** `stored` with `added` counted in and `removed` counted out (records of the same key). */
export function shiftAggregate(stored: UnitPeriodAggregate, added: UnitPeriodAggregate | undefined, removed: UnitPeriodAggregate | undefined): UnitPeriodAggregate {
  const next = { ...stored };
  for (const k of counted) next[k] += (added?.[k] ?? 0) - (removed?.[k] ?? 0);
  return next;
}

export const ratedCount = (a: UnitPeriodAggregate): number => a.onTrack + a.atRisk + a.behind;
export const enteredCount = (a: UnitPeriodAggregate): number => ratedCount(a) + a.unrated;
export const expectedCount = (a: UnitPeriodAggregate): number => enteredCount(a) + a.missing;

/** Mean capaian (ratio) of the rated indicators, null when none is rated. */
export function meanCapaian(a: UnitPeriodAggregate): number | null {
  const rated = ratedCount(a);
  return rated === 0 ? null : a.capaianBp / rated / 10_000;
}

/** Share of the expected realisations entered (completeness of entry), null when none expected. */
export function completeness(a: UnitPeriodAggregate): number | null {
  const expected = expectedCount(a);
  return expected === 0 ? null : enteredCount(a) / expected;
}
