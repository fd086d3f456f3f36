import { AppError } from '../../../shared/errors';
import { requireEvaluationPeriod } from '../../../shared/evaluation/periods';
import type { Rating } from '../../../shared/evaluation/tables';
import { can } from '../../../shared/roles';
import type { MonitoringRules } from '../../../shared/monitoring/rules';
import { requireUser, type Repo, type Session } from '../repository';
import type { EvaluationRecord, EvidenceRecord, FeedbackRecord, OrgResultRecord, RealisationRecord, SkpRecord } from '../records';
import { mayRead, planningContext, type PlanningContext } from '../skp/planningContext';
import { monitoringYearOf } from '../monitoring/monitoringYears';
import { mayReadEvaluation, requireRater } from './evaluationContext';
import { distributionAround, evaluationId, headHasilFor, type UnitDistribution } from './evaluations';

/**
 * Everything the rating screen of one SKP and one evaluation period shows, read under the
 * evaluation's own rules: the Pejabat Penilai, the Atasan Pejabat Penilai, HR and the head see
 * the SKP's results, feedback and the draft; the employee sees their own SKP but the evaluation
 * (and the rest of the screen) only once it is final; anyone else is refused.
 */
export interface RatingView {
  skp: SkpRecord;
  rules: MonitoringRules;
  /** The period's evaluation; null when none is saved yet, or the employee's own is not final. */
  evaluation: EvaluationRecord | null;
  /** The employee opened their own evaluation before it is final: nothing else is shown. */
  ownNotFinal: boolean;
  mayRate: boolean;
  /** HR reopens a final evaluation. */
  mayReopen: boolean;
  /** The employee acknowledges their own final evaluation. */
  mayAcknowledge: boolean;
  /** The unit's live distribution around this evaluation (with it, saved or not). */
  distribution: UnitDistribution | null;
  /** The organisation result that frames the distribution, and the name of its unit. */
  orgResult: (OrgResultRecord & { unitName: string }) | null;
  realisations: RealisationRecord[];
  evidence: EvidenceRecord[];
  feedback: FeedbackRecord[];
  /** The SKP's other evaluations the person may read (the periodic ones, for the annual rating). */
  others: EvaluationRecord[];
  /** A unit head's annual evaluation: the rating hasil kerja their unit's result gives (null until recorded). */
  headHasil: { unit: string; rating: Rating | null } | null;
}

/** The Atasan Pejabat Penilai (the appraiser's own appraiser) reads but never rates. */
function isAtasanOf(ctx: PlanningContext, employeeId: string): boolean {
  return !!ctx.own && ctx.user.roles.includes('pejabat_penilai') && ctx.chain.get(employeeId)?.atasanAppraiserId === ctx.own.id;
}

export async function ratingView(repo: Repo, session: Session, skpId: string, periodKey: string): Promise<RatingView> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  const skp = await repo.db.skps.get(skpId);
  if (!skp || skp.officeId !== session.officeId) throw new AppError('skp.notFound');
  if (!mayRead(ctx, skp) && !isAtasanOf(ctx, skp.employeeId)) throw new AppError('auth.forbidden');
  const { rules } = await monitoringYearOf(repo.db, session.officeId, skp.year);
  requireEvaluationPeriod(periodKey, skp, rules.rhythm);

  const own = skp.employeeId === ctx.own?.id;
  let mayRate = true;
  try {
    requireRater(ctx, skp);
  } catch {
    mayRate = false;
  }
  const all = await repo.db.evaluations.where('skpId').equals(skp.id).toArray();
  const readable = all.filter((e) => e.officeId === session.officeId && mayReadEvaluation(ctx, e));
  const evaluation = readable.find((e) => e.periodKey === periodKey) ?? null;
  const ownNotFinal = own && !mayRate && evaluation === null;
  const base = { skp, rules, evaluation, ownNotFinal, mayRate, mayReopen: can(user.roles, 'evaluation.manage'), mayAcknowledge: own && evaluation?.status === 'final' };
  if (ownNotFinal) return { ...base, distribution: null, orgResult: null, realisations: [], evidence: [], feedback: [], others: [], headHasil: null };

  const distribution = await distributionAround(repo.db, ctx, evaluation ?? { id: evaluationId(skp.id, periodKey), officeId: skp.officeId, periodKey, unitId: skp.snapshot.employee.unitId ?? '', predikat: null });
  const result = distribution.unitId ? await repo.db.orgResults.get(`${distribution.unitId}:${periodKey}`) : undefined;
  const [realisations, evidence, feedback] = await Promise.all([
    repo.db.realisations.where('skpId').equals(skp.id).toArray(),
    repo.db.evidence.where('skpId').equals(skp.id).toArray(),
    repo.db.feedback.where('skpId').equals(skp.id).toArray(),
  ]);
  return {
    ...base,
    distribution,
    orgResult: result ? { ...result, unitName: ctx.units.get(result.unitId)?.name ?? result.unitId } : null,
    realisations,
    evidence: evidence.filter((e) => !e.removed),
    feedback,
    others: readable.filter((e) => e.periodKey !== periodKey),
    headHasil: await headHasilFor(repo.db, ctx, skp.employeeId, periodKey),
  };
}
