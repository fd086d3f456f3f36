import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { addDays, isIsoDate, localIsoDate } from '../../../shared/monitoring/days';
import { entryClosesOn, entryState, type EntryState } from '../../../shared/monitoring/deadlines';
import { parsePeriodKey, type MonitoringPeriod } from '../../../shared/monitoring/periods';
import { MonitoringRulesSchema, defaultMonitoringRules, type MonitoringRules } from '../../../shared/monitoring/rules';
import { monitoringYearId, type MonitoringYear } from '../../../shared/monitoring/types';
import { year as yearSchema } from '../../../shared/skp/schemas';
import { parseOrThrow } from '../../../shared/validation';
import { requireUser, write, type Repo, type Session } from '../repository';
import type { KinerjaDb } from '../schema';
import type { MonitoringYearRecord } from '../records';

/** The year's monitoring rules, or the defaults until HR sets them (everyone may read them). */
export async function monitoringYearOf(db: KinerjaDb, officeId: string, year: number): Promise<MonitoringYear> {
  const stored = await db.monitoringYears.get(monitoringYearId(officeId, year));
  return stored ?? { id: monitoringYearId(officeId, year), officeId, year, rules: defaultMonitoringRules, reopened: {} };
}

export async function getMonitoringYear(repo: Repo, session: Session, year: number): Promise<MonitoringYear> {
  await requireUser(repo.db, session);
  return monitoringYearOf(repo.db, session.officeId, parseOrThrow(yearSchema, year));
}

async function saveYear(repo: Repo, session: Session, action: string, year: number, change: (y: MonitoringYear) => MonitoringYear): Promise<MonitoringYearRecord> {
  return write(repo, action, async (tx) => {
    const actor = await tx.requireActor(session, 'monitoring.manage');
    const current = await monitoringYearOf(tx.db, actor.officeId, year);
    return tx.put('monitoringYears', change(current));
  });
}

export async function saveMonitoringRules(repo: Repo, session: Session, year: number, input: MonitoringRules): Promise<MonitoringYearRecord> {
  const rules = parseOrThrow(MonitoringRulesSchema, input);
  return saveYear(repo, session, 'monitoring.rules', parseOrThrow(yearSchema, year), (y) => {
    // A rhythm change would orphan every realisation entered under the old period keys.
    if (y.rules.rhythm !== rules.rhythm) return { ...y, rules, reopened: {} };
    return { ...y, rules };
  });
}

const ReopenSchema = z.object({
  until: z.string().refine(isIsoDate, { message: 'field.invalidDate' }),
  reason: z.string().trim().min(1).max(500),
});

/** HR lets entry for a locked period in again until a date, with a reason kept in the audit trail. */
export async function reopenPeriod(repo: Repo, session: Session, periodKey: string, input: { until: string; reason: string }): Promise<MonitoringYearRecord> {
  await requireUser(repo.db, session, 'monitoring.manage');
  const today = localIsoDate(repo.clock.now());
  const period = parsePeriodKey(periodKey);
  if (!period) throw new AppError('monitoring.periodKeyInvalid', { key: periodKey });
  const { until, reason } = parseOrThrow(ReopenSchema, input);
  if (until < today) throw new AppError('monitoring.reopenInPast', { until }, 'until');
  if (until > addDays(today, 90)) throw new AppError('monitoring.reopenTooLong', { days: 90 }, 'until');
  return saveYear(repo, session, 'monitoring.reopen', period.year, (y) => {
    if (y.rules.rhythm !== period.rhythm) throw new AppError('monitoring.rhythmMixed', { key: periodKey, rhythm: y.rules.rhythm });
    return { ...y, reopened: { ...y.reopened, [periodKey]: { until, reason } } };
  });
}

/** Where entry for a period stands today under the year's rules, reopening included. */
export function entryStateOf(year: MonitoringYear, period: MonitoringPeriod, today: string): { state: EntryState; closesOn: string } {
  const reopenedUntil = year.reopened[period.key]?.until ?? null;
  const { deadlineDays, dueSoonDays } = year.rules;
  return { state: entryState(period, { deadlineDays, dueSoonDays, today, reopenedUntil }), closesOn: entryClosesOn(period, deadlineDays, reopenedUntil) };
}
