import type { Employee, Position, Unit } from '../people';
import type { JenisJabatan } from '../jabatan';
import { inferPositionKind, inferUnitKind, positionKindFor } from './positionKind';
import type { RosterExisting, RosterPlanOptions } from './types';

/**
 * The office's records as the importer looks them up: employees by NIP, units and positions
 * by name (case and spacing do not count), plus the units and positions the plan will
 * create, so that each missing name is created once and later rows reuse it. Every lookup is a
 * map access: 10,000 rows against 15,000 employees stay linear.
 */

/** Case- and space-insensitive name key: "Bidang  mutasi" = "BIDANG MUTASI". */
export const nameKey = (name: string): string => name.replace(/\s+/g, ' ').trim().toLowerCase();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export type Resolved<T> = { ok: true; record: T; created: boolean } | { ok: false; code: 'unknown' | 'ambiguous' };

export class OfficeIndex {
  /** Every stored employee by NIP, whatever the office or status (the first one wins). */
  readonly employeeByNip = new Map<string, Employee>();
  readonly officeEmployeeByNip = new Map<string, Employee>();
  readonly unitById = new Map<string, Unit>();
  readonly positionById = new Map<string, Position>();
  readonly unitsToCreate: Unit[] = [];
  readonly positionsToCreate: Position[] = [];
  private readonly createdIds = new Set<string>();
  private readonly unitsByKey = new Map<string, Unit[]>();
  private readonly positionsByKey = new Map<string, Position[]>();
  /** `${nameKey}\u0000${unitId}` → positions of that name in that unit. */
  private readonly positionsByKeyAndUnit = new Map<string, Position[]>();

  constructor(
    existing: RosterExisting,
    private readonly options: RosterPlanOptions,
  ) {
    for (const e of existing.employees) {
      if (!this.employeeByNip.has(e.nip)) this.employeeByNip.set(e.nip, e);
      if (e.officeId === options.officeId && !this.officeEmployeeByNip.has(e.nip)) this.officeEmployeeByNip.set(e.nip, e);
    }
    for (const u of existing.units) {
      if (!this.unitById.has(u.id)) this.unitById.set(u.id, u);
      if (u.officeId === options.officeId && !u.retired) push(this.unitsByKey, nameKey(u.name), u);
    }
    for (const p of existing.positions) {
      if (!this.positionById.has(p.id)) this.positionById.set(p.id, p);
      if (p.officeId === options.officeId && !p.retired) this.addPosition(p);
    }
  }

  private addPosition(p: Position): void {
    const key = nameKey(p.name);
    push(this.positionsByKey, key, p);
    push(this.positionsByKeyAndUnit, `${key}\u0000${p.unitId ?? ''}`, p);
  }

  /** An existing unit of that name, or (with createMissing) a new one under the root unit, made once per name. */
  resolveUnit(name: string): Resolved<Unit> {
    const key = nameKey(name);
    const found = this.unitsByKey.get(key) ?? [];
    if (found.length > 1) return { ok: false, code: 'ambiguous' };
    const unit = found[0];
    if (unit) return { ok: true, record: unit, created: this.createdIds.has(unit.id) };
    if (!this.options.createMissing) return { ok: false, code: 'unknown' };
    const created: Unit = { id: this.options.newId(), officeId: this.options.officeId, parentId: this.options.rootUnitId, name, kind: inferUnitKind(name), retired: false };
    this.unitsToCreate.push(created);
    this.createdIds.add(created.id);
    this.unitById.set(created.id, created);
    this.unitsByKey.set(key, [created]);
    return { ok: true, record: created, created: true };
  }

  /**
   * A position of that name: the one the person holds already, else one in the row's unit,
   * then one without a unit; with no unit to go by, the name must be unique. Missing (with createMissing) → a new position in the row's
   * unit, its jenis from the file or, failing that, inferred from the name.
   */
  resolvePosition(name: string, unitId: string | null, jenisFromFile: JenisJabatan | undefined, currentId: string | null): Resolved<Position> & { inferred?: JenisJabatan } {
    const key = nameKey(name);
    // The person already holds a position of that name (in the unit, if the row gives one): it stays.
    const current = currentId === null ? undefined : this.positionById.get(currentId);
    if (current && !current.retired && current.officeId === this.options.officeId && nameKey(current.name) === key && (unitId === null || current.unitId === unitId)) {
      return { ok: true, record: current, created: this.createdIds.has(current.id) };
    }
    const inUnit = unitId === null ? undefined : this.positionsByKeyAndUnit.get(`${key}\u0000${unitId}`)?.[0];
    const withoutUnit = this.positionsByKeyAndUnit.get(`${key}\u0000`) ?? [];
    const all = this.positionsByKey.get(key) ?? [];
    let found: Position | undefined;
    if (unitId !== null) found = inUnit ?? (withoutUnit.length === 1 ? withoutUnit[0] : undefined);
    else if (all.length > 1) return { ok: false, code: 'ambiguous' };
    else found = all[0];
    if (found) return { ok: true, record: found, created: this.createdIds.has(found.id) };
    if (!this.options.createMissing) return { ok: false, code: 'unknown' };

    const kind = jenisFromFile ? positionKindFor(jenisFromFile, name) : inferPositionKind(name);
    const created: Position = { id: this.options.newId(), officeId: this.options.officeId, name, ...kind, unitId, reportsToId: null, retired: false };
    this.positionsToCreate.push(created);
    this.createdIds.add(created.id);
    this.positionById.set(created.id, created);
    this.addPosition(created);
    return { ok: true, record: created, created: true, ...(jenisFromFile ? {} : { inferred: kind.jenisJabatan }) };
  }
}
