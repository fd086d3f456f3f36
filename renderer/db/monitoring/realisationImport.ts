import { AppError } from '../../../shared/errors';
import { localIsoDate } from '../../../shared/monitoring/days';
import { entryProblem } from '../../../shared/monitoring/deadlines';
import { monitoringYearBasis, type RealisationImportExisting, type RealisationImportPlan } from '../../../shared/monitoring/import/plan';
import { valueFlags } from '../../../shared/monitoring/outliers';
import { requirePeriodKey } from '../../../shared/monitoring/periods';
import type { RealisationRecord } from '../records';
import { requireUser, write, type Repo, type Session } from '../repository';
import { monitoringYearOf } from './monitoringYears';
import { findIki } from './monitoringContext';
import { compareKeys } from './periodOrder';

/**
 * The realisations import (HR): what a plan is made against, and the one write that stores
 * exactly the planned rows. Rows the plan left out are not written; unchanged ones neither.
 */
export async function realisationImportBasis(repo: Repo, session: Session, year: number): Promise<RealisationImportExisting> {
  const user = await requireUser(repo.db, session, 'monitoring.manage');
  const [employees, skps, monitoringYear] = await Promise.all([
    repo.db.employees.where('officeId').equals(user.officeId).toArray(),
    repo.db.skps.where('year').equals(year).filter((s) => s.officeId === user.officeId).toArray(),
    monitoringYearOf(repo.db, user.officeId, year),
  ]);
  const live = skps.filter((s) => s.status === 'approved' || s.status === 'closed').map((s) => s.id);
  const realisations = live.length === 0 ? [] : await repo.db.realisations.where('skpId').anyOf(live).toArray();
  return { employees, skps, realisations, monitoringYear };
}

/**
 * Writes the plan's new and changed realisations in one transaction ('realisation.import': one
 * audit entry for the lot). Refused as stale (`realisationImport:stale`) when any SKP of the
 * year, any planned realisation or the year's rules changed since the preview, or when a
 * period closed meanwhile. Flags are computed here as in saveRealisation (the IKI's range, and the person's
 * earlier periods as stored (and as written by this import)).
 */
export async function applyRealisationImportPlan(repo: Repo, session: Session, plan: RealisationImportPlan, options: { allOrNothing: boolean }): Promise<{ written: number }> {
  if (plan.fileIssues.length > 0) throw new AppError('import.fileHasProblems');
  if (options.allOrNothing && plan.counts.invalid > 0) throw new AppError('import.hasInvalidRows', { count: plan.counts.invalid });
  const rows = plan.rows.filter((r) => r.change !== 'unchanged');

  return write(repo, 'realisation.import', async (tx) => {
    const user = await tx.requireActor(session, 'monitoring.manage');
    const stale = () => new AppError('realisationImport:stale');
    const skps = await tx.db.skps.where('year').equals(plan.year).filter((s) => s.officeId === user.officeId).toArray();
    if (skps.length !== plan.basis.skps.size || skps.some((s) => plan.basis.skps.get(s.id) !== s.rev)) throw stale();
    const year = await monitoringYearOf(tx.db, user.officeId, plan.year);
    if (monitoringYearBasis(year) !== plan.basis.monitoringYear) throw stale();
    const ids = [...plan.basis.realisations.keys()];
    const stored = await tx.db.realisations.bulkGet(ids);
    if (stored.some((r, i) => (r?.rev ?? 0) !== plan.basis.realisations.get(ids[i]!))) throw stale();
    const skpById = new Map(skps.map((s) => [s.id, s]));
    const byId = new Map(stored.filter((r): r is RealisationRecord => !!r).map((r) => [r.id, r]));

    const today = localIsoDate(new Date(tx.at));
    const employees = [...new Set(rows.map((r) => r.employeeId))];
    const history = employees.length === 0 ? [] : await tx.db.realisations.where('employeeId').anyOf(employees).toArray();
    const values = new Map<string, { periodKey: string; value: number; id: string }[]>();
    const add = (employeeId: string, ikiId: string, entry: { periodKey: string; value: number; id: string }) => {
      const key = `${employeeId}:${ikiId}`;
      values.set(key, [...(values.get(key) ?? []).filter((e) => e.id !== entry.id), entry]);
    };
    for (const r of history) add(r.employeeId, r.ikiId, r);
    for (const r of rows) add(r.employeeId, r.ikiId, r);

    const records: Omit<RealisationRecord, 'rev' | 'baseRev'>[] = rows.map((row) => {
      const period = requirePeriodKey(row.periodKey);
      const problem = entryProblem(period, { deadlineDays: year.rules.deadlineDays, dueSoonDays: year.rules.dueSoonDays, today, reopenedUntil: year.reopened[period.key]?.until ?? null });
      if (problem) throw stale();
      const before = byId.get(row.id);
      const skp = skpById.get(row.skpId);
      if (!skp) throw stale();
      const { iki } = findIki(skp, row.ikiId);
      const earlier = (values.get(`${row.employeeId}:${row.ikiId}`) ?? []).filter((e) => e.id !== row.id && compareKeys(e.periodKey, row.periodKey) < 0).map((e) => e.value);
      return {
        id: row.id,
        officeId: user.officeId,
        skpId: row.skpId,
        employeeId: row.employeeId,
        rhkId: row.rhkId,
        ikiId: row.ikiId,
        periodKey: row.periodKey,
        value: row.value,
        source: row.source,
        note: row.note,
        explanation: before?.explanation ?? '',
        flags: valueFlags(row.value, { min: iki.min, max: iki.max, history: earlier }),
        // HR's import keeps the record of an earlier correction (the old value stays named).
        correction: before?.correction ?? null,
      };
    });
    const written = records.length === 0 ? [] : await tx.putMany('realisations', records);
    return { written: written.length };
  });
}
