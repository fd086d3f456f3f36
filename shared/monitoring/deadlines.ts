import type { AppErrorData } from '../errors';
import { AppError } from '../errors';
import { addDays, daysBetween, requireIsoDate } from './days';
import type { MonitoringPeriod } from './periods';

/**
 * When a realisation may be entered. The rule: HR sets an entry deadline as a number of
 * days after the period ends; after it entries lock unless HR reopens the period until a date.
 * No regulation fixes the number, so it is office data (rules.ts).
 *
 * The states, for a period and the office's calendar date `today`:
 * - `not-started`: today is before the period's first day (nothing happened yet to report);
 * - `open`: from the first day through the closing day, both inclusive;
 * - `due-soon`: open, with at most `dueSoonDays` days left (0 = only the closing day itself);
 * - `locked`: after the closing day.
 * The closing day is the deadline (period end + deadlineDays), or HR's reopen date when that
 * is later. The deadline day itself is still open.
 *
 * "Overdue" is not a state of the period: it needs to know that a realisation is missing, which
 * the caller knows. daysOverdue() says how late an entry is if it is missing.
 */

export const entryStates = ['not-started', 'open', 'due-soon', 'locked'] as const;
export type EntryState = (typeof entryStates)[number];

export interface EntryWindowOptions {
  deadlineDays: number;
  /** Days before closing that count as due soon; 0 by default (only the closing day). */
  dueSoonDays?: number;
  /** The office's calendar date (ISO), not an instant. */
  today: string;
  /** HR reopened the period until this day (inclusive). */
  reopenedUntil?: string | null;
}

/** Whether a realisation may be written in this state (due soon is still open). */
export const isEntryOpen = (state: EntryState): boolean => state === 'open' || state === 'due-soon';

type PeriodDates = Pick<MonitoringPeriod, 'start' | 'end'>;

function checkDays(code: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new AppError(code, { value: String(value) });
}

/** The last day a realisation may be entered without a reopen. */
export function entryDeadline(period: Pick<MonitoringPeriod, 'end'>, deadlineDays: number): string {
  checkDays('monitoring.deadlineDaysInvalid', deadlineDays);
  return addDays(period.end, deadlineDays);
}

/** The last day entries are open: the deadline, or a later reopen date. */
export function entryClosesOn(period: Pick<MonitoringPeriod, 'end'>, deadlineDays: number, reopenedUntil?: string | null): string {
  const deadline = entryDeadline(period, deadlineDays);
  if (reopenedUntil === undefined || reopenedUntil === null) return deadline;
  // A reopen that ends before the regular deadline cannot shorten it.
  return requireIsoDate(reopenedUntil) > deadline ? reopenedUntil : deadline;
}

export function entryState(period: PeriodDates, options: EntryWindowOptions): EntryState {
  const { deadlineDays, dueSoonDays = 0, today, reopenedUntil } = options;
  checkDays('monitoring.dueSoonDaysInvalid', dueSoonDays);
  requireIsoDate(today);
  const closesOn = entryClosesOn(period, deadlineDays, reopenedUntil);
  if (today < requireIsoDate(period.start)) return 'not-started';
  const daysLeft = daysBetween(today, closesOn);
  if (daysLeft < 0) return 'locked';
  return daysLeft <= dueSoonDays ? 'due-soon' : 'open';
}

/**
 * Days past the regular deadline (0 until the day after it). Counted from the deadline even when
 * HR reopened the period: a reopen lets a late entry in, it does not make it on time.
 */
export function daysOverdue(period: Pick<MonitoringPeriod, 'end'>, deadlineDays: number, today: string): number {
  return Math.max(0, daysBetween(entryDeadline(period, deadlineDays), today));
}

/** Why a realisation cannot be entered today, or null when it can. */
export function entryProblem(period: MonitoringPeriod, options: EntryWindowOptions): AppErrorData | null {
  const state = entryState(period, options);
  if (state === 'not-started') return { code: 'monitoring.periodNotStarted', params: { period: period.key, start: period.start } };
  if (state === 'locked') {
    return { code: 'monitoring.periodLocked', params: { period: period.key, closedOn: entryClosesOn(period, options.deadlineDays, options.reopenedUntil) } };
  }
  return null;
}
