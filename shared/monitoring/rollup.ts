import { AppError } from '../errors';
import { requirePeriodKey } from './periods';

/**
 * The annual (or to-date) value of an indicator from its periods (domain.md §4: "annual from the
 * periods by sum, average or last value depending on the indicator"):
 * - `sum`: counts that accumulate (12 Dokumen a year = the documents of each quarter added up);
 * - `average`: levels and rates measured each period (a percentage, days to serve a request, a
 *   satisfaction index): adding four quarters of "95 %" means nothing;
 * - `last`: a stock or a state at the latest report (a progress percentage, a balance).
 *
 * A period without a realisation is missing, never zero: it adds nothing to a sum, is skipped by
 * average and last, and is named in the result so the screen can say which are missing.
 */

export const rollups = ['sum', 'average', 'last'] as const;
export type Rollup = (typeof rollups)[number];

/**
 * Units whose values are levels or rates, read as `average` by default; any other unit (Dokumen,
 * Laporan, Kegiatan, Orang, Bulan, JP…) counts things and is summed. No regulation names the
 * rollup, so this is only the default offered when an IKI is written; the IKI keeps its choice.
 * Matched on the unit's first word, lower case, so "Hari kerja" and "Indeks Kepuasan" count.
 */
export const averageUnitWords: readonly string[] = [
  // percentages
  '%', 'persen', 'persentase', 'percent', 'percentage',
  // durations of a service (days, hours, minutes to finish a request)
  'hari', 'day', 'days', 'jam', 'hour', 'hours', 'menit', 'minute', 'minutes',
  // scores and indices
  'nilai', 'indeks', 'index', 'skor', 'score', 'rasio', 'ratio',
];

export function defaultRollup(unit: string): Rollup {
  const text = unit.trim().toLowerCase();
  if (text.includes('%')) return 'average';
  const firstWord = text.split(/[\s(/]+/)[0] ?? '';
  return averageUnitWords.includes(firstWord) ? 'average' : 'sum';
}

export interface PeriodValue {
  periodKey: string;
  /** Null is a missing realisation (so is NaN or Infinity, which no entry form produces). */
  value: number | null;
}

export interface RollupResult {
  /** Null when no period has data. */
  value: number | null;
  periodCount: number;
  periodsWithData: number;
  /** Keys of the periods without data, in time order. */
  missing: string[];
  /** The latest period with data (the one `last` reads), or null. */
  lastWithData: string | null;
}

/**
 * Rolls up the periods the caller expects (normally every period of the SKP up to the one being
 * viewed, from periodsWithin), in any order: they are put in time order here. One rhythm only,
 * each period once, or the sum would count a month twice.
 */
export function rollup(method: Rollup, periods: readonly PeriodValue[]): RollupResult {
  const seen = new Set<string>();
  let rhythm: string | null = null;
  for (const { periodKey } of periods) {
    const period = requirePeriodKey(periodKey);
    if (seen.has(periodKey)) throw new AppError('monitoring.periodDuplicate', { key: periodKey });
    seen.add(periodKey);
    if (rhythm !== null && rhythm !== period.rhythm) throw new AppError('monitoring.rhythmMixed', { key: periodKey, rhythm });
    rhythm = period.rhythm;
  }
  // Same rhythm: the canonical keys sort in time order as text.
  const ordered = [...periods].sort((a, b) => (a.periodKey < b.periodKey ? -1 : a.periodKey > b.periodKey ? 1 : 0));
  const hasData = (p: PeriodValue): p is PeriodValue & { value: number } => p.value !== null && Number.isFinite(p.value);
  const withData = ordered.filter(hasData);
  const missing = ordered.filter((p) => !hasData(p)).map((p) => p.periodKey);
  const last = withData[withData.length - 1] ?? null;
  const total = withData.reduce((sum, p) => sum + p.value, 0);
  const value = last === null ? null : method === 'sum' ? total : method === 'average' ? total / withData.length : last.value;
  return { value, periodCount: ordered.length, periodsWithData: withData.length, missing, lastWithData: last?.periodKey ?? null };
}
