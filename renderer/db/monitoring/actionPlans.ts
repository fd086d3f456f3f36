import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { parseOrThrow } from '../../../shared/validation';
import { requireUser, write, type Repo, type Session } from '../repository';
import type { ActionPlanRecord } from '../records';
import { mayRead, planningContext } from '../skp/planningContext';
import { entryTarget, requireOpen, requireOwnOrHr } from './monitoringContext';

/** Rencana aksi: one text per RHK per period, written by the employee while the period is open. */
const ActionPlanInputSchema = z.object({
  skpId: z.string().min(1),
  rhkId: z.string().min(1),
  periodKey: z.string().min(1),
  text: z.string().trim().max(2000),
});

export async function listActionPlans(repo: Repo, session: Session, skpId: string): Promise<ActionPlanRecord[]> {
  const user = await requireUser(repo.db, session);
  const skp = await repo.db.skps.get(skpId);
  if (!skp || skp.officeId !== session.officeId) throw new AppError('skp.notFound');
  if (!mayRead(await planningContext(repo.db, user), skp)) throw new AppError('auth.forbidden');
  return repo.db.actionPlans.where('skpId').equals(skpId).toArray();
}

export async function saveActionPlan(repo: Repo, session: Session, input: z.input<typeof ActionPlanInputSchema>): Promise<ActionPlanRecord> {
  const plan = parseOrThrow(ActionPlanInputSchema, input);
  return write(repo, 'actionPlan.save', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const target = await entryTarget(tx, ctx, plan.skpId, plan.periodKey);
    requireOwnOrHr(ctx, target.skp);
    requireOpen(target);
    if (!target.skp.rhk.some((r) => r.id === plan.rhkId)) throw new AppError('monitoring.rhkNotFound', {}, 'rhkId');
    return tx.put('actionPlans', { id: `${plan.skpId}:${plan.rhkId}:${plan.periodKey}`, officeId: user.officeId, skpId: plan.skpId, employeeId: target.skp.employeeId, rhkId: plan.rhkId, periodKey: plan.periodKey, text: plan.text });
  });
}
