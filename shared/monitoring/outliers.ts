import type { AppErrorData } from '../errors';

/**
 * Data checks while a realisation is entered. They flag, never block: a flagged value can be
 * right, and the person can explain it in a note. Reasons are data ({ code, params }) so the
 * screen can say "Nilai 250 jauh di luar riwayat (median 12)" in the user's language.
 */

/**
 * Modified z-score of Iglewicz and Hoaglin (1993), "How to Detect and Handle Outliers", ASQC
 * Basic References in Quality Control vol. 16 (also NIST/SEMATECH e-Handbook §1.3.5.17):
 *   M = 0.6745 × (x − median) ÷ MAD, MAD = median of |xᵢ − median|; |M| > 3.5 is an outlier.
 * When MAD is 0 (more than half the values equal), the mean-absolute-deviation variant used by
 * IBM Cognos Analytics ("Modified z score"): M = (x − median) ÷ (1.253314 × MeanAD), i.e.
 * 0.7979 × (x − median) ÷ MeanAD. When MeanAD is 0 too there is no spread to measure against.
 */
export const modifiedZ = {
  madConstant: 0.6745,
  meanAdConstant: 0.7979,
  threshold: 3.5,
  /** Fewer earlier values say too little about what is usual for this person. */
  minHistory: 4,
} as const;

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface HistoryScore {
  score: number;
  /** Median of the history the value was judged against. */
  median: number;
}

/**
 * The modified z-score of `value` against the person's earlier values of the same indicator, or
 * null when it cannot judge: fewer than `minHistory` finite earlier values, or a history with no
 * spread at all (every earlier value the same, so MAD and MeanAD are both 0).
 *
 * The median and spread are those of the history alone, the new value left out: the question is
 * "is this unusual for this person", so the value under judgement must not widen its own yardstick.
 * The cost is a flat history (12, 12, 12, 12): any new value would be infinitely unusual, which
 * says nothing about how far off it is, so it is not judged; the indicator's min/max catch the
 * absurd value there.
 */
export function historyScore(value: number, history: readonly number[]): HistoryScore | null {
  const earlier = history.filter(Number.isFinite);
  if (earlier.length < modifiedZ.minHistory || !Number.isFinite(value)) return null;
  const mid = median(earlier);
  const deviations = earlier.map((x) => Math.abs(x - mid));
  const mad = median(deviations);
  if (mad > 0) return { score: (modifiedZ.madConstant * (value - mid)) / mad, median: mid };
  const meanAd = deviations.reduce((sum, d) => sum + d, 0) / deviations.length;
  if (meanAd === 0) return null;
  return { score: (modifiedZ.meanAdConstant * (value - mid)) / meanAd, median: mid };
}

export interface ValueCheck {
  /** The indicator's allowed range, inclusive, when set. */
  min?: number | null;
  max?: number | null;
  /** The person's earlier realisations of this indicator (any order). */
  history?: readonly number[];
}

/** Flags for a realisation: outside min/max, and far from the person's own history. */
export function valueFlags(value: number, check: ValueCheck): AppErrorData[] {
  const flags: AppErrorData[] = [];
  const { min, max, history = [] } = check;
  if (min !== null && min !== undefined && value < min) flags.push({ code: 'monitoring.belowMin', params: { value, min } });
  if (max !== null && max !== undefined && value > max) flags.push({ code: 'monitoring.aboveMax', params: { value, max } });
  const judged = historyScore(value, history);
  if (judged !== null && Math.abs(judged.score) > modifiedZ.threshold) {
    flags.push({ code: 'monitoring.outlierHistory', params: { value, median: judged.median, score: Math.round(judged.score * 10) / 10 } });
  }
  return flags;
}
