import { AppError } from '../../../shared/errors';
import { can } from '../../../shared/roles';
import type { EvaluationRecord, SkpRecord } from '../records';
import { isAppraiserOf, type PlanningContext } from '../skp/planningContext';

/**
 * Who may do what with evaluations (issue 6, Rules), decided from the appraiser chain now:
 * only the employee's own Pejabat Penilai rates them (HR records the head of office's, who is
 * appraised outside the office); the Atasan Pejabat Penilai, HR and the head read; the employee
 * reads their own once it is final.
 */
export function requireRater(ctx: PlanningContext, skp: Pick<SkpRecord, 'employeeId' | 'snapshot'>): void {
  if (isAppraiserOf(ctx, skp.employeeId)) return;
  if (ctx.chain.get(skp.employeeId)?.source === 'outsideOffice' && can(ctx.user.roles, 'evaluation.manage')) return;
  throw new AppError('evaluation.notSubordinate', { name: skp.snapshot.employee.name });
}

export function mayReadEvaluation(ctx: PlanningContext, evaluation: Pick<EvaluationRecord, 'employeeId' | 'status'>): boolean {
  if (can(ctx.user.roles, 'evaluation.readAll')) return true;
  if (!ctx.own) return false;
  if (evaluation.employeeId === ctx.own.id) return evaluation.status === 'final';
  if (!ctx.user.roles.includes('pejabat_penilai')) return false;
  const entry = ctx.chain.get(evaluation.employeeId);
  return entry?.appraiserId === ctx.own.id || entry?.atasanAppraiserId === ctx.own.id;
}

/**
 * The head of a unit: an active holder of one of its positions that reports to no position of
 * the same unit (the Kepala Bidang, not the staff below them). Null when the unit has none.
 */
export function unitHeadOf(ctx: PlanningContext, unitId: string): string | null {
  for (const employee of ctx.employees.values()) {
    if (employee.status !== 'active' || employee.unitId !== unitId || !employee.positionId) continue;
    const position = ctx.positions.get(employee.positionId);
    const above = position?.reportsToId ? ctx.positions.get(position.reportsToId) : undefined;
    if (position && (!above || above.unitId !== unitId)) return employee.id;
  }
  return null;
}

/** The organisation's result is recorded by the official one level up: the unit head's appraiser, or HR. */
export function requireOrgOfficial(ctx: PlanningContext, unitId: string): void {
  if (can(ctx.user.roles, 'evaluation.manage')) return;
  const head = unitHeadOf(ctx, unitId);
  const official = head ? ctx.chain.get(head)?.appraiserId : null;
  if (official && ctx.own?.id === official && ctx.user.roles.includes('pejabat_penilai')) return;
  throw new AppError('evaluation.notOrgOfficial', { unit: ctx.units.get(unitId)?.name ?? unitId });
}

/** The unit this employee heads (the head of their own unit), or null. */
export function unitHeadedBy(ctx: PlanningContext, employeeId: string): string | null {
  const unitId = ctx.employees.get(employeeId)?.unitId ?? null;
  return unitId !== null && unitHeadOf(ctx, unitId) === employeeId ? unitId : null;
}
