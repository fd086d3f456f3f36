import type { Employee, Unit } from '../../../shared/people';

/** Active people per unit: placed directly in it, and in it or any unit below it. */
export function headCounts(units: Unit[], employees: Employee[]): Map<string, { direct: number; total: number }> {
  const direct = new Map<string, number>();
  for (const e of employees) if (e.status === 'active' && e.unitId) direct.set(e.unitId, (direct.get(e.unitId) ?? 0) + 1);
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const out = new Map<string, { direct: number; total: number }>();
  const total = (id: string, seen: Set<string>): number => {
    if (seen.has(id)) return 0; // a damaged tree with a loop must not hang the screen
    seen.add(id);
    const sum = (direct.get(id) ?? 0) + (children.get(id) ?? []).reduce((acc, child) => acc + total(child, seen), 0);
    out.set(id, { direct: direct.get(id) ?? 0, total: sum });
    return sum;
  };
  for (const u of units) if (!out.has(u.id)) total(u.id, new Set());
  return out;
}
