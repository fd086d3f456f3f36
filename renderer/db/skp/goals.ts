import { AppError } from '../../../shared/errors';
import { OfficeGoalInputSchema, type OfficeGoalInput } from '../../../shared/skp/schemas';
import { parseOrThrow } from '../../../shared/validation';
import { newId, requireUser, write, type Repo, type Session } from '../repository';
import type { OfficeGoalRecord } from '../records';

/** The office's goals are its public commitment: everyone signed in may read them. */
export async function listGoals(repo: Repo, session: Session, year: number): Promise<OfficeGoalRecord[]> {
  await requireUser(repo.db, session);
  const goals = await repo.db.goals.where('year').equals(year).filter((g) => g.officeId === session.officeId).toArray();
  return goals.sort((a, b) => a.order - b.order);
}

/**
 * Adds or changes a sasaran strategis with its IKU. An IKU keeps its id when edited, so the
 * head's RHK that intervene it stay linked; an IKU that an RHK intervenes cannot be removed.
 */
export async function saveGoal(repo: Repo, session: Session, goalId: string | null, input: OfficeGoalInput): Promise<OfficeGoalRecord> {
  const goal = parseOrThrow(OfficeGoalInputSchema, input);
  return write(repo, goalId ? 'goal.update' : 'goal.create', async (tx) => {
    const actor = await tx.requireActor(session, 'goals.edit');
    const existing = goalId ? await tx.db.goals.get(goalId) : undefined;
    if (goalId && (!existing || existing.officeId !== actor.officeId)) throw new AppError('goal.notFound');
    if (existing && existing.year !== goal.year) throw new AppError('goal.yearFixed', {}, 'year');
    const indicators = goal.indicators.map((iku) => ({ ...iku, id: iku.id ?? newId() }));
    const kept = new Set(indicators.map((i) => i.id));
    const removed = (existing?.indicators ?? []).filter((i) => !kept.has(i.id));
    if (removed.length > 0) {
      const ids = new Set(removed.map((i) => i.id));
      const skps = await tx.db.skps.where('year').equals(goal.year).filter((s) => s.officeId === actor.officeId && s.status !== 'closed').toArray();
      const used = removed.find((iku) => skps.some((s) => s.rhk.some((r) => r.parent?.kind === 'iku' && ids.has(r.parent.ikuId) && r.parent.ikuId === iku.id)));
      if (used) throw new AppError('goal.ikuInUse', { iku: used.text }, 'indicators');
    }
    const order = existing?.order ?? (await tx.db.goals.where('year').equals(goal.year).filter((g) => g.officeId === actor.officeId).count()) + 1;
    return tx.put('goals', { id: existing?.id ?? newId(), officeId: actor.officeId, year: goal.year, order, statement: goal.statement, indicators });
  });
}
