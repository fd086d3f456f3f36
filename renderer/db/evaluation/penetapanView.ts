import { AppError } from '../../../shared/errors';
import { evaluationYearOf, isAnnualKey } from '../../../shared/evaluation/periods';
import type { Predikat } from '../../../shared/evaluation/tables';
import { resultUnitOf } from '../../../shared/evaluation/unitScope';
import { periodsOf } from '../../../shared/monitoring/periods';
import { can } from '../../../shared/roles';
import type { PersonSnapshot } from '../../../shared/skp/types';
import type { OrgResultRecord } from '../records';
import { requireUser, type Repo, type Session } from '../repository';
import { monitoringYearOf } from '../monitoring/monitoringYears';
import { personSnapshot, planningContext } from '../skp/planningContext';
import { requireOrgOfficial, unitHeadOf } from './evaluationContext';

/** One employee on the Penetapan Predikat Kinerja, as their SKP's snapshot names them. */
export interface PenetapanMember {
  evaluationId: string;
  nip: string;
  name: string;
  jabatan: string;
  predikat: Predikat | null;
  final: boolean;
  finalisedAt: string | null;
}

export interface PenetapanView {
  unitId: string;
  unitName: string;
  periodKey: string;
  orgResult: OrgResultRecord | null;
  /** The evaluations counted in the unit's distribution (draft or final), as the rating screen counts them. */
  members: PenetapanMember[];
  /** Who signs: the unit head's appraiser (the official who records its result), else the unit's head. */
  official: PersonSnapshot | null;
}

/**
 * What the Penetapan Predikat Kinerja of a unit and period prints. HR and the head of office may
 * print any unit's; otherwise only the unit's official (the one who records its result). The
 * members are the period's evaluations whose nearest unit with a result, counting this one as
 * if it had one, is this unit: the unit's distribution once its result is recorded.
 */
export async function penetapanView(repo: Repo, session: Session, unitId: string, periodKey: string): Promise<PenetapanView> {
  const { db } = repo;
  const user = await requireUser(db, session);
  const year = evaluationYearOf(periodKey);
  const { rules } = year === null ? { rules: null } : await monitoringYearOf(db, session.officeId, year);
  if (year === null || !rules || !(isAnnualKey(periodKey) || periodsOf(year, rules.rhythm).some((p) => p.key === periodKey))) {
    throw new AppError('evaluation.periodInvalid', { key: periodKey, rhythm: rules?.rhythm ?? '' }, 'periodKey');
  }
  const ctx = await planningContext(db, user);
  const unit = ctx.units.get(unitId);
  if (!unit) throw new AppError('auth.forbidden');
  if (!can(user.roles, 'evaluation.readAll')) requireOrgOfficial(ctx, unitId);

  const results = new Set((await db.orgResults.where('periodKey').equals(periodKey).toArray()).filter((r) => r.officeId === session.officeId).map((r) => r.unitId));
  const parentOf = new Map([...ctx.units.values()].map((u) => [u.id, u.parentId]));
  const counted = (await db.evaluations.where('periodKey').equals(periodKey).toArray()).filter(
    (e) => e.officeId === session.officeId && resultUnitOf(e.unitId, parentOf, (u) => u === unitId || results.has(u)) === unitId,
  );
  const skps = new Map((await db.skps.bulkGet(counted.map((e) => e.skpId))).flatMap((s) => (s ? [[s.id, s] as const] : [])));
  const members = counted.map((e) => {
    const employee = skps.get(e.skpId)?.snapshot.employee;
    return { evaluationId: e.id, nip: employee?.nip ?? '', name: employee?.name ?? '', jabatan: employee?.jabatan ?? '', predikat: e.predikat, final: e.status === 'final', finalisedAt: e.finalisedAt };
  });

  const head = unitHeadOf(ctx, unitId);
  const officialId = (head && ctx.chain.get(head)?.appraiserId) || head;
  const officialRecord = officialId ? ctx.employees.get(officialId) : undefined;
  return {
    unitId,
    unitName: unit.name,
    periodKey,
    orgResult: (await db.orgResults.get(`${unitId}:${periodKey}`)) ?? null,
    members,
    official: officialRecord ? personSnapshot(ctx, officialRecord) : null,
  };
}
