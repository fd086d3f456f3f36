import { isJpt, mayAppraiseWithoutDelegation } from './jabatan';
import type { Employee, Position } from './people';

/**
 * Who appraises whom (PermenPANRB 6/2022; domain.md §2). The Pejabat Penilai Kinerja is the
 * employee's direct superior: the active holder of the position their position reports to,
 * unless HR set an override. The Atasan Pejabat Penilai is the appraiser's own appraiser.
 * Wrong or missing appraisers are the top complaint about the national system, so every gap
 * is named as a problem rather than papered over.
 */
export type AppraiserProblem =
  | 'noPosition'
  | 'noSuperior'
  | 'vacantSuperior'
  | 'ambiguousSuperior'
  | 'belowPengawas'
  | 'cycle'
  | 'appraiserInactive'
  | 'appraiserOtherOffice'
  | 'overrideAppraiserMissing';

export interface ChainEntry {
  employeeId: string;
  appraiserId: string | null;
  /** Atasan Pejabat Penilai: the appraiser's appraiser; null when that is outside the office or unknown. */
  atasanAppraiserId: string | null;
  /**
   * `position`: from the superior position's holder; `override`: set by HR; `outsideOffice`: the
   * head of the office (a JPT whose position reports to nothing here) is appraised by the
   * regional head, outside the office; `none`: no appraiser can be derived.
   */
  source: 'position' | 'override' | 'none' | 'outsideOffice';
  problems: AppraiserProblem[];
  /** With `vacantSuperior`: the superior position nobody active holds. */
  vacantPositionId?: string;
}

/**
 * One entry per active employee of the office, in the order given. Linear in employees plus
 * positions: maps by id, holders grouped once, and each appraiser link walked once for cycles.
 */
export function deriveAppraiserChain(employees: readonly Employee[], positions: readonly Position[], officeId: string): Map<string, ChainEntry> {
  const employeeById = new Map<string, Employee>();
  for (const e of employees) if (!employeeById.has(e.id)) employeeById.set(e.id, e);
  const positionById = new Map<string, Position>();
  for (const p of positions) if (!positionById.has(p.id)) positionById.set(p.id, p);
  const activeHolders = new Map<string, Employee[]>();
  for (const e of employeeById.values()) {
    if (e.status !== 'active' || e.positionId === null) continue;
    const holders = activeHolders.get(e.positionId);
    if (holders) holders.push(e);
    else activeHolders.set(e.positionId, [e]);
  }

  const chain = new Map<string, ChainEntry>();
  for (const employee of employeeById.values()) {
    if (employee.status !== 'active' || employee.officeId !== officeId) continue;
    chain.set(employee.id, appraiserOf(employee, employeeById, positionById, activeHolders, officeId));
  }
  markCycles(chain);
  for (const entry of chain.values()) {
    entry.atasanAppraiserId = entry.appraiserId === null ? null : (chain.get(entry.appraiserId)?.appraiserId ?? null);
  }
  return chain;
}

function appraiserOf(
  employee: Employee,
  employeeById: ReadonlyMap<string, Employee>,
  positionById: ReadonlyMap<string, Position>,
  activeHolders: ReadonlyMap<string, Employee[]>,
  officeId: string,
): ChainEntry {
  const entry: ChainEntry = { employeeId: employee.id, appraiserId: null, atasanAppraiserId: null, source: 'none', problems: [] };
  const override = employee.appraiserOverride;
  if (override) {
    entry.source = 'override';
    const appraiser = employeeById.get(override.appraiserId);
    if (!appraiser) {
      entry.problems.push('overrideAppraiserMissing');
      return entry;
    }
    entry.appraiserId = appraiser.id;
    flagAppraiser(entry, appraiser, positionById, officeId, override.delegated);
    return entry;
  }

  const position = employee.positionId === null ? undefined : positionById.get(employee.positionId);
  if (!position) {
    entry.problems.push('noPosition');
    return entry;
  }
  if (position.reportsToId === null) {
    if (isJpt(position.jenisJabatan)) entry.source = 'outsideOffice';
    else entry.problems.push('noSuperior');
    return entry;
  }
  if (!positionById.has(position.reportsToId)) {
    entry.problems.push('noSuperior');
    return entry;
  }
  entry.source = 'position';
  const holders = activeHolders.get(position.reportsToId) ?? [];
  if (holders.length === 0) {
    entry.problems.push('vacantSuperior');
    entry.vacantPositionId = position.reportsToId;
    return entry;
  }
  if (holders.length > 1) {
    entry.problems.push('ambiguousSuperior');
    return entry;
  }
  const appraiser = holders[0]!;
  entry.appraiserId = appraiser.id;
  flagAppraiser(entry, appraiser, positionById, officeId, false);
  return entry;
}

/**
 * Problems with the person found. An appraiser without a position cannot be shown to be at
 * least pengawas, so without a delegation that counts as below pengawas too.
 */
function flagAppraiser(entry: ChainEntry, appraiser: Employee, positionById: ReadonlyMap<string, Position>, officeId: string, delegated: boolean): void {
  const position = appraiser.positionId === null ? undefined : positionById.get(appraiser.positionId);
  if (!delegated && (!position || !mayAppraiseWithoutDelegation(position.jenisJabatan))) entry.problems.push('belowPengawas');
  if (appraiser.status !== 'active') entry.problems.push('appraiserInactive');
  if (appraiser.officeId !== officeId) entry.problems.push('appraiserOtherOffice');
}

/**
 * Each employee has at most one appraiser, so following appraisers is a walk in a functional
 * graph: a walk either leaves the map, stops, or enters a loop. Every member of a loop
 * (including someone who appraises themself) gets `cycle`; people who merely lead into a loop
 * do not. Each entry is visited once.
 */
function markCycles(chain: ReadonlyMap<string, ChainEntry>): void {
  const state = new Map<string, number>(); // walk number while on the current walk; -1 when done
  let walk = 0;
  for (const start of chain.keys()) {
    if (state.has(start)) continue;
    walk += 1;
    const path: string[] = [];
    let id: string | null = start;
    while (id !== null && chain.has(id) && !state.has(id)) {
      state.set(id, walk);
      path.push(id);
      id = chain.get(id)!.appraiserId;
    }
    if (id !== null && state.get(id) === walk) {
      for (let i = path.indexOf(id); i < path.length; i += 1) chain.get(path[i]!)!.problems.push('cycle');
    }
    for (const visited of path) state.set(visited, -1);
  }
}

/** The people above someone in the chain, nearest first; a loop in the chain stops the walk. */
export function superiorsInChain(chain: ReadonlyMap<string, ChainEntry>, employeeId: string): string[] {
  const out: string[] = [];
  const seen = new Set([employeeId]);
  for (let at = chain.get(employeeId)?.appraiserId; at && !seen.has(at); at = chain.get(at)?.appraiserId) {
    out.push(at);
    seen.add(at);
  }
  return out;
}

/** Who this person appraises (their entries' employee ids, in chain order): for role filtering. */
export function subordinatesOf(chain: ReadonlyMap<string, ChainEntry>, appraiserId: string): string[] {
  const out: string[] = [];
  for (const entry of chain.values()) if (entry.appraiserId === appraiserId) out.push(entry.employeeId);
  return out;
}
