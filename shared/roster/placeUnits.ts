import type { Employee, Unit } from '../people';
import type { OfficeIndex } from './officeIndex';
import type { Draft } from './planAppraisers';
import { rowIssue } from './rows';
import type { RosterColumn } from './headers';

/**
 * A roster names each person's unit but not where that unit sits. A unit the import creates
 * goes under the unit of its people's atasan (a Seksi's staff report to the Kepala Seksi in
 * the Seksi; the Kepala Seksi reports to the Kepala Bidang, whose unit is the Bidang), so the
 * tree comes out as the office draws it. Without such a link it stays under the OPD.
 */
export function placeCreatedUnits(drafts: readonly Draft[], index: OfficeIndex, column: RosterColumn | null): void {
  const created = new Map(index.unitsToCreate.map((u) => [u.id, u]));
  if (created.size === 0) return;
  const byNip = new Map<string, Employee>(index.officeEmployeeByNip);
  for (const d of drafts) byNip.set(d.employee.nip, d.employee);

  const parentOf = (unit: Unit): Unit | undefined => (unit.parentId ? (created.get(unit.parentId) ?? index.unitById.get(unit.parentId)) : undefined);
  /** Would `unit` under `parent` make the tree loop? */
  const loops = (unit: Unit, parent: Unit): boolean => {
    for (let at: Unit | undefined = parent; at; at = parentOf(at)) if (at.id === unit.id) return true;
    return false;
  };

  const placed = new Set<string>();
  for (const draft of drafts) {
    const unit = draft.employee.unitId ? created.get(draft.employee.unitId) : undefined;
    const atasanNip = draft.read.nipAtasan;
    if (!unit || placed.has(unit.id) || !atasanNip) continue;
    const atasanUnitId = byNip.get(atasanNip)?.unitId;
    const parent = atasanUnitId && atasanUnitId !== unit.id ? (created.get(atasanUnitId) ?? index.unitById.get(atasanUnitId)) : undefined;
    if (!parent || parent.retired || loops(unit, parent)) continue;
    placed.add(unit.id);
    if (unit.parentId === parent.id) continue;
    unit.parentId = parent.id;
    draft.notes.push(rowIssue('note', draft.read.rowNumber, column, 'unitPlacedUnder', { value: unit.name, parent: parent.name }));
  }
}
