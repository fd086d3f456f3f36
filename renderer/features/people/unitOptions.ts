import type { Unit } from '../../../shared/people';

/**
 * The unit tree flattened for a select, depth shown by indentation, in tree order.
 * Retired units are left out unless `keepId` is one of them (a person still placed there).
 */
export function unitOptions(units: Unit[], keepId: string | null = null): { value: string; label: string }[] {
  const children = new Map<string | null, Unit[]>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  const out: { value: string; label: string }[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const u of children.get(parentId) ?? []) {
      if (!u.retired || u.id === keepId) out.push({ value: u.id, label: `${'\u2003'.repeat(depth)}${u.name}` });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
