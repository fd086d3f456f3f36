import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { evaluationYearOf, isAnnualKey } from '../../../shared/evaluation/periods';
import { orgPredikatList } from '../../../shared/evaluation/tables';
import { parsePeriodKey } from '../../../shared/monitoring/periods';
import { parseOrThrow } from '../../../shared/validation';
import { requireUser, write, type Repo, type Session } from '../repository';
import type { OrgResultRecord } from '../records';
import { planningContext } from '../skp/planningContext';
import { monitoringYearOf } from '../monitoring/monitoringYears';
import { requireOrgOfficial } from './evaluationContext';

export const OrgResultInputSchema = z.object({
  unitId: z.string().min(1),
  periodKey: z.string().min(1),
  predikat: z.enum(orgPredikatList, { message: 'evaluation.orgPredikatMissing' }),
  note: z.string().trim().max(1000),
});
export type OrgResultInput = z.input<typeof OrgResultInputSchema>;

/** Capaian kinerja organisasi of a unit for a period (or the year), by the official one level up. */
export async function recordOrgResult(repo: Repo, session: Session, input: OrgResultInput): Promise<OrgResultRecord> {
  const entry = parseOrThrow(OrgResultInputSchema, input);
  return write(repo, 'evaluation.orgResult', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const unit = ctx.units.get(entry.unitId);
    if (!unit) throw new AppError('unit.notFound', {}, 'unitId');
    const year = evaluationYearOf(entry.periodKey);
    const { rules } = year === null ? { rules: null } : await monitoringYearOf(tx.db, user.officeId, year);
    if (year === null || !(isAnnualKey(entry.periodKey) || parsePeriodKey(entry.periodKey)?.rhythm === rules?.rhythm)) {
      throw new AppError('evaluation.periodInvalid', { key: entry.periodKey, rhythm: rules?.rhythm ?? '' }, 'periodKey');
    }
    requireOrgOfficial(ctx, unit.id);
    return tx.put('orgResults', { id: `${unit.id}:${entry.periodKey}`, officeId: user.officeId, unitId: unit.id, year, periodKey: entry.periodKey, predikat: entry.predikat, note: entry.note, recordedBy: user.name });
  });
}

/** The office's organisation results for a period: everyone may read them (they frame every rating). */
export async function orgResultsOf(repo: Repo, session: Session, periodKey: string): Promise<OrgResultRecord[]> {
  await requireUser(repo.db, session);
  return (await repo.db.orgResults.where('periodKey').equals(periodKey).toArray()).filter((r) => r.officeId === session.officeId);
}
