import type { AsnType } from './account';
import type { JenisJabatan, JenjangFungsional, KategoriFungsional } from './jabatan';

export type { JenisJabatan, JenjangFungsional, KategoriFungsional };

/**
 * The office's people and organisation, as the rules in shared/ see them (renderer/db adds
 * the sync fields). Names follow domain.md §2.
 */

/** Unit kerja below the instansi: the OPD itself, its Bidang/Bagian, and their Seksi/Subbagian. */
export const unitKinds = ['opd', 'bidang', 'seksi'] as const;
export type UnitKind = (typeof unitKinds)[number];

export interface Unit {
  id: string;
  officeId: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
  /** Retired units keep their history (old SKPs point at them) but take no new people. */
  retired: boolean;
}

export interface Position {
  id: string;
  officeId: string;
  /** The jabatan's name as written in the office's documents, e.g. "Kepala Bidang Mutasi". */
  name: string;
  jenisJabatan: JenisJabatan;
  /** Only for jabatan fungsional. */
  kategori: KategoriFungsional | null;
  jenjang: JenjangFungsional | null;
  unitId: string | null;
  /** The superior position: its holder is the Pejabat Penilai of this position's holders. */
  reportsToId: string | null;
  retired: boolean;
}

export const employeeStatuses = ['active', 'moved', 'retired'] as const;
export type EmployeeStatus = (typeof employeeStatuses)[number];

/** HR's choice of appraiser where the positions give none, or the wrong one. */
export interface AppraiserOverride {
  appraiserId: string;
  reason: string;
  /** A written delegation lets someone below pengawas level appraise (PermenPANRB 6/2022). */
  delegated: boolean;
}

export interface Employee {
  id: string;
  officeId: string;
  /** NIP (PNS) or NI PPPK: 18 digits, without spaces. */
  nip: string;
  asnType: AsnType;
  /** Name without academic titles; gelar are kept apart so lists sort by name. */
  name: string;
  gelarDepan: string;
  gelarBelakang: string;
  /** "III/a" for PNS, "IX" for PPPK (shared/golongan.ts). */
  golongan: string | null;
  positionId: string | null;
  unitId: string | null;
  status: EmployeeStatus;
  /** TMT jabatan: since when the person holds the position (ISO date). */
  tmtJabatan: string | null;
  appraiserOverride: AppraiserOverride | null;
}

/** The name as written on documents: front titles, name, then back titles after a comma. */
export function displayName(person: Pick<Employee, 'name' | 'gelarDepan' | 'gelarBelakang'>): string {
  const front = person.gelarDepan.trim();
  const back = person.gelarBelakang.trim();
  return `${front ? `${front} ` : ''}${person.name}${back ? `, ${back}` : ''}`;
}

/** A unit and all units below it (by parentId), for "this unit including sub-units". */
export function unitAndBelow(units: readonly { id: string; parentId: string | null }[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}
