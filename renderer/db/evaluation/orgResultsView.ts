import { AppError } from '../../../shared/errors';
import { evaluationYearOf, isAnnualKey } from '../../../shared/evaluation/periods';
import { unitFigures } from '../../../shared/monitoring/officeView';
import { periodsOf } from '../../../shared/monitoring/periods';
import { can } from '../../../shared/roles';
import type { OrgResultRecord } from '../records';
import { requireUser, type Repo, type Session } from '../repository';
import { fromRecord } from '../monitoring/aggregates';
import { monitoringYearOf } from '../monitoring/monitoringYears';
import { planningContext, type PlanningContext } from '../skp/planningContext';
import { requireOrgOfficial } from './evaluationContext';

/** One unit on the organisation results screen. */
export interface OrgResultRow {
  unitId: string;
  name: string;
  /** Depth in the office's tree (0 for the office itself); rows come in tree order. */
  depth: number;
  result: Pick<OrgResultRecord, 'predikat' | 'note' | 'recordedBy'> | null;
  /** Whether the person may record this unit's result (the official one level up, or HR). */
  mayRecord: boolean;
  /** Whether the person may print the unit's Penetapan Predikat Kinerja (HR, the head of office, or the official who records it). */
  mayPrint: boolean;
  /** Mean capped capaian of the unit's rated indicators (sub-units counted in), null when none is rated. */
  capaian: number | null;
}

/**
 * The units whose capaian kinerja organisasi the person may record or read for a period (a
 * monitoring period of the year's rhythm, or the year `2026-Y`), each with its recorded result and
 * its capaian from the dashboard aggregates. HR and the head of office see every unit; anyone
 * else the units whose head they appraise (to record) and, read-only, their own unit.
 */
export async function orgResultsView(repo: Repo, session: Session, periodKey: string): Promise<OrgResultRow[]> {
  const { db } = repo;
  const user = await requireUser(db, session);
  const year = evaluationYearOf(periodKey);
  const { rules } = year === null ? { rules: null } : await monitoringYearOf(db, session.officeId, year);
  if (year === null || !rules || !(isAnnualKey(periodKey) || periodsOf(year, rules.rhythm).some((p) => p.key === periodKey))) {
    throw new AppError('evaluation.periodInvalid', { key: periodKey, rhythm: rules?.rhythm ?? '' }, 'periodKey');
  }
  const [ctx, aggregates, results] = await Promise.all([
    planningContext(db, user),
    db.aggregates.where('[officeId+year]').equals([session.officeId, year]).toArray(),
    db.orgResults.where('periodKey').equals(periodKey).toArray(),
  ]);

  // Periodic: that period's records. Annual: every period's of the year, summed by unitFigures
  // as counts and basis points, so the unit's capaian is the mean over all its rated
  // indicator-periods of the year (a period with more rated indicators weighs more, as it should;
  // a mean of the periods' means would not). A rhythm change rebuilds the year's records, so
  // they are all of the current rhythm.
  const counted = (isAnnualKey(periodKey) ? aggregates : aggregates.filter((a) => a.periodKey === periodKey)).map(fromRecord);
  const tree = unitFigures(counted, [...ctx.units.values()], periodKey, { keepEmpty: true }).filter((u) => u.unitId !== '');
  const byUnit = new Map(results.filter((r) => r.officeId === session.officeId).map((r) => [r.unitId, r]));
  const visible = visibleUnits(ctx);
  const readsAll = can(ctx.user.roles, 'evaluation.readAll');

  return tree
    .filter((u) => visible === 'all' || visible.has(u.unitId))
    .map((u) => {
      const result = byUnit.get(u.unitId);
      const records = mayRecord(ctx, u.unitId);
      return {
        unitId: u.unitId,
        name: u.name ?? '',
        depth: u.depth,
        result: result ? { predikat: result.predikat, note: result.note, recordedBy: result.recordedBy } : null,
        mayRecord: records,
        mayPrint: readsAll || records,
        capaian: u.capaian,
      };
    });
}

function mayRecord(ctx: PlanningContext, unitId: string): boolean {
  try {
    requireOrgOfficial(ctx, unitId);
    return true;
  } catch (e) {
    if (e instanceof AppError && e.code === 'evaluation.notOrgOfficial') return false;
    throw e;
  }
}

function visibleUnits(ctx: PlanningContext): 'all' | Set<string> {
  if (can(ctx.user.roles, 'evaluation.readAll')) return 'all';
  const units = new Set<string>();
  if (ctx.own?.unitId) units.add(ctx.own.unitId);
  for (const unitId of ctx.units.keys()) if (mayRecord(ctx, unitId)) units.add(unitId);
  return units;
}
