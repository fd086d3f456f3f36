import type { GoalNode } from '../skp/cascade';
import type { Iki, Skp } from '../skp/types';
import { capaian, displayCapaian, periodTarget, progressOf, statusOf, type ProgressStatus } from './capaian';
import { periodsWithin, type MonitoringPeriod } from './periods';
import { defaultRollup, rollup, type Rollup } from './rollup';
import type { MonitoringRules } from './rules';
import type { Realisation } from './types';

/**
 * Capaian per RHK, for colouring the pohon kinerja: how far an RHK's IKIs have come in one
 * period, or up to it.
 * - `period`: each IKI's value of that period against that period's own share of the target
 *   (target ÷ n for a summed IKI, the target for an averaged or last-value one), as the
 *   dashboards show it;
 * - `toDate`: each IKI's periods 1..k rolled up (rollup()) against the pro-rated target
 *   (progressOf), as the entry screen's "to date" shows it.
 * The RHK's capaian is the mean of its IKIs' display-capped capaian (so one IKI far above
 * target does not hide another far below), over the IKIs that have one; its status is that
 * mean against the office's thresholds, so the status always agrees with the number shown.
 * An IKI without a value is "no data", never zero: it is left out of the mean and counted as
 * not entered. No IKI with a value: capaian and status are null.
 */

export type CapaianScope = 'period' | 'toDate';

export interface RhkCapaian {
  /** Mean display-capped capaian (a ratio, 0.95 is 95 %), null when no IKI has one. */
  capaian: number | null;
  /** The mean against the thresholds; null is "no data". */
  status: ProgressStatus | null;
  /** IKIs with a value (this period's, or any period's up to it for `toDate`). */
  entered: number;
  /** IKIs that should have one: all of them, or none when the period lies outside the SKP. */
  expected: number;
}

export type IkiForCapaian = Pick<Iki, 'id' | 'target' | 'unit' | 'polarity'> & { rollup?: Rollup | null };
export type RealisationForCapaian = Pick<Realisation, 'ikiId' | 'periodKey' | 'value'>;
type Rules = Pick<MonitoringRules, 'rhythm' | 'capPercent' | 'onTrackPercent' | 'atRiskPercent'>;

const noData: RhkCapaian = { capaian: null, status: null, entered: 0, expected: 0 };

const methodOf = (iki: IkiForCapaian): Rollup => iki.rollup ?? defaultRollup(iki.unit);

/**
 * One RHK. `periods` are the SKP's periods in order (periodsWithin), `values` the IKIs'
 * realisations by IKI id, then period key (only the periods the scope needs are read).
 */
export function rhkCapaian(
  indicators: readonly IkiForCapaian[],
  periods: readonly MonitoringPeriod[],
  values: ReadonlyMap<string, ReadonlyMap<string, number>>,
  rules: Rules,
  periodKey: string,
  scope: CapaianScope = 'period',
): RhkCapaian {
  const index = periods.findIndex((p) => p.key === periodKey);
  if (index < 0 || indicators.length === 0) return noData;
  const thresholds = { onTrackPercent: rules.onTrackPercent, atRiskPercent: rules.atRiskPercent };
  let entered = 0;
  let sum = 0;
  let withCapaian = 0;
  for (const iki of indicators) {
    const own = values.get(iki.id);
    const method = methodOf(iki);
    let raw: number | null;
    if (scope === 'period') {
      const value = own?.get(periodKey) ?? null;
      if (value !== null) entered += 1;
      raw = capaian(value, iki.target === null ? null : periodTarget(iki.target, method, periods.length), iki.polarity);
    } else {
      const upTo = rollup(method, periods.slice(0, index + 1).map((p) => ({ periodKey: p.key, value: own?.get(p.key) ?? null })));
      if (upTo.value !== null) entered += 1;
      raw = progressOf({ toDate: upTo.value, target: iki.target, polarity: iki.polarity, rollup: method, periodIndex: index + 1, periodCount: periods.length }, thresholds).capaian;
    }
    const shown = displayCapaian(raw, rules.capPercent);
    if (shown) {
      sum += shown.shown;
      withCapaian += 1;
    }
  }
  const mean = withCapaian === 0 ? null : sum / withCapaian;
  return { capaian: mean, status: statusOf(mean, thresholds), entered, expected: indicators.length };
}

export type SkpForCapaian = Pick<Skp, 'periodStart' | 'periodEnd'> & { rhk: readonly { id: string; indicators: readonly IkiForCapaian[] }[] };

/** Every RHK of one SKP, by RHK id, from that SKP's realisations (any periods; the scope picks). */
export function skpCapaian(skp: SkpForCapaian, realisations: readonly RealisationForCapaian[], rules: Rules, periodKey: string, scope: CapaianScope = 'period'): Map<string, RhkCapaian> {
  const out = new Map<string, RhkCapaian>();
  addSkpCapaian(out, skp, periodsWithin(skp.periodStart, skp.periodEnd, rules.rhythm), realisations, rules, periodKey, scope);
  return out;
}

function addSkpCapaian(out: Map<string, RhkCapaian>, skp: SkpForCapaian, periods: readonly MonitoringPeriod[], realisations: readonly RealisationForCapaian[], rules: Rules, periodKey: string, scope: CapaianScope) {
  const values = new Map<string, Map<string, number>>();
  for (const r of realisations) {
    let own = values.get(r.ikiId);
    if (!own) values.set(r.ikiId, (own = new Map()));
    own.set(r.periodKey, r.value);
  }
  for (const rhk of skp.rhk) out.set(rhk.id, rhkCapaian(rhk.indicators, periods, values, rules, periodKey, scope));
}

/**
 * Every RHK of many SKPs (a whole office), by RHK id, from their realisations (each names its
 * SKP). The periods are worked out once per date range: most SKPs run the whole year.
 */
export function officeCapaian(
  skps: readonly (SkpForCapaian & { id: string })[],
  realisations: readonly (RealisationForCapaian & { skpId: string })[],
  rules: Rules,
  periodKey: string,
  scope: CapaianScope = 'period',
): Map<string, RhkCapaian> {
  const bySkp = new Map<string, RealisationForCapaian[]>();
  for (const r of realisations) {
    let list = bySkp.get(r.skpId);
    if (!list) bySkp.set(r.skpId, (list = []));
    list.push(r);
  }
  const periodsOfRange = new Map<string, MonitoringPeriod[]>();
  const out = new Map<string, RhkCapaian>();
  for (const skp of skps) {
    const range = `${skp.periodStart}/${skp.periodEnd}`;
    let periods = periodsOfRange.get(range);
    if (!periods) periodsOfRange.set(range, (periods = periodsWithin(skp.periodStart, skp.periodEnd, rules.rhythm)));
    addSkpCapaian(out, skp, periods, bySkp.get(skp.id) ?? [], rules, periodKey, scope);
  }
  return out;
}

/**
 * An IKU: the mean of the capaian of the RHK that intervene it directly (the head's RHK with
 * parent {kind:'iku'}), over those that have one; entered and expected add up. Its status is
 * that mean against the thresholds, like an RHK's.
 */
export function ikuCapaian(below: readonly RhkCapaian[], rules: Pick<MonitoringRules, 'onTrackPercent' | 'atRiskPercent'>): RhkCapaian {
  let sum = 0;
  let withCapaian = 0;
  let entered = 0;
  let expected = 0;
  for (const c of below) {
    entered += c.entered;
    expected += c.expected;
    if (c.capaian !== null) {
      sum += c.capaian;
      withCapaian += 1;
    }
  }
  const mean = withCapaian === 0 ? null : sum / withCapaian;
  return { capaian: mean, status: statusOf(mean, { onTrackPercent: rules.onTrackPercent, atRiskPercent: rules.atRiskPercent }), entered, expected };
}

/**
 * What the tree shows, by node key (`r:<rhk id>`, `i:<iku id>`): every RHK given, and each IKU
 * of the goals from the RHK hanging directly below it. Goals get nothing: a sasaran's IKU
 * measure different things, and their mean would mean nothing. Computed once per period
 * change, so a row only looks its key up.
 */
export function capaianByNode(goals: readonly GoalNode[], byRhk: ReadonlyMap<string, RhkCapaian>, rules: Pick<MonitoringRules, 'onTrackPercent' | 'atRiskPercent'>): Map<string, RhkCapaian> {
  const out = new Map<string, RhkCapaian>();
  for (const [rhkId, c] of byRhk) out.set(`r:${rhkId}`, c);
  for (const goal of goals) {
    for (const iku of goal.children) {
      out.set(iku.key, ikuCapaian(iku.children.map((rhk) => byRhk.get(rhk.id) ?? noData), rules));
    }
  }
  return out;
}
