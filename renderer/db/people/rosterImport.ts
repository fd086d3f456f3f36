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
    // New people must still be new (by id and by NIP); changed people must still exist.
    const byId = await tx.db.employees.bulkGet(people.map((r) => r.employee.id));
    const newNips = people.filter((r) => r.kind === 'new').map((r) => r.employee.nip);
    const taken = await tx.db.employees.where('nip').anyOf(newNips).count();
    if (taken > 0 || people.some((row, i) => (row.kind === 'new') !== (byId[i] === undefined))) throw new AppError('import.stale');

    let written = 0;
    const report = (n: number) => onProgress({ written: (written += n), total });
    report(0);
    await tx.putMany('units', plan.unitsToCreate);
    report(plan.unitsToCreate.length);
    await tx.putMany('positions', plan.positionsToCreate);
    report(plan.positionsToCreate.length);
    for (let i = 0; i < people.length; i += CHUNK) {
      const chunk = people.slice(i, i + CHUNK);
      await tx.putMany('employees', chunk.map((r) => r.employee));
      report(chunk.length);
    }
    return { units: plan.unitsToCreate.length, positions: plan.positionsToCreate.length, employees: people.length };
  });
}
