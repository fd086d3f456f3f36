import { deriveAppraiserChain, superiorsInChain, type ChainEntry } from '../../../shared/appraiserChain';
import { AppError } from '../../../shared/errors';
import { golonganPns } from '../../../shared/golongan';
import { displayName } from '../../../shared/people';
import { can } from '../../../shared/roles';
import type { PersonSnapshot } from '../../../shared/skp/types';
import type { KinerjaDb } from '../schema';
import type { EmployeeRecord, PositionRecord, SkpRecord, UnitRecord, UserRecord } from '../records';

/**
 * Who the signed-in person is in the office's structure, for planning's rules: their own
 * employee record, the appraiser chain, and what their roles let them do. Built inside the
 * transaction (or read) that uses it, from current records.
 */
export interface PlanningContext {
  user: UserRecord;
  own: EmployeeRecord | null;
  readAll: boolean;
  manage: boolean;
  chain: Map<string, ChainEntry>;
  employees: Map<string, EmployeeRecord>;
  positions: Map<string, PositionRecord>;
  units: Map<string, UnitRecord>;
}

export async function planningContext(db: KinerjaDb, user: UserRecord): Promise<PlanningContext> {
  const [employees, positions, units] = await Promise.all([
    db.employees.where('officeId').equals(user.officeId).toArray(),
    db.positions.where('officeId').equals(user.officeId).toArray(),
    db.units.where('officeId').equals(user.officeId).toArray(),
  ]);
  return {
    user,
    own: employees.find((e) => e.nip === user.nip) ?? null,
    readAll: can(user.roles, 'skp.readAll'),
    manage: can(user.roles, 'skp.manage'),
    chain: deriveAppraiserChain(employees, positions, user.officeId),
    employees: new Map(employees.map((e) => [e.id, e])),
    positions: new Map(positions.map((p) => [p.id, p])),
    units: new Map(units.map((u) => [u.id, u])),
  };
}

/** The people above someone in the appraiser chain, nearest first. */
export const superiorsOf = (ctx: PlanningContext, employeeId: string): string[] => superiorsInChain(ctx.chain, employeeId);

/** Whether the signed-in person is, by the chain today, this employee's Pejabat Penilai. */
export function isAppraiserOf(ctx: PlanningContext, employeeId: string): boolean {
  return !!ctx.own && ctx.user.roles.includes('pejabat_penilai') && ctx.chain.get(employeeId)?.appraiserId === ctx.own.id;
}

/** HR and the head read every SKP; anyone their own; an appraiser those they appraise (now, or when it was written). */
export function mayRead(ctx: PlanningContext, skp: Pick<SkpRecord, 'employeeId' | 'appraiserId'>): boolean {
  if (ctx.readAll) return true;
  if (!ctx.own) return false;
  if (skp.employeeId === ctx.own.id) return true;
  return ctx.user.roles.includes('pejabat_penilai') && (skp.appraiserId === ctx.own.id || isAppraiserOf(ctx, skp.employeeId));
}

/** HR edits any draft; the employee their own; the Pejabat Penilai those of their subordinates. */
export function mayEdit(ctx: PlanningContext, employeeId: string): boolean {
  if (ctx.manage) return true;
  if (!ctx.own) return false;
  return employeeId === ctx.own.id || isAppraiserOf(ctx, employeeId);
}

export function requireEmployee(ctx: PlanningContext, employeeId: string): EmployeeRecord {
  const employee = ctx.employees.get(employeeId);
  if (!employee) throw new AppError('employee.notFound', {}, 'employeeId');
  return employee;
}

/** Name, NIP, pangkat, jabatan and unit as they are today: what the SKP keeps (domain.md §2). */
export function personSnapshot(ctx: PlanningContext, employee: EmployeeRecord): PersonSnapshot {
  const pns = golonganPns.find((g) => g.code === employee.golongan);
  const position = employee.positionId ? ctx.positions.get(employee.positionId) : undefined;
  const unit = employee.unitId ? ctx.units.get(employee.unitId) : undefined;
  return {
    employeeId: employee.id,
    name: displayName(employee),
    nip: employee.nip,
    pangkat: pns ? `${pns.pangkat} (${pns.code})` : (employee.golongan ?? ''),
    jabatan: position?.name ?? '',
    unit: unit?.name ?? '',
    unitId: unit?.id ?? null,
  };
}
