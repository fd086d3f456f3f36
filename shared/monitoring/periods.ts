import { dateYearRange } from '../dates';
import type { AppErrorData } from '../errors';
import { AppError } from '../errors';
import { lastDayOfMonth, requireIsoDate } from './days';

/**
 * Monitoring periods. PermenPANRB 6/2022 asks for periodic monitoring but leaves the rhythm to
 * the agency: the official example form (Lampiran, "Pemantauan Kinerja") is quarterly, many
 * offices work monthly, some by semester. So the rhythm is data, chosen by HR per year.
 *
 * A period has one spelling as a key, `YYYY-M01`…`YYYY-M12`, `YYYY-Q1`…`YYYY-Q4`,
 * `YYYY-S1`/`YYYY-S2`, because realisations, aggregates and imports are all keyed by it: two
 * spellings of one quarter would split its numbers. Keys of one rhythm sort by time as text.
 */

export const rhythms = ['monthly', 'quarterly', 'semester'] as const;
export type Rhythm = (typeof rhythms)[number];

/** Per rhythm: the letter in the key, months per period, and index digits (M01 keeps months sortable). */
export const rhythmTable: Readonly<Record<Rhythm, { letter: 'M' | 'Q' | 'S'; months: number; digits: number }>> = {
  monthly: { letter: 'M', months: 1, digits: 2 },
  quarterly: { letter: 'Q', months: 3, digits: 1 },
  semester: { letter: 'S', months: 6, digits: 1 },
};

export const periodsPerYear = (rhythm: Rhythm): number => 12 / rhythmTable[rhythm].months;

export interface MonitoringPeriod {
  key: string;
  year: number;
  rhythm: Rhythm;
  /** 1-based position in the year: Q3 is 3, M01 is 1. */
  index: number;
  /** ISO dates, both inclusive. */
  start: string;
  end: string;
}

/** The dates an SKP covers (Skp.periodStart/periodEnd), inclusive. */
export interface DateRange {
  periodStart: string;
  periodEnd: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < dateYearRange.min || year > dateYearRange.max) {
    throw new AppError('monitoring.yearInvalid', { year: String(year) });
  }
}

/** The period `index` (1-based) of `year`. */
export function periodAt(year: number, rhythm: Rhythm, index: number): MonitoringPeriod {
  checkYear(year);
  const { letter, months, digits } = rhythmTable[rhythm];
  if (!Number.isInteger(index) || index < 1 || index > periodsPerYear(rhythm)) {
    throw new AppError('monitoring.periodIndexInvalid', { index: String(index), rhythm });
  }
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    key: `${year}-${letter}${pad(index, digits)}`,
    year,
    rhythm,
    index,
    start: `${year}-${pad(firstMonth, 2)}-01`,
    end: `${year}-${pad(lastMonth, 2)}-${pad(lastDayOfMonth(year, lastMonth), 2)}`,
  };
}

export function periodsOf(year: number, rhythm: Rhythm): MonitoringPeriod[] {
  return Array.from({ length: periodsPerYear(rhythm) }, (_, i) => periodAt(year, rhythm, i + 1));
}

const KEY = /^(\d{4})-(?:M(\d{2})|Q(\d)|S(\d))$/;

/** The period a key names, or null for anything but the one canonical spelling. */
export function parsePeriodKey(key: string): MonitoringPeriod | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const [rhythm, index]: [Rhythm, number] =
    match[2] !== undefined ? ['monthly', Number(match[2])] : match[3] !== undefined ? ['quarterly', Number(match[3])] : ['semester', Number(match[4])];
  if (year < dateYearRange.min || year > dateYearRange.max || index < 1 || index > periodsPerYear(rhythm)) return null;
  return periodAt(year, rhythm, index);
}

export function requirePeriodKey(key: string): MonitoringPeriod {
  const period = parsePeriodKey(key);
  if (!period) throw new AppError('monitoring.periodKeyInvalid', { key: String(key) });
  return period;
}

/** The period of `rhythm` that holds the day `dateIso`. */
export function periodOf(dateIso: string, rhythm: Rhythm): MonitoringPeriod {
  requireIsoDate(dateIso);
  const month = Number(dateIso.slice(5, 7));
  return periodAt(Number(dateIso.slice(0, 4)), rhythm, Math.ceil(month / rhythmTable[rhythm].months));
}

/**
 * The periods that share at least one day with an SKP's dates, in order. A mutasi SKP from
 * 2026-07-01 to 2026-12-31 gets Q3 and Q4 only; one from 2026-08-15 gets Q3 as well, which the
 * previous SKP (to 2026-08-14) also holds: each SKP reports that quarter for its own part.
 * A reversed range overlaps nothing.
 */
export function periodsWithin(periodStart: string, periodEnd: string, rhythm: Rhythm): MonitoringPeriod[] {
  requireIsoDate(periodStart);
  requireIsoDate(periodEnd);
  if (periodStart > periodEnd) return [];
  const out: MonitoringPeriod[] = [];
  for (let year = Number(periodStart.slice(0, 4)); year <= Number(periodEnd.slice(0, 4)); year++) {
    for (const period of periodsOf(year, rhythm)) {
      // ISO dates compare as text in calendar order.
      if (period.end >= periodStart && period.start <= periodEnd) out.push(period);
    }
  }
  return out;
}

/** Whether the period shares at least one day with the SKP; a malformed key is not. */
export function isWithinSkp(periodKey: string, skp: DateRange): boolean {
  const period = parsePeriodKey(periodKey);
  return period !== null && period.end >= skp.periodStart && period.start <= skp.periodEnd;
}

/** Why a realisation cannot be recorded for this period of this SKP, or null when it can. */
export function periodProblem(periodKey: string, skp: DateRange): AppErrorData | null {
  if (!parsePeriodKey(periodKey)) return { code: 'monitoring.periodKeyInvalid', params: { key: String(periodKey) } };
  if (!isWithinSkp(periodKey, skp)) {
    return { code: 'monitoring.periodOutsideSkp', params: { period: periodKey, start: skp.periodStart, end: skp.periodEnd } };
  }
  return null;
}
