import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { checkDistribution, distributionOf, type Distribution, type DistributionBreach } from '../../../shared/evaluation/distribution';
import { isAnnualKey, requireEvaluationPeriod } from '../../../shared/evaluation/periods';
import { headHasilFromOrg, predikatOf, ratings, type OrgPredikat, type Rating } from '../../../shared/evaluation/tables';
import { resultUnitOf } from '../../../shared/evaluation/unitScope';
import { isMonitored } from '../../../shared/monitoring/skpRows';
import { can } from '../../../shared/roles';
import { parseOrThrow } from '../../../shared/validation';
import { requireUser, write, type Repo, type Session, type WriteTx } from '../repository';
import type { EvaluationRecord, OrgResultRecord, SkpRecord } from '../records';
import type { KinerjaDb } from '../schema';
import { planningContext, type PlanningContext } from '../skp/planningContext';
import { monitoringYearOf } from '../monitoring/monitoringYears';
import { mayReadEvaluation, requireRater, unitHeadedBy } from './evaluationContext';

const note = z.string().trim().max(1000);
const reason = z.string().trim().min(1, { message: 'evaluation.reasonMissing' }).max(1000);

export const RatingInputSchema = z.object({
  skpId: z.string().min(1),
  periodKey: z.string().min(1),
  hasil: z.enum(ratings).nullable(),
  hasilNote: note,
  perilaku: z.enum(ratings).nullable(),
  perilakuNote: note,
});
export type RatingInput = z.input<typeof RatingInputSchema>;

export const evaluationId = (skpId: string, periodKey: string) => `${skpId}:${periodKey}`;

/** The Pejabat Penilai's ratings (a draft until finalised); the predikat follows from the matrix. */
export async function saveRating(repo: Repo, session: Session, input: RatingInput): Promise<EvaluationRecord> {
  const entry = parseOrThrow(RatingInputSchema, input);
  return write(repo, 'evaluation.rate', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const skp = await tx.db.skps.get(entry.skpId);
    if (!skp || skp.officeId !== user.officeId) throw new AppError('skp.notFound');
    requireRater(ctx, skp);
    if (!isMonitored(skp)) throw new AppError('evaluation.skpNotApproved', { name: skp.snapshot.employee.name });
    const { rules } = await monitoringYearOf(tx.db, user.officeId, skp.year);
    requireEvaluationPeriod(entry.periodKey, skp, rules.rhythm);
    const id = evaluationId(skp.id, entry.periodKey);
    const existing = await tx.db.evaluations.get(id);
    if (existing?.status === 'final') throw new AppError('evaluation.final');
    const hasil = await annualHeadHasil(tx.db, ctx, skp.employeeId, entry.periodKey, entry.hasil);
    return tx.put('evaluations', {
      id,
      officeId: user.officeId,
      skpId: skp.id,
      employeeId: skp.employeeId,
      unitId: skp.snapshot.employee.unitId ?? '',
      year: skp.year,
      periodKey: entry.periodKey,
      hasil,
      hasilNote: entry.hasilNote,
      perilaku: entry.perilaku,
      perilakuNote: entry.perilakuNote,
      predikat: hasil && entry.perilaku ? predikatOf(hasil, entry.perilaku) : null,
      status: 'draft',
      ratedBy: user.name,
      finalisedAt: null,
      distributionOverride: null,
      reopenings: existing?.reopenings ?? [],
      acknowledgement: null,
    });
  });
}

/**
 * A unit head's annual rating hasil kerja is their unit's organisation result for the year
 * (headHasilFromOrg). Null when this is not a unit head's annual evaluation; `rating` null
 * while the result is not recorded.
 */
export async function headHasilFor(db: KinerjaDb, ctx: PlanningContext, employeeId: string, periodKey: string): Promise<{ unit: string; rating: Rating | null } | null> {
  const unitId = isAnnualKey(periodKey) ? unitHeadedBy(ctx, employeeId) : null;
  if (unitId === null) return null;
  const result = await db.orgResults.get(`${unitId}:${periodKey}`);
  return { unit: ctx.units.get(unitId)?.name ?? unitId, rating: result ? headHasilFromOrg[result.predikat] : null };
}

/** The rating hasil kerja to keep: a unit head's annual one is fixed by the result, and none before it is recorded. */
async function annualHeadHasil(db: KinerjaDb, ctx: PlanningContext, employeeId: string, periodKey: string, asked: Rating | null): Promise<Rating | null> {
  const head = await headHasilFor(db, ctx, employeeId, periodKey);
  if (head === null) return asked;
  if (head.rating === null && asked !== null) throw new AppError('evaluation.orgResultFirst', { unit: head.unit }, 'hasil');
  if (head.rating !== null && asked !== null && asked !== head.rating) throw new AppError('evaluation.hasilFromOrg', { unit: head.unit }, 'hasil');
  return head.rating;
}

export interface UnitDistribution {
  /** The unit whose organisation result frames this distribution; null when none is recorded at or above. */
  unitId: string | null;
  org: OrgPredikat | null;
  distribution: Distribution;
  breaches: DistributionBreach[];
}

/** The period's organisation results and every evaluation, with the unit each counts under. */
async function periodScope(db: KinerjaDb, ctx: PlanningContext, officeId: string, periodKey: string) {
  const results = new Map<string, OrgResultRecord>();
  for (const r of await db.orgResults.where('periodKey').equals(periodKey).toArray()) if (r.officeId === officeId) results.set(r.unitId, r);
  const parentOf = new Map([...ctx.units.values()].map((u) => [u.id, u.parentId]));
  const scopeOf = (unitId: string) => resultUnitOf(unitId, parentOf, (u) => results.has(u));
  const evaluations = (await db.evaluations.where('periodKey').equals(periodKey).toArray()).filter((e) => e.officeId === officeId);
  return { results, scopeOf, evaluations };
}

function unitDistribution(unitId: string | null, results: ReadonlyMap<string, OrgResultRecord>, members: readonly Pick<EvaluationRecord, 'predikat'>[]): UnitDistribution {
  const distribution = distributionOf(members.flatMap((e) => (e.predikat ? [e.predikat] : [])));
  const org = unitId ? results.get(unitId)!.predikat : null;
  return { unitId, org, distribution, breaches: org ? checkDistribution(org, distribution.counts) : [] };
}

/**
 * The live distribution an evaluation belongs to: every predikat given so far (draft or final) in
 * its result unit. The evaluation may be one not saved yet (predikat null), for the rating screen.
 */
export async function distributionAround(db: KinerjaDb, ctx: PlanningContext, evaluation: Pick<EvaluationRecord, 'id' | 'officeId' | 'periodKey' | 'unitId' | 'predikat'>): Promise<UnitDistribution> {
  const { results, scopeOf, evaluations } = await periodScope(db, ctx, evaluation.officeId, evaluation.periodKey);
  const unitId = scopeOf(evaluation.unitId);
  const members = [...evaluations.filter((e) => e.id !== evaluation.id && scopeOf(e.unitId) === unitId), evaluation];
  return unitDistribution(unitId, results, members);
}

async function loadForChange(tx: WriteTx, session: Session, id: string) {
  const user = await tx.requireActor(session);
  const ctx = await planningContext(tx.db, user);
  const evaluation = await tx.db.evaluations.get(id);
  if (!evaluation || evaluation.officeId !== user.officeId || !mayReadEvaluation(ctx, evaluation)) throw new AppError('evaluation.notFound');
  return { user, ctx, evaluation };
}

/**
 * Locks the evaluation. Both ratings and both justifications are required; if the unit's
 * distribution (with this predikat) breaks the rule of its organisation result, the official
 * finalises only with a written reason, kept with the breaches and printed.
 */
export async function finaliseEvaluation(repo: Repo, session: Session, id: string, options: { overrideReason?: string } = {}): Promise<EvaluationRecord> {
  return write(repo, 'evaluation.finalise', async (tx) => {
    const { ctx, evaluation } = await loadForChange(tx, session, id);
    const skp = await tx.db.skps.get(evaluation.skpId);
    if (!skp) throw new AppError('skp.notFound');
    requireRater(ctx, skp);
    if (evaluation.status === 'final') throw new AppError('evaluation.final');
    if (!evaluation.hasil) throw new AppError('evaluation.hasilMissing', {}, 'hasil');
    if (!evaluation.perilaku) throw new AppError('evaluation.perilakuMissing', {}, 'perilaku');
    if (!evaluation.hasilNote) throw new AppError('evaluation.hasilNoteMissing', {}, 'hasilNote');
    if (!evaluation.perilakuNote) throw new AppError('evaluation.perilakuNoteMissing', {}, 'perilakuNote');
    const { breaches } = await distributionAround(tx.db, ctx, evaluation);
    let distributionOverride: EvaluationRecord['distributionOverride'] = null;
    if (breaches.length > 0) {
      if (options.overrideReason === undefined || options.overrideReason.trim() === '') throw new AppError('evaluation.distributionBreach', { count: breaches.length }, 'overrideReason');
      distributionOverride = { reason: parseOrThrow(reason, options.overrideReason), breaches };
    }
    return tx.put('evaluations', { ...evaluation, status: 'final', finalisedAt: tx.at, distributionOverride });
  });
}

/** HR reopens a final evaluation with a reason (kept on the record and in the audit trail). */
export async function reopenEvaluation(repo: Repo, session: Session, id: string, why: string): Promise<EvaluationRecord> {
  await requireUser(repo.db, session, 'evaluation.manage');
  const text = parseOrThrow(reason, why);
  return write(repo, 'evaluation.reopen', async (tx) => {
    const user = await tx.requireActor(session, 'evaluation.manage');
    const evaluation = await tx.db.evaluations.get(id);
    if (!evaluation || evaluation.officeId !== user.officeId) throw new AppError('evaluation.notFound');
    if (evaluation.status !== 'final') throw new AppError('evaluation.notFinal');
    return tx.put('evaluations', {
      ...evaluation,
      status: 'draft',
      finalisedAt: null,
      distributionOverride: null,
      acknowledgement: null,
      reopenings: [...evaluation.reopenings, { at: tx.at, by: user.name, reason: text }],
    });
  });
}

/** The employee saw their final evaluation, with a comment if they wish. */
export async function acknowledgeEvaluation(repo: Repo, session: Session, id: string, comment: string): Promise<EvaluationRecord> {
  const text = parseOrThrow(note, comment);
  return write(repo, 'evaluation.acknowledge', async (tx) => {
    const { ctx, evaluation } = await loadForChange(tx, session, id);
    if (evaluation.employeeId !== ctx.own?.id) throw new AppError('auth.forbidden');
    return tx.put('evaluations', { ...evaluation, acknowledgement: { at: tx.at, comment: text } });
  });
}

/** An SKP's evaluations the person may read (the employee's own only once final). */
export async function evaluationsOfSkp(repo: Repo, session: Session, skpId: string): Promise<EvaluationRecord[]> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  return (await repo.db.evaluations.where('skpId').equals(skpId).toArray()).filter((e) => e.officeId === session.officeId && mayReadEvaluation(ctx, e));
}

/** The live distribution around one evaluation, for the rating screen (whoever may read it). */
export async function unitDistributionOf(repo: Repo, session: Session, id: string): Promise<UnitDistribution> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  const evaluation = await repo.db.evaluations.get(id);
  if (!evaluation || evaluation.officeId !== session.officeId || !mayReadEvaluation(ctx, evaluation)) throw new AppError('evaluation.notFound');
  return distributionAround(repo.db, ctx, evaluation);
}

/** Every result unit's distribution for a period (unitId null: evaluations under no recorded result), for HR and the head of office. */
export async function officeDistribution(repo: Repo, session: Session, periodKey: string): Promise<UnitDistribution[]> {
  const user = await requireUser(repo.db, session, 'evaluation.readAll');
  const ctx = await planningContext(repo.db, user);
  const { results, scopeOf, evaluations } = await periodScope(repo.db, ctx, session.officeId, periodKey);
  const groups = new Map<string | null, EvaluationRecord[]>();
  for (const e of evaluations) {
    const unitId = scopeOf(e.unitId);
    groups.set(unitId, [...(groups.get(unitId) ?? []), e]);
  }
  return [...groups].map(([unitId, members]) => unitDistribution(unitId, results, members));
}

export interface EvaluationRow {
  skp: SkpRecord;
  /** The period's evaluation, when there is one the person may read. */
  evaluation: EvaluationRecord | null;
  /** Whether the person may rate this SKP (its own Pejabat Penilai, or HR for the head of office). */
  mayRate: boolean;
}

/**
 * The monitored SKPs of a year the person may see, each with its evaluation for one period:
 * HR and the head see the office, an appraiser their subordinates (and the Atasan theirs'),
 * everyone their own (its evaluation once final). Read through the indexes.
 */
export async function evaluationRows(repo: Repo, session: Session, year: number, periodKey: string): Promise<EvaluationRow[]> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  const own = ctx.own?.id ?? null;
  const readAll = can(user.roles, 'evaluation.readAll');
  const related = [...ctx.chain.values()].filter((c) => own !== null && user.roles.includes('pejabat_penilai') && (c.appraiserId === own || c.atasanAppraiserId === own)).map((c) => c.employeeId);
  const skps = readAll
    ? await repo.db.skps.where('year').equals(year).filter((s) => s.officeId === session.officeId).toArray()
    : await repo.db.skps.where('employeeId').anyOf([...(own ? [own] : []), ...related]).filter((s) => s.year === year && s.officeId === session.officeId).toArray();
  const monitored = skps.filter(isMonitored);
  const evaluations = new Map((await repo.db.evaluations.where('periodKey').equals(periodKey).toArray()).filter((e) => e.officeId === session.officeId).map((e) => [e.skpId, e]));
  return monitored.map((skp) => {
    const evaluation = evaluations.get(skp.id);
    let mayRate = true;
    try {
      requireRater(ctx, skp);
    } catch {
      mayRate = false;
    }
    return { skp, evaluation: evaluation && mayReadEvaluation(ctx, evaluation) ? evaluation : null, mayRate };
  });
}
