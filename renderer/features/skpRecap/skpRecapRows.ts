import { jenisJabatanList } from '../../../shared/jabatan';
import { displayName, type Employee, type Position, type Unit } from '../../../shared/people';
import type { SkpStatus } from '../../../shared/skp/tables';
import type { Skp } from '../../../shared/skp/types';

/** One person in the SKP recap of a unit: who they are, and where their SKP of the year stands. */
export interface SkpRecapRow {
  employeeId: string;
  nip: string;
  name: string;
  jabatan: string;
  unit: string;
  /** `none`: no SKP for the year yet. */
  status: SkpStatus | 'none';
  version: number | null;
  rhkUtama: number;
  rhkTambahan: number;
  iki: number;
  /** Calendar dates (YYYY-MM-DD, the PC's own day), or null. */
  submittedAt: string | null;
  approvedAt: string | null;
}

export interface SkpRecapInput {
  employees: readonly Employee[];
  positions: readonly Position[];
  units: readonly Unit[];
  skps: readonly Skp[];
  year: number;
  /** The unit and everything below it; null for the whole office. */
  unitId: string | null;
}

/** The day an ISO instant falls on where this PC is (what the person saw when they submitted). */
export function localDay(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The SKP of the year that counts: the live one (latest version), else the last closed one. */
function skpOfYear(skps: readonly Skp[]): Skp | null {
  let best: Skp | null = null;
  for (const s of skps) {
    const live = s.status !== 'closed';
    const bestLive = best !== null && best.status !== 'closed';
    if (!best || (live && !bestLive) || (live === bestLive && s.version > best.version)) best = s;
  }
  return best;
}

/**
 * One row per person of the unit (sub-units included): the active people, and anyone else who
 * has an SKP for the year. Ordered like the organisation: units depth first, then the higher
 * jabatan first (JPT, administrator, pengawas, …), then by name.
 */
export function skpRecapRows({ employees, positions, units, skps, year, unitId }: SkpRecapInput): SkpRecapRow[] {
  const children = new Map<string | null, Unit[]>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const order = new Map<string, number>();
  const walk = (parentId: string | null) => {
    for (const u of children.get(parentId) ?? []) {
      order.set(u.id, order.size);
      walk(u.id);
    }
  };
  walk(null);
  const inScope = new Set<string>();
  if (unitId) {
    const stack = [unitId];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (inScope.has(id)) continue;
      inScope.add(id);
      for (const child of children.get(id) ?? []) stack.push(child.id);
    }
  }
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const positionById = new Map(positions.map((p) => [p.id, p]));
  const skpsOf = new Map<string, Skp[]>();
  for (const s of skps) if (s.year === year) skpsOf.set(s.employeeId, [...(skpsOf.get(s.employeeId) ?? []), s]);

  const rank = (e: Employee) => {
    const jenis = e.positionId ? positionById.get(e.positionId)?.jenisJabatan : undefined;
    return jenis ? jenisJabatanList.indexOf(jenis) : jenisJabatanList.length;
  };
  const people = employees
    .filter((e) => (unitId === null || (e.unitId !== null && inScope.has(e.unitId))) && (e.status === 'active' || skpsOf.has(e.id)))
    .sort(
      (a, b) =>
        (order.get(a.unitId ?? '') ?? Infinity) - (order.get(b.unitId ?? '') ?? Infinity) || rank(a) - rank(b) || a.name.localeCompare(b.name, 'id') || a.nip.localeCompare(b.nip),
    );

  return people.map((e) => {
    const skp = skpOfYear(skpsOf.get(e.id) ?? []);
    return {
      employeeId: e.id,
      nip: e.nip,
      name: displayName(e),
      jabatan: (e.positionId && positionById.get(e.positionId)?.name) || '',
      unit: (e.unitId && unitName.get(e.unitId)) || '',
      status: skp?.status ?? 'none',
      version: skp?.version ?? null,
      rhkUtama: skp?.rhk.filter((r) => r.kind === 'utama').length ?? 0,
      rhkTambahan: skp?.rhk.filter((r) => r.kind === 'tambahan').length ?? 0,
      iki: skp?.rhk.reduce((n, r) => n + r.indicators.length, 0) ?? 0,
      submittedAt: localDay(skp?.submittedAt ?? null),
      approvedAt: localDay(skp?.approvedAt ?? null),
    };
  });
}
