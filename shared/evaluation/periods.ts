import { AppError } from '../errors';
import { isWithinSkp, parsePeriodKey, periodsWithin, type Rhythm } from '../monitoring/periods';

/**
 * Evaluation periods: each monitoring period of the year's rhythm (periodic evaluation) and the
 * year itself (annual evaluation), keyed `2026-Y`.
 */
const ANNUAL = /^(\d{4})-Y$/;

export const annualKey = (year: number): string => `${year}-Y`;

export function isAnnualKey(key: string): boolean {
  return ANNUAL.test(key);
}

/** The year of an evaluation period key, or null for a key that is neither kind. */
export function evaluationYearOf(key: string): number | null {
  const annual = ANNUAL.exec(key);
  if (annual) return Number(annual[1]);
  return parsePeriodKey(key)?.year ?? null;
}

/** Refuses a key that is not the year or a period of the year's rhythm inside the SKP. */
export function requireEvaluationPeriod(key: string, skp: { year: number; periodStart: string; periodEnd: string }, rhythm: Rhythm): void {
  if (key === annualKey(skp.year)) return;
  const period = parsePeriodKey(key);
  if (!period || period.rhythm !== rhythm || period.year !== skp.year) throw new AppError('evaluation.periodInvalid', { key, rhythm }, 'periodKey');
  if (!isWithinSkp(key, skp)) throw new AppError('evaluation.periodOutsideSkp', { key }, 'periodKey');
}

/** The periods an SKP can be evaluated for: its periods of the rhythm, then the year. */
export function evaluationPeriodsOf(skp: { year: number; periodStart: string; periodEnd: string }, rhythm: Rhythm): string[] {
  return [...periodsWithin(skp.periodStart, skp.periodEnd, rhythm).map((p) => p.key), annualKey(skp.year)];
}
