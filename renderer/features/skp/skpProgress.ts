import type { SkpStatus } from '../../../shared/skp/tables';
import type { EmployeeRecord, SkpRecord, UnitRecord } from '../../db/records';

/** Each person's SKP that counts now: the live (not closed) one, latest version first. */
export function currentSkps(skps: readonly SkpRecord[]): Map<string, SkpRecord> {
  const current = new Map<string, SkpRecord>();
  for (const skp of skps) {
    if (skp.status === 'closed') continue;
    const seen = current.get(skp.employeeId);
    if (!seen || skp.version > seen.version) current.set(skp.employeeId, skp);
  }
  return current;
}

export type ProgressStatus = Exclude<SkpStatus, 'closed'> | 'none';
export const progressStatuses: readonly ProgressStatus[] = ['none', 'draft', 'returned', 'submitted', 'approved'];

export interface UnitProgress {
  unitId: string | null;
  unitName: string;
  people: number;
  counts: Record<ProgressStatus, number>;
}

const zero = (): Record<ProgressStatus, number> => ({ none: 0, draft: 0, returned: 0, submitted: 0, approved: 0 });

/**
 * Per unit, how many active people have no SKP yet, a draft, a returned, a submitted or an
 * approved one: the "at a glance" view of planning. Units in tree order; people without a
 * unit last.
 */
export function skpProgress(employees: readonly EmployeeRecord[], skps: readonly SkpRecord[], units: readonly UnitRecord[]): { rows: UnitProgress[]; total: UnitProgress } {
  const current = currentSkps(skps);
  const byUnit = new Map<string | null, UnitProgress>();
  const total: UnitProgress = { unitId: null, unitName: '', people: 0, counts: zero() };
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  for (const e of employees) {
    if (e.status !== 'active') continue;
    let row = byUnit.get(e.unitId);
    if (!row) byUnit.set(e.unitId, (row = { unitId: e.unitId, unitName: (e.unitId && unitName.get(e.unitId)) || '', people: 0, counts: zero() }));
    const status: ProgressStatus = (current.get(e.id)?.status as ProgressStatus | undefined) ?? 'none';
    row.people += 1;
    row.counts[status] += 1;
    total.people += 1;
    total.counts[status] += 1;
  }
  const order = treeOrder(units);
  const rows = [...byUnit.values()].sort((a, b) => (order.get(a.unitId ?? '') ?? Infinity) - (order.get(b.unitId ?? '') ?? Infinity));
  return { rows, total };
}

/** Depth-first position of each unit, so a bidang is followed by its seksi. */
function treeOrder(units: readonly UnitRecord[]): Map<string, number> {
  const children = new Map<string | null, UnitRecord[]>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const order = new Map<string, number>();
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const unit = stack.pop()!;
    order.set(unit.id, order.size);
    stack.push(...[...(children.get(unit.id) ?? [])].sort((a, b) => b.name.localeCompare(a.name)));
  }
  return order;
}
