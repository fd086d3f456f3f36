import { superiorsInChain, type ChainEntry } from '../../../shared/appraiserChain';
import { displayName, type Employee, type Unit } from '../../../shared/people';
import type { Rhk, Skp } from '../../../shared/skp/types';
import { isEditable } from '../../../shared/skp/workflow';
import { unitWithDescendants } from '../people/filterEmployees';

/**
 * Who the bulk-assignment page offers: the RHK that can be handed down, and the people below
 * its owner that the signed-in person may edit. The repository (renderer/db/skp/bulkAssign.ts)
 * checks the same again inside its transaction; these only keep the page from offering what
 * it would refuse.
 */

type SkpLike = Pick<Skp, 'id' | 'employeeId' | 'status' | 'version' | 'rhk' | 'snapshot'>;

/** A leader RHK as the picker lists it. */
export interface LeaderRhkOption {
  rhk: Rhk;
  skpId: string;
  ownerId: string;
  ownerName: string;
}

/**
 * The RHK of the year's live SKPs whose owner appraises somebody in `chain` (an RHK of someone
 * with nobody below them cannot be handed down), the owner's own order kept, owners by name.
 */
export function leaderRhkOptions(skps: readonly SkpLike[], chain: ReadonlyMap<string, ChainEntry>, collator: Intl.Collator): LeaderRhkOption[] {
  const appraisers = new Set<string>();
  for (const entry of chain.values()) if (entry.appraiserId) appraisers.add(entry.appraiserId);
  return skps
    .filter((s) => s.status !== 'closed' && appraisers.has(s.employeeId))
    .sort((a, b) => collator.compare(a.snapshot.employee.name, b.snapshot.employee.name))
    .flatMap((s) => s.rhk.map((rhk) => ({ rhk, skpId: s.id, ownerId: s.employeeId, ownerName: s.snapshot.employee.name })));
}

/** What the signed-in person may edit: HR (skp.manage) anyone's draft, an appraiser their own subordinates'. */
export interface BulkActor {
  manage: boolean;
  /** The actor's own employee id when they hold the Pejabat Penilai role, else null. */
  appraiserId: string | null;
}

export interface Candidate<E extends Employee = Employee> {
  employee: E;
  /** The live SKP of the year, when the person has one. */
  skp: SkpLike | null;
  /** Submitted or approved: the RHK cannot be added (the status says why). */
  locked: boolean;
}

/**
 * The active people below `leaderId` in the chain whom the actor may edit, each with their SKP
 * of the year (the highest live version) and whether it is still open to changes.
 */
export function bulkCandidates<E extends Employee>(input: {
  employees: readonly E[];
  chain: ReadonlyMap<string, ChainEntry>;
  skps: readonly SkpLike[];
  leaderId: string;
  actor: BulkActor;
}): Candidate<E>[] {
  const { chain, actor, leaderId } = input;
  const current = new Map<string, SkpLike>();
  for (const s of input.skps) {
    if (s.status === 'closed') continue;
    const seen = current.get(s.employeeId);
    if (!seen || s.version > seen.version) current.set(s.employeeId, s);
  }
  const out: Candidate<E>[] = [];
  for (const employee of input.employees) {
    if (employee.status !== 'active' || employee.id === leaderId) continue;
    if (!actor.manage && (actor.appraiserId === null || chain.get(employee.id)?.appraiserId !== actor.appraiserId)) continue;
    if (!superiorsInChain(chain, employee.id).includes(leaderId)) continue;
    const skp = current.get(employee.id) ?? null;
    out.push({ employee, skp, locked: skp !== null && !isEditable(skp.status) });
  }
  return out;
}

export interface CandidateFilter {
  search: string;
  /** A unit includes its sub-units. */
  unitId: string | null;
  positionId: string | null;
}

export const noCandidateFilter: CandidateFilter = { search: '', unitId: null, positionId: null };

/** Unit (with sub-units), position and name/NIP search, sorted by name. */
export function filterCandidates<E extends Employee>(candidates: readonly Candidate<E>[], units: readonly Unit[], filter: CandidateFilter, collator: Intl.Collator): Candidate<E>[] {
  const inUnit = filter.unitId ? unitWithDescendants([...units], filter.unitId) : null;
  const term = filter.search.trim().toLowerCase();
  const nipTerm = term.replace(/\s+/g, '');
  return candidates
    .filter(({ employee: e }) => {
      if (inUnit && !(e.unitId && inUnit.has(e.unitId))) return false;
      if (filter.positionId && e.positionId !== filter.positionId) return false;
      if (!term) return true;
      return displayName(e).toLowerCase().includes(term) || (/^\d+$/.test(nipTerm) && e.nip.includes(nipTerm));
    })
    .sort((a, b) => collator.compare(a.employee.name, b.employee.name) || a.employee.nip.localeCompare(b.employee.nip));
}

/** "Select all shown": every shown person who can still be given the RHK, added to the selection (or, when all are in, taken out). */
export function toggleAllShown(selected: ReadonlySet<string>, shown: readonly Candidate[]): Set<string> {
  const open = shown.filter((c) => !c.locked).map((c) => c.employee.id);
  const next = new Set(selected);
  if (open.length > 0 && open.every((id) => next.has(id))) for (const id of open) next.delete(id);
  else for (const id of open) next.add(id);
  return next;
}
