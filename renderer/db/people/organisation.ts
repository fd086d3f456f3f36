import { AppError } from '../../../shared/errors';
import { PositionInputSchema, UnitInputSchema, type PositionInput, type UnitInput } from '../../../shared/peopleSchemas';
import type { JenjangFungsional } from '../../../shared/jabatan';
import { parseOrThrow } from '../../../shared/validation';
import { newId, requireUser, write, type Repo, type Session, type WriteTx } from '../repository';
import type { PositionRecord, UnitRecord } from '../records';

/** The unit tree and the positions are the office's structure: everyone signed in may read it. */
export async function listUnits(repo: Repo, session: Session): Promise<UnitRecord[]> {
  await requireUser(repo.db, session);
  return repo.db.units.where('officeId').equals(session.officeId).toArray();
}

export async function listPositions(repo: Repo, session: Session): Promise<PositionRecord[]> {
  await requireUser(repo.db, session);
  return repo.db.positions.where('officeId').equals(session.officeId).toArray();
}

async function unitOfOffice(tx: WriteTx, officeId: string, id: string): Promise<UnitRecord> {
  const unit = await tx.db.units.get(id);
  if (!unit || unit.officeId !== officeId) throw new AppError('unit.notFound');
  return unit;
}

async function positionOfOffice(tx: WriteTx, officeId: string, id: string): Promise<PositionRecord> {
  const position = await tx.db.positions.get(id);
  if (!position || position.officeId !== officeId) throw new AppError('position.notFound');
  return position;
}

export async function createUnit(repo: Repo, session: Session, input: UnitInput): Promise<UnitRecord> {
  const unit = parseOrThrow(UnitInputSchema, input);
  return write(repo, 'unit.create', async (tx) => {
    const actor = await tx.requireActor(session, 'organisation.edit');
    const parent = await unitOfOffice(tx, actor.officeId, unit.parentId);
    if (parent.retired) throw new AppError('unit.parentRetired', {}, 'parentId');
    return tx.put('units', { id: newId(), officeId: actor.officeId, parentId: parent.id, name: unit.name, kind: unit.kind, retired: false });
  });
}

export async function renameUnit(repo: Repo, session: Session, unitId: string, name: string): Promise<UnitRecord> {
  const { name: valid } = parseOrThrow(UnitInputSchema.pick({ name: true }), { name });
  return write(repo, 'unit.rename', async (tx) => {
    const actor = await tx.requireActor(session, 'organisation.edit');
    const unit = await unitOfOffice(tx, actor.officeId, unitId);
    return tx.put('units', { ...unit, name: valid });
  });
}

/** Moving a unit under itself or one of its own sub-units would cut it off the tree. */
export async function moveUnit(repo: Repo, session: Session, unitId: string, newParentId: string): Promise<UnitRecord> {
  return write(repo, 'unit.move', async (tx) => {
    const actor = await tx.requireActor(session, 'organisation.edit');
    const unit = await unitOfOffice(tx, actor.officeId, unitId);
    if (unit.parentId === null) throw new AppError('unit.cannotMoveRoot');
    const parent = await unitOfOffice(tx, actor.officeId, newParentId);
    if (parent.retired) throw new AppError('unit.parentRetired', {}, 'parentId');
    for (let at: UnitRecord | undefined = parent; at; at = at.parentId ? await tx.db.units.get(at.parentId) : undefined) {
      if (at.id === unit.id) throw new AppError('unit.moveIntoItself', {}, 'parentId');
    }
    return tx.put('units', { ...unit, parentId: parent.id });
  });
}

/** A unit with active people, sub-units or positions cannot be retired: move them first. */
export async function retireUnit(repo: Repo, session: Session, unitId: string): Promise<UnitRecord> {
  return write(repo, 'unit.retire', async (tx) => {
    const actor = await tx.requireActor(session, 'organisation.edit');
    const unit = await unitOfOffice(tx, actor.officeId, unitId);
    if (unit.parentId === null) throw new AppError('unit.cannotRetireRoot');
    const people = await tx.db.employees.where('unitId').equals(unit.id).filter((e) => e.status === 'active').count();
    const children = await tx.db.units.where('parentId').equals(unit.id).filter((u) => !u.retired).count();
    const positions = await tx.db.positions.where('unitId').equals(unit.id).filter((p) => !p.retired).count();
    if (people + children + positions > 0) throw new AppError('unit.notEmpty', { people, children, positions });
    return tx.put('units', { ...unit, retired: true });
  });
}

async function checkPosition(tx: WriteTx, officeId: string, id: string | null, position: ReturnType<typeof PositionInputSchema.parse>) {
  if (position.unitId) {
    const unit = await unitOfOffice(tx, officeId, position.unitId);
    if (unit.retired) throw new AppError('unit.retiredChosen', {}, 'unitId');
  }
  if (!position.reportsToId) return;
  // Following "reports to" upwards must never come back to this position.
  for (let at: PositionRecord | undefined = await positionOfOffice(tx, officeId, position.reportsToId); at; at = at.reportsToId ? await tx.db.positions.get(at.reportsToId) : undefined) {
    if (at.id === id) throw new AppError('position.reportingCycle', {}, 'reportsToId');
  }
}

export async function savePosition(repo: Repo, session: Session, positionId: string | null, input: PositionInput): Promise<PositionRecord> {
  const position = parseOrThrow(PositionInputSchema, input);
  return write(repo, positionId ? 'position.update' : 'position.create', async (tx) => {
    const actor = await tx.requireActor(session, 'organisation.edit');
    const existing = positionId ? await positionOfOffice(tx, actor.officeId, positionId) : undefined;
    const id = existing?.id ?? newId();
    if (position.reportsToId === id) throw new AppError('position.reportingCycle', {}, 'reportsToId');
    await checkPosition(tx, actor.officeId, id, position);
    return tx.put('positions', {
      id,
      officeId: actor.officeId,
      retired: existing?.retired ?? false,
      ...position,
      jenjang: position.jenjang as JenjangFungsional | null,
    });
  });
}

export async function retirePosition(repo: Repo, session: Session, positionId: string): Promise<PositionRecord> {
  return write(repo, 'position.retire', async (tx) => {
    const actor = await tx.requireActor(session, 'organisation.edit');
    const position = await positionOfOffice(tx, actor.officeId, positionId);
    const holders = await tx.db.employees.where('positionId').equals(position.id).filter((e) => e.status === 'active').count();
    if (holders > 0) throw new AppError('position.hasHolders', { count: holders });
    return tx.put('positions', { ...position, retired: true });
  });
}
