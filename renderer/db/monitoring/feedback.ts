import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { phraseKeys } from '../../../shared/monitoring/phrases';
import { berakhlakKeys } from '../../../shared/skp/berakhlak';
import { parseOrThrow } from '../../../shared/validation';
import { newId, requireUser, write, type Repo, type Session } from '../repository';
import type { DialogRecord, FeedbackRecord } from '../records';
import { mayRead, planningContext } from '../skp/planningContext';
import { entryTarget, findIki, requireAppraiserOf } from './monitoringContext';

/**
 * Umpan balik berkelanjutan and dialog kinerja. Feedback is the appraiser's, per IKI or
 * BerAKHLAK value per period (standard phrases and/or free text); the employee replies. A
 * dialogue note may be written by either of them. Neither is locked by the entry deadline:
 * feedback on a past period is still worth giving.
 */
export const FeedbackInputSchema = z
  .object({
    skpId: z.string().min(1),
    periodKey: z.string().min(1),
    about: z.discriminatedUnion('kind', [z.object({ kind: z.literal('iki'), ikiId: z.string().min(1) }), z.object({ kind: z.literal('value'), value: z.enum(berakhlakKeys) })]),
    phrases: z.array(z.enum(phraseKeys as [string, ...string[]])).max(8),
    text: z.string().trim().max(2000),
  })
  .refine((f) => f.phrases.length > 0 || f.text.length > 0, { message: 'monitoring.feedbackEmpty', path: ['text'] });
export type FeedbackInput = z.input<typeof FeedbackInputSchema>;

async function readable(repo: Repo, session: Session, skpId: string) {
  const user = await requireUser(repo.db, session);
  const skp = await repo.db.skps.get(skpId);
  if (!skp || skp.officeId !== session.officeId) throw new AppError('skp.notFound');
  if (!mayRead(await planningContext(repo.db, user), skp)) throw new AppError('auth.forbidden');
}

export async function listFeedback(repo: Repo, session: Session, skpId: string): Promise<FeedbackRecord[]> {
  await readable(repo, session, skpId);
  return repo.db.feedback.where('skpId').equals(skpId).toArray();
}

export async function listDialogs(repo: Repo, session: Session, skpId: string): Promise<DialogRecord[]> {
  await readable(repo, session, skpId);
  return (await repo.db.dialogs.where('skpId').equals(skpId).toArray()).sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}

export async function giveFeedback(repo: Repo, session: Session, input: FeedbackInput): Promise<FeedbackRecord> {
  const feedback = parseOrThrow(FeedbackInputSchema, input);
  return write(repo, 'feedback.give', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const target = await entryTarget(tx, ctx, feedback.skpId, feedback.periodKey);
    requireAppraiserOf(ctx, target.skp);
    if (target.period.start > target.today) throw new AppError('monitoring.periodNotStarted', { period: target.period.key, start: target.period.start }, 'periodKey');
    if (feedback.about.kind === 'iki') findIki(target.skp, feedback.about.ikiId);
    return tx.put('feedback', {
      id: newId(),
      officeId: user.officeId,
      skpId: target.skp.id,
      employeeId: target.skp.employeeId,
      appraiserId: ctx.own!.id,
      periodKey: feedback.periodKey,
      about: feedback.about,
      phrases: feedback.phrases,
      text: feedback.text,
      givenAt: tx.at,
      reply: null,
    });
  });
}

/** The employee answers feedback given to them (once; a later answer replaces it). */
export async function replyToFeedback(repo: Repo, session: Session, feedbackId: string, text: string): Promise<FeedbackRecord> {
  const reply = parseOrThrow(z.string().trim().min(1).max(2000), text);
  return write(repo, 'feedback.reply', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const feedback = await tx.db.feedback.get(feedbackId);
    if (!feedback || feedback.officeId !== user.officeId) throw new AppError('monitoring.feedbackNotFound');
    if (feedback.employeeId !== ctx.own?.id) throw new AppError('auth.forbidden');
    return tx.put('feedback', { ...feedback, reply: { text: reply, at: tx.at } });
  });
}

const DialogInputSchema = z.object({
  skpId: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'field.invalidDate' }),
  note: z.string().trim().min(1).max(4000),
});

export async function addDialog(repo: Repo, session: Session, input: z.input<typeof DialogInputSchema>): Promise<DialogRecord> {
  const dialog = parseOrThrow(DialogInputSchema, input);
  return write(repo, 'dialog.add', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const skp = await tx.db.skps.get(dialog.skpId);
    if (!skp || skp.officeId !== user.officeId) throw new AppError('skp.notFound');
    const own = skp.employeeId === ctx.own?.id;
    if (!own) requireAppraiserOf(ctx, skp);
    if (dialog.date < skp.periodStart || dialog.date > skp.periodEnd) throw new AppError('monitoring.dialogOutsideSkp', { start: skp.periodStart, end: skp.periodEnd }, 'date');
    return tx.put('dialogs', { id: newId(), officeId: user.officeId, skpId: skp.id, employeeId: skp.employeeId, date: dialog.date, note: dialog.note, authorId: user.id, authorName: user.name });
  });
}
