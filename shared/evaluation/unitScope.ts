/**
 * Whose predikat count in a unit's distribution: an organisation result is recorded for a unit
 * (an OPD, a bidang); each employee counts under the nearest unit at or above their own that
 * has a result for the period, so a seksi without its own result counts with its bidang.
 */
export function resultUnitOf(unitId: string, parentOf: ReadonlyMap<string, string | null>, hasResult: (unitId: string) => boolean): string | null {
  const seen = new Set<string>();
  for (let id: string | null = unitId; id !== null && !seen.has(id); id = parentOf.get(id) ?? null) {
    seen.add(id);
    if (hasResult(id)) return id;
  }
  return null;
}
