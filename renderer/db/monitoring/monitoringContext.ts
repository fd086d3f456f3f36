import { AppError } from '../../../shared/errors';
import { localIsoDate } from '../../../shared/monitoring/days';
import { entryProblem } from '../../../shared/monitoring/deadlines';
import { parsePeriodKey, periodProblem, type MonitoringPeriod } from '../../../shared/monitoring/periods';
import { isMonitored } from '../../../shared/monitoring/skpRows';
import type { MonitoringYear } from '../../../shared/monitoring/types';
import type { Iki, Rhk } from '../../../shared/skp/types';
import type { WriteTx } from '../repository';
import type { SkpRecord } from '../records';
import { isAppraiserOf, type PlanningContext } from '../skp/planningContext';
import { monitoringYearOf } from './monitoringYears';

/**
 * Where a monitoring entry lands, checked once for every kind of entry: an SKP of the office
 * that is approved (or closed by a mutasi, for its own months), a period of the year's rhythm
 * inside the SKP's period, and, for entries that the deadline locks, an open period.
 */
export interface EntryTarget {
  skp: SkpRecord;
  period: MonitoringPeriod;
  year: MonitoringYear;
  today: string;
}

export async function entryTarget(tx: WriteTx, ctx: PlanningContext, skpId: string, periodKey: string): Promise<EntryTarget> {
  const skp = await tx.db.skps.get(skpId);
  if (!skp || skp.officeId !== ctx.user.officeId) throw new AppError('skp.notFound');
  if (!isMonitored(skp)) throw new AppError('monitoring.skpNotApproved', { status: skp.status });
  const period = parsePeriodKey(periodKey);
  if (!period) throw new AppError('monitoring.periodKeyInvalid', { key: periodKey }, 'periodKey');
  const year = await monitoringYearOf(tx.db, ctx.user.officeId, skp.year);
  if (period.rhythm !== year.rules.rhythm || period.year !== skp.year) throw new AppError('monitoring.rhythmMixed', { key: periodKey, rhythm: year.rules.rhythm }, 'periodKey');
  const outside = periodProblem(periodKey, skp);
  if (outside) throw AppError.fromData({ ...outside, field: 'periodKey' });
  return { skp, period, year, today: localIsoDate(new Date(tx.at)) };
}

/** Entry after the deadline is refused unless HR reopened the period. */
export function requireOpen(target: EntryTarget): void {
  const problem = entryProblem(target.period, {
    deadlineDays: target.year.rules.deadlineDays,
    dueSoonDays: target.year.rules.dueSoonDays,
    today: target.today,
    reopenedUntil: target.year.reopened[target.period.key]?.until ?? null,
  });
  if (problem) throw AppError.fromData(problem);
}

export function findIki(skp: SkpRecord, ikiId: string): { rhk: Rhk; iki: Iki } {
  for (const rhk of skp.rhk) for (const iki of rhk.indicators) if (iki.id === ikiId) return { rhk, iki };
  throw new AppError('monitoring.ikiNotFound', {}, 'ikiId');
}

/** The employee enters their own; HR may enter for anyone (e.g. from a paper form). */
export function requireOwnOrHr(ctx: PlanningContext, skp: SkpRecord): void {
  if (!ctx.manage && skp.employeeId !== ctx.own?.id) throw new AppError('auth.forbidden');
}

export function requireAppraiserOf(ctx: PlanningContext, skp: SkpRecord): void {
  if (!isAppraiserOf(ctx, skp.employeeId) && !(ctx.own && skp.appraiserId === ctx.own.id && ctx.user.roles.includes('pejabat_penilai'))) throw new AppError('auth.forbidden');
}
