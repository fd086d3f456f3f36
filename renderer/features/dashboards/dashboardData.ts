import { capaian, displayCapaian, periodTarget, progressOf, type ProgressStatus } from '../../../shared/monitoring/capaian';
import { daysOverdue as daysPastDeadline, entryClosesOn } from '../../../shared/monitoring/deadlines';
import { periodsWithin, type MonitoringPeriod } from '../../../shared/monitoring/periods';
import { defaultRollup, rollup, type Rollup } from '../../../shared/monitoring/rollup';
import type { MonitoringYear, Realisation } from '../../../shared/monitoring/types';
import type { Iki, Skp } from '../../../shared/skp/types';

/**
 * The numbers of the Unit and Person dashboards, computed from one SKP and its realisations.
 * Pure: the pages load the records and call these; the tests give worked examples.
 *
 * Per IKI, for the period on screen (k-th of the SKP's n periods):
 * - "entered": a realisation exists for this period;
 * - capaian this period: this period's value against this period's own target (target ÷ n for a
 *   summed IKI, the target for an averaged or last-value one), capped for display;
 * - status to date: the rolled-up value of periods 1..k against the pro-rated target
 *   (progressOf). An IKI with no value for this period counts as "missing" (never as zero),
 *   whatever the earlier periods say: the dashboard asks "who still has to enter".
 */

type IkiLike = Pick<Iki, 'id' | 'target' | 'unit' | 'polarity'> & { rollup?: Rollup | null };
type SkpLike = Pick<Skp, 'id' | 'employeeId' | 'periodStart' | 'periodEnd' | 'snapshot'> & { rhk: { indicators: IkiLike[] }[] };
type RealisationLike = Pick<Realisation, 'ikiId' | 'periodKey' | 'value'>;
type YearLike = Pick<MonitoringYear, 'rules' | 'reopened'>;

export const methodOf = (iki: IkiLike): Rollup => iki.rollup ?? defaultRollup(iki.unit);

export interface StatusCounts {
  onTrack: number;
  atRisk: number;
  behind: number;
  missing: number;
}

export const emptyCounts = (): StatusCounts => ({ onTrack: 0, atRisk: 0, behind: 0, missing: 0 });

const countKey: Record<ProgressStatus, keyof StatusCounts> = { 'on-track': 'onTrack', 'at-risk': 'atRisk', behind: 'behind' };

export interface PersonRow {
  skpId: string;
  employeeId: string;
  name: string;
  nip: string;
  unit: string;
  ikiCount: number;
  /** IKIs with a realisation for this period. */
  entered: number;
  /** Mean of the display-capped capaian this period over the IKIs that have one; null when none. */
  meanCapaian: number | null;
  counts: StatusCounts;
  /** Days past the deadline of the last locked period (up to this one) with an IKI missing; 0 when none. */
  daysOverdue: number;
  overduePeriod: string | null;
  /** False when the period on screen lies outside this SKP (a mutasi SKP that ended). */
  inside: boolean;
}

function valuesByIki(realisations: readonly RealisationLike[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of realisations) {
    let m = out.get(r.ikiId);
    if (!m) out.set(r.ikiId, (m = new Map()));
    m.set(r.periodKey, r.value);
  }
  return out;
}

function isLocked(year: YearLike, period: MonitoringPeriod, today: string): boolean {
  return today > entryClosesOn(period, year.rules.deadlineDays, year.reopened[period.key]?.until ?? null);
}

/** One person's row of the Unit dashboard. */
export function personRow(skp: SkpLike, realisations: readonly RealisationLike[], year: YearLike, periodKey: string, today: string): PersonRow {
  const { rules } = year;
  const thresholds = { onTrackPercent: rules.onTrackPercent, atRiskPercent: rules.atRiskPercent };
  const ikis = skp.rhk.flatMap((r) => r.indicators);
  const periods = periodsWithin(skp.periodStart, skp.periodEnd, rules.rhythm);
  const index = periods.findIndex((p) => p.key === periodKey);
  const values = valuesByIki(realisations);
  const counts = emptyCounts();
  let entered = 0;
  let sum = 0;
  let withCapaian = 0;
  if (index >= 0) {
    for (const iki of ikis) {
      const own = values.get(iki.id) ?? new Map<string, number>();
      const value = own.get(periodKey) ?? null;
      if (value === null) {
        counts.missing += 1;
        continue;
      }
      entered += 1;
      const method = methodOf(iki);
      const shown = displayCapaian(capaian(value, iki.target === null ? null : periodTarget(iki.target, method, periods.length), iki.polarity), rules.capPercent);
      if (shown) {
        sum += shown.shown;
        withCapaian += 1;
      }
      const upTo = rollup(method, periods.slice(0, index + 1).map((p) => ({ periodKey: p.key, value: own.get(p.key) ?? null })));
      const status = progressOf({ toDate: upTo.value, target: iki.target, polarity: iki.polarity, rollup: method, periodIndex: index + 1, periodCount: periods.length }, thresholds).status;
      if (status === null) counts.missing += 1;
      else counts[countKey[status]] += 1;
    }
  }
  // The last locked period, up to the one on screen, where some IKI has no value.
  let overduePeriod: MonitoringPeriod | null = null;
  const last = index >= 0 ? index : periods.filter((p) => p.start <= today).length - 1;
  for (let i = last; i >= 0 && !overduePeriod; i -= 1) {
    const p = periods[i]!;
    if (isLocked(year, p, today) && ikis.some((iki) => !values.get(iki.id)?.has(p.key))) overduePeriod = p;
  }
  return {
    skpId: skp.id,
    employeeId: skp.employeeId,
    name: skp.snapshot.employee.name,
    nip: skp.snapshot.employee.nip,
    unit: skp.snapshot.employee.unit,
    ikiCount: ikis.length,
    entered,
    meanCapaian: withCapaian === 0 ? null : sum / withCapaian,
    counts,
    daysOverdue: overduePeriod ? daysPastDeadline(overduePeriod, rules.deadlineDays, today) : 0,
    overduePeriod: overduePeriod?.key ?? null,
    inside: index >= 0,
  };
}

/** Who is overdue first (most days first), then by name. */
export function sortOverdueFirst(rows: readonly PersonRow[]): PersonRow[] {
  return [...rows].sort((a, b) => b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name) || a.skpId.localeCompare(b.skpId));
}

export function totalCounts(rows: readonly PersonRow[]): StatusCounts & { total: number } {
  const out = { ...emptyCounts(), total: 0 };
  for (const r of rows) {
    for (const k of ['onTrack', 'atRisk', 'behind', 'missing'] as const) out[k] += r.counts[k];
  }
  out.total = out.onTrack + out.atRisk + out.behind + out.missing;
  return out;
}

export interface TrendPoint {
  periodKey: string;
  value: number | null;
  /** This period's display-capped capaian against `target`. */
  capaian: number | null;
  /** The target line: the period's share (target ÷ n) for a summed IKI, the target otherwise. */
  target: number | null;
}

/** One IKI's trend over the SKP's periods, for the Person dashboard. */
export function ikiTrend(iki: IkiLike, periods: readonly MonitoringPeriod[], realisations: readonly RealisationLike[], capPercent: number): TrendPoint[] {
  const method = methodOf(iki);
  const target = iki.target === null ? null : periodTarget(iki.target, method, periods.length);
  const own = new Map(realisations.filter((r) => r.ikiId === iki.id).map((r) => [r.periodKey, r.value]));
  return periods.map((p) => {
    const value = own.get(p.key) ?? null;
    return { periodKey: p.key, value, target, capaian: displayCapaian(capaian(value, target, iki.polarity), capPercent)?.shown ?? null };
  });
}
