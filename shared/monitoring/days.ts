import { isoFromParts } from '../dates';
import { AppError } from '../errors';

/**
 * Calendar days as the monitoring rules see them: an ISO date (`2026-03-31`) names a day in the
 * office's calendar, with no time and no time zone. Arithmetic goes through a day number (days
 * since 1970-01-01, computed with Date.UTC), never through a local-time Date, so a PC set to the
 * wrong zone or crossing midnight in WIB/WITA/WIT cannot move a deadline by a day. Turning "now"
 * into the office's calendar date is the caller's job.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])).ok;
}

/** Refuses anything but a real `YYYY-MM-DD` (years 1900–2100, as dates.ts allows). */
export function requireIsoDate(text: string): string {
  if (!isIsoDate(text)) throw new AppError('monitoring.dateInvalid', { date: String(text) });
  return text;
}

export function dayNumber(iso: string): number {
  requireIsoDate(iso);
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

export function isoOfDay(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Last day of a month (1–12): 28, 29, 30 or 31. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar date on this PC's clock (the office's time zone), as ISO: what "today" means for deadlines. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
