import { capaian, displayCapaian, periodTarget, progressOf, type DisplayedCapaian, type ProgressStatus } from '../../../shared/monitoring/capaian';
import type { MonitoringPeriod } from '../../../shared/monitoring/periods';
import { defaultRollup, rollup } from '../../../shared/monitoring/rollup';
import type { MonitoringRules } from '../../../shared/monitoring/rules';
import type { Iki } from '../../../shared/skp/types';

/** Where one IKI stands in one period and up to it, for the entry screen. */
export interface IkiProgress {
  /** This period's realisation, null when missing (never zero). */
  value: number | null;
  /** This period's capaian against its share of the target (target ÷ n for a sum). */
  period: DisplayedCapaian | null;
  /** The rolled-up value of the SKP's periods up to this one, and its capaian against the pro-rated target. */
  toDate: number | null;
  toDateCapaian: DisplayedCapaian | null;
  expected: number | null;
  status: ProgressStatus | null;
}

/**
 * `periods` are the SKP's periods in order (periodsWithin), `values` the IKI's realisations by
 * period key. The roll-up method is the unit's default (a count is summed, a rate averaged):
 * an IKI does not store its own yet.
 */
export function ikiProgress(iki: Pick<Iki, 'target' | 'unit' | 'polarity' | 'rollup'>, periods: readonly MonitoringPeriod[], periodKey: string, values: ReadonlyMap<string, number>, rules: MonitoringRules): IkiProgress {
  const index = periods.findIndex((p) => p.key === periodKey);
  const value = values.get(periodKey) ?? null;
  if (index < 0) return { value, period: null, toDate: null, toDateCapaian: null, expected: null, status: null };
  const method = iki.rollup ?? defaultRollup(iki.unit);
  const own = iki.target === null ? null : periodTarget(iki.target, method, periods.length);
  const upTo = rollup(method, periods.slice(0, index + 1).map((p) => ({ periodKey: p.key, value: values.get(p.key) ?? null })));
  const progress = progressOf(
    { toDate: upTo.value, target: iki.target, polarity: iki.polarity, rollup: method, periodIndex: index + 1, periodCount: periods.length },
    { onTrackPercent: rules.onTrackPercent, atRiskPercent: rules.atRiskPercent },
  );
  return {
    value,
    period: displayCapaian(capaian(value, own, iki.polarity), rules.capPercent),
    toDate: upTo.value,
    toDateCapaian: displayCapaian(progress.capaian, rules.capPercent),
    expected: progress.expected,
    status: progress.status,
  };
}

/** The period a screen opens on: the one holding today, else the nearest end of the list. */
export function currentPeriodKey(periods: readonly MonitoringPeriod[], today: string): string | null {
  if (periods.length === 0) return null;
  const holding = periods.find((p) => p.start <= today && today <= p.end);
  if (holding) return holding.key;
  return today < periods[0]!.start ? periods[0]!.key : periods[periods.length - 1]!.key;
}
