import type { AppErrorData } from '../errors';
import { AppError } from '../errors';
import type { Polarity } from '../skp/tables';
import type { Rollup } from './rollup';

/**
 * Capaian (achievement) of an indicator: realisation against target (domain.md §4), as a ratio
 * (0.75 is 75 %, what Intl's percent style expects).
 * - higher is better: realisation ÷ target;
 * - lower is better (days to serve a request, complaints): target ÷ realisation.
 *
 * Zeros, where the ratio is undefined, decided here once:
 * - target 0 and realisation 0: 100 % (exactly what was asked, either polarity);
 * - higher is better, target 0, realisation > 0: Infinity ("more than any target"); lower is
 *   better, realisation 0, target > 0: Infinity ("none at all", the best possible). Infinity is
 *   the honest raw value; displayCapaian() shows and counts it as the office's cap;
 * - lower is better, target 0, realisation > 0: 0 ÷ r = 0 % (a "zero findings" target missed).
 * No capaian (null) when the realisation or the target is missing (missing is never zero), not
 * a finite number, or negative: a ratio of a negative value does not say better or worse.
 */
export function capaian(realisation: number | null | undefined, target: number | null | undefined, polarity: Polarity): number | null {
  if (noCapaianReason(realisation, target) !== null) return null;
  const r = realisation as number;
  const t = target as number;
  if (r === 0 && t === 0) return 1;
  if (polarity === 'higher') return t === 0 ? Infinity : r / t;
  return r === 0 ? Infinity : t / r;
}

/** Why capaian() gave null, for a tooltip or an import report; null when it gives a value. */
export function noCapaianReason(realisation: number | null | undefined, target: number | null | undefined): AppErrorData | null {
  if (realisation === null || realisation === undefined || !Number.isFinite(realisation)) return { code: 'monitoring.realisationMissing' };
  if (target === null || target === undefined || !Number.isFinite(target)) return { code: 'monitoring.targetMissing' };
  if (realisation < 0) return { code: 'monitoring.valueNegative', params: { value: realisation } };
  if (target < 0) return { code: 'monitoring.valueNegative', params: { value: target } };
  return null;
}

export interface DisplayedCapaian {
  /** What screens, exports and averages use: the raw value, at most the cap. */
  shown: number;
  /** The computed ratio, possibly above the cap or Infinity. */
  raw: number;
  capped: boolean;
}

/** A cap below 100 % would hide a met target; there is no regulation, 120 % is our default. */
export function checkCapPercent(capPercent: number): void {
  if (!Number.isFinite(capPercent) || capPercent < 100) throw new AppError('monitoring.capInvalid', { cap: String(capPercent) });
}

/** Caps a capaian for display (the office's cap, e.g. 120 %), keeping the raw value. */
export function displayCapaian(value: number, capPercent: number): DisplayedCapaian;
export function displayCapaian(value: number | null, capPercent: number): DisplayedCapaian | null;
export function displayCapaian(value: number | null, capPercent: number): DisplayedCapaian | null {
  checkCapPercent(capPercent);
  if (value === null) return null;
  const cap = capPercent / 100;
  return value > cap ? { shown: cap, raw: value, capped: true } : { shown: value, raw: value, capped: false };
}

/**
 * A ratio in basis points (1 = 0.01 %), rounded: 0.75 → 7500. Statuses and aggregates compare
 * and add these integers, so 79.999999 % from floating-point division counts as the 80.00 %
 * the screen shows, and sums never drift. Infinity stays Infinity.
 */
export function toBasisPoints(ratio: number): number {
  return Number.isFinite(ratio) ? Math.round(ratio * 10_000) : ratio;
}

export const progressStatuses = ['on-track', 'at-risk', 'behind'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

/** Lowest capaian (percent, inclusive) for on track and for at risk; below at risk is behind. */
export interface StatusThresholds {
  onTrackPercent: number;
  atRiskPercent: number;
}
/** No regulation sets these; the example. Configurable per office (rules.ts). */
export const defaultThresholds: StatusThresholds = { onTrackPercent: 100, atRiskPercent: 80 };

export function checkThresholds({ onTrackPercent, atRiskPercent }: StatusThresholds): void {
  if (!Number.isFinite(onTrackPercent) || !Number.isFinite(atRiskPercent) || atRiskPercent < 0 || atRiskPercent > onTrackPercent) {
    throw new AppError('monitoring.thresholdsInvalid', { onTrack: String(onTrackPercent), atRisk: String(atRiskPercent) });
  }
}

/** Status of a capaian (raw, not capped); null when there is none. */
export function statusOf(ratio: number | null, thresholds: StatusThresholds = defaultThresholds): ProgressStatus | null {
  checkThresholds(thresholds);
  if (ratio === null) return null;
  const bp = toBasisPoints(ratio);
  if (bp >= Math.round(thresholds.onTrackPercent * 100)) return 'on-track';
  if (bp >= Math.round(thresholds.atRiskPercent * 100)) return 'at-risk';
  return 'behind';
}

function checkProgressIndex(periodIndex: number, periodCount: number): void {
  if (!Number.isInteger(periodCount) || periodCount < 1 || !Number.isInteger(periodIndex) || periodIndex < 1 || periodIndex > periodCount) {
    throw new AppError('monitoring.progressIndexInvalid', { index: String(periodIndex), count: String(periodCount) });
  }
}

/**
 * What the to-date value should be by the k-th of the SKP's n periods (n from periodsWithin, so a
 * mutasi SKP of two quarters has n = 2). A summed indicator is expected to accrue evenly:
 * target × k ÷ n. An averaged or last-value indicator is expected at its target all year.
 */
export function expectedToDate(target: number, rollup: Rollup, periodIndex: number, periodCount: number): number {
  checkProgressIndex(periodIndex, periodCount);
  return rollup === 'sum' ? (target * periodIndex) / periodCount : target;
}

/** One period's own share of the target: expectedToDate for k = 1 (target ÷ n for a sum). */
export function periodTarget(target: number, rollup: Rollup, periodCount: number): number {
  return expectedToDate(target, rollup, 1, periodCount);
}

export interface ProgressInput {
  /** The rolled-up value through period k (rollup()), null when no period has data. */
  toDate: number | null;
  /** The indicator's target for the SKP. */
  target: number | null;
  polarity: Polarity;
  rollup: Rollup;
  periodIndex: number;
  periodCount: number;
}

export interface Progress {
  expected: number | null;
  capaian: number | null;
  status: ProgressStatus | null;
}

/** Where an indicator stands by period k: its to-date value against the pro-rated target. */
export function progressOf(input: ProgressInput, thresholds: StatusThresholds = defaultThresholds): Progress {
  const { toDate, target, polarity, rollup, periodIndex, periodCount } = input;
  checkProgressIndex(periodIndex, periodCount);
  const expected = target === null || !Number.isFinite(target) ? null : expectedToDate(target, rollup, periodIndex, periodCount);
  const value = capaian(toDate, expected, polarity);
  return { expected, capaian: value, status: statusOf(value, thresholds) };
}
