import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { peerSummary, type PeerSummary } from '../../../shared/evaluation/peerSummary';
import { requireEvaluationPeriod } from '../../../shared/evaluation/periods';
import { ratings } from '../../../shared/evaluation/tables';
import { displayName } from '../../../shared/people';
import { berakhlakKeys } from '../../../shared/skp/berakhlak';
import { parseOrThrow } from '../../../shared/validation';
import { getOfficeSettings } from '../office';
import { requireUser, write, type Repo, type Session } from '../repository';
import type { PeerInputRecord, SkpRecord } from '../records';
import { planningContext } from '../skp/planningContext';
import { monitoringYearOf } from '../monitoring/monitoringYears';
import { mayReadEvaluation, requireRater } from './evaluationContext';
import { evaluationId } from './evaluations';

/**
 * Colleagues' input on perilaku kerja, when the office allows it (settings.peerInput): the
 * appraiser asks chosen colleagues; each answers the seven BerAKHLAK values for themselves; the
 * appraiser (and who may read the evaluation) sees the summary, without names if the office
 * chose anonymity. Nobody but the colleague reads their own answer.
 */
export const peerInputId = (skpId: string, periodKey: string, raterId: string) => `${skpId}:${periodKey}:${raterId}`;

async function requireEnabled(repo: Repo, officeId: string) {
  const { peerInput } = await getOfficeSettings(repo.db, officeId);
  if (!peerInput.enabled) throw new AppError('evaluation.peerDisabled');
  return peerInput;
}

async function requireOpenEvaluation(repo: Repo, skpId: string, periodKey: string) {
  const evaluation = await repo.db.evaluations.get(evaluationId(skpId, periodKey));
  if (evaluation?.status === 'final') throw new AppError('evaluation.final');
}

/** The appraiser asks colleagues (active, of the office, not the employee) for their input. */
export async function requestPeerInput(repo: Repo, session: Session, skpId: string, periodKey: string, raterIds: readonly string[]): Promise<PeerInputRecord[]> {
  const ids = parseOrThrow(z.array(z.string().min(1)).min(1, { message: 'evaluation.peerNoneChosen' }).max(20), raterIds);
  await requireEnabled(repo, session.officeId);
  return write(repo, 'evaluation.peerRequest', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const skp = await tx.db.skps.get(skpId);
    if (!skp || skp.officeId !== user.officeId) throw new AppError('skp.notFound');
    requireRater(ctx, skp);
    const { rules } = await monitoringYearOf(tx.db, user.officeId, skp.year);
    requireEvaluationPeriod(periodKey, skp, rules.rhythm);
    await requireOpenEvaluation(repo, skp.id, periodKey);
    const fresh: Omit<PeerInputRecord, 'rev' | 'baseRev'>[] = [];
    for (const raterId of new Set(ids)) {
      const rater = ctx.employees.get(raterId);
      if (!rater || rater.status !== 'active' || raterId === skp.employeeId) throw new AppError('evaluation.peerNotColleague', { name: rater ? displayName(rater) : raterId });
      const id = peerInputId(skp.id, periodKey, raterId);
      if (await tx.db.peerInputs.get(id)) continue; // asked before: their answer stays
      fresh.push({ id, officeId: user.officeId, skpId: skp.id, periodKey, raterId, values: null, comment: '', submittedAt: null });
    }
    return tx.putMany('peerInputs', fresh);
  });
}

const AnswerSchema = z.object({
  values: z.object(Object.fromEntries(berakhlakKeys.map((k) => [k, z.enum(ratings, { message: 'evaluation.peerValueMissing' })])) as Record<(typeof berakhlakKeys)[number], z.ZodEnum<{ [K in (typeof ratings)[number]]: K }>>),
  comment: z.string().trim().max(1000),
});
export type PeerAnswer = z.input<typeof AnswerSchema>;

/** The colleague answers (or changes their answer) while the evaluation is not final. */
export async function submitPeerInput(repo: Repo, session: Session, id: string, input: PeerAnswer): Promise<PeerInputRecord> {
  const answer = parseOrThrow(AnswerSchema, input);
  return write(repo, 'evaluation.peerSubmit', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const request = await tx.db.peerInputs.get(id);
    if (!request || request.officeId !== user.officeId || request.raterId !== ctx.own?.id) throw new AppError('evaluation.peerNotFound');
    await requireOpenEvaluation(repo, request.skpId, request.periodKey);
    return tx.put('peerInputs', { ...request, values: answer.values, comment: answer.comment, submittedAt: tx.at });
  });
}

export interface PeerRequestRow {
  request: PeerInputRecord;
  skp: SkpRecord;
}

/** What the signed-in person has been asked for, newest period first. */
export async function myPeerRequests(repo: Repo, session: Session): Promise<PeerRequestRow[]> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  if (!ctx.own) return [];
  const requests = (await repo.db.peerInputs.where('raterId').equals(ctx.own.id).toArray()).filter((r) => r.officeId === session.officeId);
  const skps = await repo.db.skps.bulkGet(requests.map((r) => r.skpId));
  return requests.flatMap((request, i) => (skps[i] ? [{ request, skp: skps[i]! }] : [])).sort((a, b) => b.request.periodKey.localeCompare(a.request.periodKey));
}

export interface PeerView {
  enabled: boolean;
  anonymous: boolean;
  summary: PeerSummary;
  /** Who was asked (the appraiser chose them), with whether they answered only when not anonymous. */
  asked: { raterId: string; name: string; answered: boolean | null }[];
  /** For the appraiser while the evaluation is open: who else could be asked (active colleagues of the office). */
  candidates: { id: string; name: string; unit: string }[];
}

/** The summary for whoever may read the evaluation (the employee: once final). */
export async function peerView(repo: Repo, session: Session, skpId: string, periodKey: string): Promise<PeerView> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  const skp = await repo.db.skps.get(skpId);
  if (!skp || skp.officeId !== session.officeId) throw new AppError('skp.notFound');
  const evaluation = await repo.db.evaluations.get(evaluationId(skpId, periodKey));
  let mayRate = true;
  try {
    requireRater(ctx, skp);
  } catch {
    mayRate = false;
  }
  const status = evaluation?.status ?? 'draft';
  if (!mayRate && !mayReadEvaluation(ctx, { employeeId: skp.employeeId, status })) throw new AppError('auth.forbidden');
  const { peerInput } = await getOfficeSettings(repo.db, session.officeId);
  const inputs = (await repo.db.peerInputs.where('skpId').equals(skpId).toArray()).filter((r) => r.periodKey === periodKey && r.officeId === session.officeId);
  const nameOf = (id: string) => {
    const e = ctx.employees.get(id);
    return e ? displayName(e) : id;
  };
  return {
    enabled: peerInput.enabled,
    anonymous: peerInput.anonymous,
    summary: peerSummary(inputs, peerInput.anonymous),
    asked: inputs.map((r) => ({ raterId: r.raterId, name: nameOf(r.raterId), answered: peerInput.anonymous ? null : r.values !== null })).sort((a, b) => a.name.localeCompare(b.name)),
    candidates:
      peerInput.enabled && mayRate && status !== 'final'
        ? [...ctx.employees.values()]
            .filter((e) => e.status === 'active' && e.id !== skp.employeeId && !inputs.some((r) => r.raterId === e.id))
            .map((e) => ({ id: e.id, name: displayName(e), unit: (e.unitId && ctx.units.get(e.unitId)?.name) || '' }))
            .sort((a, b) => a.name.localeCompare(b.name))
        : [],
  };
}
