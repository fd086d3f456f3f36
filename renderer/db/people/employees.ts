import { deriveAppraiserChain, subordinatesOf } from '../../../shared/appraiserChain';
import { AppError } from '../../../shared/errors';
import { formatNip } from '../../../shared/nip';
import { can } from '../../../shared/roles';
import {
  AppraiserOverrideInputSchema,
  EmployeeInputSchema,
  type AppraiserOverrideInput,
  type EmployeeInput,
} from '../../../shared/peopleSchemas';
import { parseOrThrow } from '../../../shared/validation';
import { newId, requireUser, write, type Repo, type Session, type WriteTx } from '../repository';
import type { EmployeeRecord } from '../records';

/** Whose records a person may see: everyone (HR, head of office), their subordinates, or themselves. */
export type PeopleScope = 'all' | 'subordinates' | 'self';

export interface VisiblePeople {
  scope: PeopleScope;
  employees: EmployeeRecord[];
  /** The signed-in person's own employee record, when their NIP has one. */
  own: EmployeeRecord | null;
}

/**
 * Reads are filtered here, not in the screens: a Pejabat Penilai gets only the people they
 * appraise (per the appraiser chain) plus themselves, a Pegawai only themselves.
 */
export async function visibleEmployees(repo: Repo, session: Session): Promise<VisiblePeople> {
  const user = await requireUser(repo.db, session);
  const all = await repo.db.employees.where('officeId').equals(session.officeId).toArray();
  const own = all.find((e) => e.nip === user.nip) ?? null;
  if (can(user.roles, 'people.readAll')) return { scope: 'all', employees: all, own };
  if (!own) return { scope: 'self', employees: [], own };
  if (user.roles.includes('pejabat_penilai')) {
    const positions = await repo.db.positions.where('officeId').equals(session.officeId).toArray();
    const chain = deriveAppraiserChain(all, positions, session.officeId);
    const mine = new Set(subordinatesOf(chain, own.id));
    return { scope: 'subordinates', employees: all.filter((e) => e.id === own.id || mine.has(e.id)), own };
  }
  return { scope: 'self', employees: [own], own };
}

async function employeeOfOffice(tx: WriteTx, officeId: string, id: string): Promise<EmployeeRecord> {
  const employee = await tx.db.employees.get(id);
  if (!employee || employee.officeId !== officeId) throw new AppError('employee.notFound');
  return employee;
}

/** A person is placed only in a live unit and position of their own office. */
async function checkPlacement(tx: WriteTx, officeId: string, unitId: string | null, positionId: string | null): Promise<void> {
  if (unitId) {
    const unit = await tx.db.units.get(unitId);
    if (!unit || unit.officeId !== officeId) throw new AppError('unit.notFound', {}, 'unitId');
    if (unit.retired) throw new AppError('unit.retiredChosen', {}, 'unitId');
  }
  if (positionId) {
    const position = await tx.db.positions.get(positionId);
    if (!position || position.officeId !== officeId) throw new AppError('position.notFound', {}, 'positionId');
    if (position.retired) throw new AppError('position.retiredChosen', {}, 'positionId');
  }
}

export async function saveEmployee(repo: Repo, session: Session, employeeId: string | null, input: EmployeeInput): Promise<EmployeeRecord> {
  const employee = parseOrThrow(EmployeeInputSchema, input);
  return write(repo, employeeId ? 'employee.update' : 'employee.create', async (tx) => {
    const actor = await tx.requireActor(session, 'people.edit');
    const existing = employeeId ? await employeeOfOffice(tx, actor.officeId, employeeId) : undefined;
    const sameNip = await tx.db.employees.where('nip').equals(employee.nip).first();
    if (sameNip && sameNip.id !== existing?.id) throw new AppError('employee.nipTaken', { nip: formatNip(employee.nip), name: sameNip.name }, 'nip');
    if (existing?.unitId !== employee.unitId || existing?.positionId !== employee.positionId) {
      await checkPlacement(tx, actor.officeId, employee.unitId, employee.positionId);
    }
    return tx.put('employees', {
      id: existing?.id ?? newId(),
      officeId: actor.officeId,
      appraiserOverride: existing?.appraiserOverride ?? null,
      ...employee,
    });
  });
}

/** HR sets the appraiser of many people at once, with one reason (kept on each record). */
export async function setAppraiserOverride(repo: Repo, session: Session, employeeIds: string[], input: AppraiserOverrideInput): Promise<number> {
  const override = parseOrThrow(AppraiserOverrideInputSchema, input);
  if (employeeIds.length === 0) throw new AppError('employee.noneSelected');
  return write(repo, 'employee.setAppraiser', async (tx) => {
    const actor = await tx.requireActor(session, 'people.edit');
    const appraiser = await employeeOfOffice(tx, actor.officeId, override.appraiserId);
    if (appraiser.status !== 'active') throw new AppError('employee.appraiserInactive', { name: appraiser.name }, 'appraiserId');
    const people = await Promise.all(employeeIds.map((id) => employeeOfOffice(tx, actor.officeId, id)));
    if (people.some((p) => p.id === appraiser.id)) throw new AppError('employee.ownAppraiser', { name: appraiser.name }, 'appraiserId');
    const written = await tx.putMany('employees', people.map((p) => ({ ...p, appraiserOverride: override })));
    return written.length;
  });
}

/** Back to the appraiser the positions give. */
export async function clearAppraiserOverride(repo: Repo, session: Session, employeeIds: string[]): Promise<number> {
  return write(repo, 'employee.clearAppraiser', async (tx) => {
    const actor = await tx.requireActor(session, 'people.edit');
    const people = await Promise.all(employeeIds.map((id) => employeeOfOffice(tx, actor.officeId, id)));
    const written = await tx.putMany('employees', people.map((p) => ({ ...p, appraiserOverride: null })));
    return written.length;
  });
}
