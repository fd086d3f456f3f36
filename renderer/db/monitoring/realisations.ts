import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { valueFlags } from '../../../shared/monitoring/outliers';
import { compareKeys } from './periodOrder';
import { parseOrThrow } from '../../../shared/validation';
import { requireUser, write, type Repo, type Session } from '../repository';
import type { RealisationRecord } from '../records';
import { mayRead, planningContext } from '../skp/planningContext';
import { entryTarget, findIki, requireAppraiserOf, requireOpen, requireOwnOrHr } from './monitoringContext';

const text = (max: number) => z.string().trim().max(max);
/** A realisation is a number, never negative (a decrease is measured by a lower-is-better indicator). */
const value = z
  .number({ message: 'monitoring.valueNotNumber' })
  .refine((n) => Number.isFinite(n), { message: 'monitoring.valueNotNumber' })
  .refine((n) => n >= 0, { message: 'monitoring.valueNegative' });

export const RealisationInputSchema = z.object({
  skpId: z.string().min(1),
  ikiId: z.string().min(1),
  periodKey: z.string().min(1),
  value,
  source: text(300).min(1),
  note: text(1000),
  explanation: text(1000),
});
export type RealisationInput = z.input<typeof RealisationInputSchema>;

export const realisationId = (skpId: string, ikiId: string, periodKey: string) => `${skpId}:${ikiId}:${periodKey}`;

/** An SKP's realisations, for whoever may read the SKP. */
export async function listRealisations(repo: Repo, session: Session, skpId: string): Promise<RealisationRecord[]> {
  const user = await requireUser(repo.db, session);
  const skp = await repo.db.skps.get(skpId);
  if (!skp || skp.officeId !== session.officeId) throw new AppError('skp.notFound');
  if (!mayRead(await planningContext(repo.db, user), skp)) throw new AppError('auth.forbidden');
  return repo.db.realisations.where('skpId').equals(skpId).toArray();
}

/**
 * The realisations of many SKPs at once, grouped by SKP, for those the person may read (others
 * are left out): one permission context and one indexed query, not one of each per SKP.
 */
export async function realisationsBySkp(repo: Repo, session: Session, skpIds: readonly string[]): Promise<Map<string, RealisationRecord[]>> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  const skps = await repo.db.skps.bulkGet([...skpIds]);
  const readable = skps.filter((s) => s && s.officeId === session.officeId && mayRead(ctx, s)).map((s) => s!.id);
  const out = new Map<string, RealisationRecord[]>(readable.map((id) => [id, []]));
  for (const r of await repo.db.realisations.where('skpId').anyOf(readable).toArray()) out.get(r.skpId)!.push(r);
  return out;
}

/**
 * The employee's realisation of one IKI for one period. The data checks (min/max, the
 * person's own history) flag a value without blocking it; the flags are kept with it.
 */
export async function saveRealisation(repo: Repo, session: Session, input: RealisationInput): Promise<RealisationRecord> {
  const entry = parseOrThrow(RealisationInputSchema, input);
  return write(repo, 'realisation.save', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const target = await entryTarget(tx, ctx, entry.skpId, entry.periodKey);
    requireOwnOrHr(ctx, target.skp);
    requireOpen(target);
    const { rhk, iki } = findIki(target.skp, entry.ikiId);
    const id = realisationId(entry.skpId, entry.ikiId, entry.periodKey);
    const earlier = (await tx.db.realisations.where('employeeId').equals(target.skp.employeeId).toArray())
      .filter((r) => r.ikiId === iki.id && r.id !== id && compareKeys(r.periodKey, entry.periodKey) < 0)
      .map((r) => r.value);
    const existing = await tx.db.realisations.get(id);
    // The appraiser's correction is not undone by a later save: the employee asks them instead.
    if (existing?.correction && !ctx.manage) throw new AppError('monitoring.realisationCorrected', { by: existing.correction.by });
    return tx.put('realisations', {
      id,
      officeId: user.officeId,
      skpId: target.skp.id,
      employeeId: target.skp.employeeId,
      rhkId: rhk.id,
      ikiId: iki.id,
      periodKey: entry.periodKey,
      value: entry.value,
      source: entry.source,
      note: entry.note,
      explanation: entry.explanation,
      flags: valueFlags(entry.value, { min: iki.min, max: iki.max, history: earlier }),
      correction: existing?.correction ?? null,
    });
  });
}

/** The Pejabat Penilai corrects a subordinate's value, with a reason; the old value is kept. */
export async function correctRealisation(repo: Repo, session: Session, id: string, input: { value: number; reason: string }): Promise<RealisationRecord> {
  const { value: corrected, reason } = parseOrThrow(z.object({ value, reason: text(500).min(1) }), input);
  return write(repo, 'realisation.correct', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const existing = await tx.db.realisations.get(id);
    if (!existing || existing.officeId !== user.officeId) throw new AppError('monitoring.realisationNotFound');
    const target = await entryTarget(tx, ctx, existing.skpId, existing.periodKey);
    requireAppraiserOf(ctx, target.skp);
    return tx.put('realisations', { ...existing, value: corrected, correction: { by: user.name, reason, previous: existing.correction?.previous ?? existing.value } });
  });
}

/**
 * How many IKI of each SKP have a realisation in one period, for the SKPs the person may read:
 * the monitoring list reads one period's rows through the period index, not every realisation.
 */
export async function realisationCounts(repo: Repo, session: Session, periodKey: string, skpIds: readonly string[]): Promise<Map<string, number>> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  const skps = await repo.db.skps.bulkGet([...skpIds]);
  const readable = new Set(skps.filter((s) => s && s.officeId === session.officeId && mayRead(ctx, s)).map((s) => s!.id));
  const counts = new Map<string, number>();
  await repo.db.realisations
    .where('periodKey')
    .equals(periodKey)
    .each((r) => {
      if (readable.has(r.skpId)) counts.set(r.skpId, (counts.get(r.skpId) ?? 0) + 1);
    });
  return counts;
}
