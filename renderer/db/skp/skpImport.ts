import { AppError } from '../../../shared/errors';
import { rhkAfterImport, type PlannedPerson, type SkpImportPlan } from '../../../shared/skp/import/plan';
import { isEditable } from '../../../shared/skp/workflow';
import type { SkpRecord } from '../records';
import { requireUser, write, type Repo, type Session } from '../repository';
import { planningContext, superiorsOf, type PlanningContext } from './planningContext';
import { newSkpRecord } from './skps';

export interface SkpImportProgress {
  written: number;
  total: number;
}

export interface SkpImportResult {
  /** SKPs made for people who had none for the year. */
  created: number;
  /** Stored SKPs that took new or changed RHK. */
  updated: number;
  /** RHK added or changed, over all of them. */
  rhk: number;
}

const CHUNK = 500;

/** What a targets plan is made against: the office's people and positions, and every SKP of the year with its revision. */
export async function skpImportBasis(repo: Repo, session: Session, year: number) {
  const user = await requireUser(repo.db, session, 'skp.manage');
  const [employees, positions, skps] = await Promise.all([
    repo.db.employees.where('officeId').equals(user.officeId).toArray(),
    repo.db.positions.where('officeId').equals(user.officeId).toArray(),
    repo.db.skps.where('year').equals(year).filter((s) => s.officeId === user.officeId).toArray(),
  ]);
  return { employees, positions, skps };
}

/**
 * Writes exactly what the preview showed, in one transaction: new SKPs with their RHK, and the
 * RHK added to or changed in stored SKPs (which go back to draft, as any edit does). With
 * `allOrNothing`, one invalid row stops the whole import. Refused as stale when any SKP of the
 * year changed since the preview (someone saved, submitted or approved meanwhile), when a
 * person left, or when a leader is no longer the person's superior (checkLinks).
 */
export async function applySkpImportPlan(
  repo: Repo,
  session: Session,
  plan: SkpImportPlan,
  options: { allOrNothing: boolean },
  onProgress: (progress: SkpImportProgress) => void = () => {},
): Promise<SkpImportResult> {
  if (plan.fileIssues.length > 0) throw new AppError('import.fileHasProblems');
  if (options.allOrNothing && plan.counts.invalid > 0) throw new AppError('import.hasInvalidRows', { count: plan.counts.invalid });
  const people = plan.people.filter((p) => p.outcome !== 'unchanged');
  const total = people.length;

  return write(repo, 'skp.import', async (tx) => {
    const user = await tx.requireActor(session, 'skp.manage');
    const stored = await tx.db.skps.where('year').equals(plan.year).filter((s) => s.officeId === user.officeId).toArray();
    if (stored.length !== plan.basis.size || stored.some((s) => plan.basis.get(s.id) !== s.rev)) throw new AppError('skpImport:stale');
    const byId = new Map(stored.map((s) => [s.id, s]));
    const ctx = await planningContext(tx.db, user);

    const created: Omit<SkpRecord, 'rev' | 'baseRev'>[] = [];
    const updated: SkpRecord[] = [];
    let rhk = 0;
    for (const person of people) {
      const employee = ctx.employees.get(person.employeeId);
      if (!employee || employee.status !== 'active') throw new AppError('skpImport:stale');
      rhk += person.rhk.filter((r) => r.outcome !== 'unchanged').length;
      if (person.outcome === 'newSkp') {
        const fresh = { ...newSkpRecord(ctx, employee, tx.at, { year: plan.year, periodStart: `${plan.year}-01-01`, periodEnd: `${plan.year}-12-31` }), id: person.skpId };
        if (fresh.form !== person.form) throw new AppError('skpImport:stale');
        created.push({ ...fresh, rhk: rhkAfterImport([], person) });
      } else {
        const skp = byId.get(person.skpId);
        if (!skp || skp.status === 'closed' || !isEditable(skp.status)) throw new AppError('skpImport:stale');
        updated.push({ ...skp, rhk: rhkAfterImport(skp.rhk, person), status: 'draft' });
      }
    }
    checkLinks(ctx, stored, [...created, ...updated], people);

    let written = 0;
    onProgress({ written, total });
    for (const [list, allNew] of [[created, true], [updated, false]] as const) {
      for (let i = 0; i < list.length; i += CHUNK) {
        const chunk = list.slice(i, i + CHUNK);
        await tx.putMany('skps', chunk, { allNew });
        onProgress({ written: (written += chunk.length), total });
      }
    }
    return { created: created.length, updated: updated.length, rhk };
  });
}

/**
 * The cascade rule every SKP edit meets (checkCascade in skps.ts), checked in memory for the
 * whole import at once rather than with queries per SKP: each link the import sets points at
 * an RHK in a live SKP of the year (stored, or written by this import) of one of the person's
 * superiors, and no chain of links comes back to where it started. A leader that vanished or
 * is no longer a superior means the office changed since the preview; a loop can only come
 * from a loop in the appraiser chain.
 */
function checkLinks(ctx: PlanningContext, stored: readonly SkpRecord[], written: readonly Pick<SkpRecord, 'id' | 'employeeId' | 'status' | 'rhk'>[], people: readonly PlannedPerson[]): void {
  const owner = new Map<string, string>();
  const parent = new Map<string, string | null>();
  const writtenIds = new Set(written.map((s) => s.id));
  for (const skp of [...stored.filter((s) => !writtenIds.has(s.id) && s.status !== 'closed'), ...written]) {
    for (const r of skp.rhk) {
      owner.set(r.id, skp.employeeId);
      parent.set(r.id, r.parent?.kind === 'rhk' ? r.parent.rhkId : null);
    }
  }
  for (const person of people) {
    const superiors = new Set(superiorsOf(ctx, person.employeeId));
    for (const planned of person.rhk) {
      const link = planned.rhk.parent;
      if (link?.kind !== 'rhk' || !(planned.outcome === 'added' || planned.changes.includes('leader'))) continue;
      const leader = owner.get(link.rhkId);
      if (!leader || !superiors.has(leader)) throw new AppError('skpImport:stale');
      const seen = new Set([planned.rhk.id]);
      for (let up: string | null | undefined = link.rhkId; up; up = parent.get(up)) {
        if (seen.has(up)) throw new AppError('skpImport:loop', { person: person.name, rhk: planned.rhk.text });
        seen.add(up);
      }
    }
  }
}
