import { AppError } from '../../../shared/errors';
import type { RosterImportPlan } from '../../../shared/roster/plan';
import { write, type Repo, type Session } from '../repository';

export interface ImportProgress {
  written: number;
  total: number;
}

export interface ImportResult {
  units: number;
  positions: number;
  employees: number;
}

const CHUNK = 1_000;

/** A unique index refused a record (Dexie reports it inside a BulkError). */
function isConstraintError(error: unknown): boolean {
  const e = error as { name?: string; failures?: { name?: string }[] };
  return e?.name === 'ConstraintError' || (e?.name === 'BulkError' && (e.failures ?? []).some((f) => f?.name === 'ConstraintError'));
}

/**
 * Writes exactly what the preview showed, in one transaction: the units and positions it
 * offered to create, then every new or changed person. With `allOrNothing`, one invalid row
 * stops the whole import. Re-checked against the database at write time, so a preview that
 * went stale (someone saved in between) is refused rather than half applied.
 */
export async function applyRosterPlan(
  repo: Repo,
  session: Session,
  plan: RosterImportPlan,
  options: { allOrNothing: boolean },
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportResult> {
  if (options.allOrNothing && plan.counts.invalid > 0) throw new AppError('import.hasInvalidRows', { count: plan.counts.invalid });
  if (plan.fileIssues.length > 0) throw new AppError('import.fileHasProblems');
  const people = plan.rows.flatMap((row) => (row.kind === 'new' || row.kind === 'changed' ? [row] : []));
  const total = plan.unitsToCreate.length + plan.positionsToCreate.length + people.length;

  return write(repo, 'employee.import', async (tx) => {
    const actor = await tx.requireActor(session, 'people.import');
    if (plan.unitsToCreate.some((u) => u.officeId !== actor.officeId) || people.some((r) => r.employee.officeId !== actor.officeId)) {
      throw new AppError('import.otherOffice');
    }
    // Changed people must still exist. New people must still be new: a NIP someone added
    // meanwhile fails the unique NIP index, which is the check (no extra lookup of 10,000 rows).
    const newPeople = people.filter((r) => r.kind === 'new').map((r) => r.employee);
    const changedPeople = people.filter((r) => r.kind === 'changed').map((r) => r.employee);
    const stillThere = await tx.db.employees.bulkGet(changedPeople.map((e) => e.id));
    if (stillThere.some((e) => e === undefined)) throw new AppError('import.stale');

    let written = 0;
    const report = (n: number) => onProgress({ written: (written += n), total });
    report(0);
    // Units, positions and new people come with ids the plan has just made: nothing to look up.
    await tx.putMany('units', plan.unitsToCreate, { allNew: true });
    report(plan.unitsToCreate.length);
    await tx.putMany('positions', plan.positionsToCreate, { allNew: true });
    report(plan.positionsToCreate.length);
    // Every chunk's requests are queued at once: IndexedDB runs them in order without idling
    // between chunks, and progress moves as each one completes.
    const chunks: Promise<unknown>[] = [];
    for (const [list, allNew] of [[newPeople, true], [changedPeople, false]] as const) {
      for (let i = 0; i < list.length; i += CHUNK) {
        const chunk = list.slice(i, i + CHUNK);
        chunks.push(
          tx.putMany('employees', chunk, { allNew }).then(
            () => report(chunk.length),
            (error: unknown) => {
              throw isConstraintError(error) ? new AppError('import.stale') : error;
            },
          ),
        );
      }
    }
    await Promise.all(chunks);
    return { units: plan.unitsToCreate.length, positions: plan.positionsToCreate.length, employees: people.length };
  });
}
