import { AppError } from '../../../shared/errors';
import { isRealIsoDate, ReturnNoteSchema } from '../../../shared/skp/schemas';
import { submissionProblems } from '../../../shared/skp/submission';
import { nextStatus } from '../../../shared/skp/workflow';
import { parseOrThrow } from '../../../shared/validation';
import { write, type Repo, type Session, type WriteTx } from '../repository';
import type { SkpRecord } from '../records';
import { personSnapshot, planningContext, requireEmployee, type PlanningContext } from './planningContext';
import { checkCascade, checkNoOverlap, newSkpRecord } from './skps';

/**
 * The SKP's workflow steps (shared/skp/workflow.ts), each one write with its audit entry:
 * the employee submits, the Pejabat Penilai approves or returns with a note, HR starts a new
 * version after a mutasi.
 */

async function load(tx: WriteTx, session: Session, skpId: string): Promise<{ ctx: PlanningContext; skp: SkpRecord }> {
  const user = await tx.requireActor(session);
  const ctx = await planningContext(tx.db, user);
  const skp = await tx.db.skps.get(skpId);
  if (!skp || skp.officeId !== user.officeId) throw new AppError('skp.notFound');
  return { ctx, skp };
}

/** Sends the SKP to the appraiser the chain gives today, with a fresh snapshot of both people. */
export async function submitSkp(repo: Repo, session: Session, skpId: string): Promise<SkpRecord> {
  return write(repo, 'skp.submit', async (tx) => {
    const { ctx, skp } = await load(tx, session, skpId);
    if (!ctx.manage && skp.employeeId !== ctx.own?.id) throw new AppError('auth.forbidden');
    const status = nextStatus('submit', skp.status);
    const [first] = submissionProblems(skp);
    if (first) throw new AppError(first.code, first.params);
    await checkCascade(tx, ctx, skp, skp.rhk);
    const employee = requireEmployee(ctx, skp.employeeId);
    const entry = ctx.chain.get(employee.id);
    const appraiserId = entry?.appraiserId ?? null;
    // The head of office is appraised outside the office (by the regional head): HR records that approval.
    if (!appraiserId && entry?.source !== 'outsideOffice') throw new AppError('skp.noAppraiser', { name: employee.name });
    const appraiser = appraiserId ? ctx.employees.get(appraiserId) : undefined;
    return tx.put('skps', {
      ...skp,
      status,
      appraiserId,
      submittedAt: tx.at,
      snapshot: { at: tx.at.slice(0, 10), employee: personSnapshot(ctx, employee), appraiser: appraiser ? personSnapshot(ctx, appraiser) : null },
    });
  });
}

/** Back to draft before the appraiser decided: the SKP can be changed and submitted (to today's appraiser) again. */
export async function withdrawSkp(repo: Repo, session: Session, skpId: string): Promise<SkpRecord> {
  return write(repo, 'skp.withdraw', async (tx) => {
    const { ctx, skp } = await load(tx, session, skpId);
    if (!ctx.manage && skp.employeeId !== ctx.own?.id) throw new AppError('auth.forbidden');
    return tx.put('skps', { ...skp, status: nextStatus('withdraw', skp.status), submittedAt: null });
  });
}

/** Approval and return are the Pejabat Penilai's: the one the SKP was submitted to. */
function requireAppraiser(ctx: PlanningContext, skp: SkpRecord): void {
  if (skp.appraiserId === null ? ctx.manage : ctx.own?.id === skp.appraiserId && ctx.user.roles.includes('pejabat_penilai')) return;
  const appraiser = skp.snapshot.appraiser;
  throw new AppError('skp.notAppraiser', { name: appraiser?.name ?? '—' });
}

export async function approveSkp(repo: Repo, session: Session, skpId: string): Promise<SkpRecord> {
  return write(repo, 'skp.approve', async (tx) => {
    const { ctx, skp } = await load(tx, session, skpId);
    requireAppraiser(ctx, skp);
    return tx.put('skps', { ...skp, status: nextStatus('approve', skp.status), approvedAt: tx.at, returnNote: '' });
  });
}

export async function returnSkp(repo: Repo, session: Session, skpId: string, note: string): Promise<SkpRecord> {
  const returnNote = parseOrThrow(ReturnNoteSchema, note);
  return write(repo, 'skp.return', async (tx) => {
    const { ctx, skp } = await load(tx, session, skpId);
    requireAppraiser(ctx, skp);
    return tx.put('skps', { ...skp, status: nextStatus('return', skp.status), returnNote });
  });
}

const dayBefore = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * A mutasi: the SKP ends the day before `effectiveDate` and is closed (still readable, and
 * still evaluated for its months); a new draft version starts that day, for the person's new
 * position, appraiser and form.
 */
export async function startNewVersion(repo: Repo, session: Session, skpId: string, effectiveDate: string): Promise<SkpRecord> {
  return write(repo, 'skp.newVersion', async (tx) => {
    const { ctx, skp } = await load(tx, session, skpId);
    if (!ctx.manage) throw new AppError('auth.forbidden');
    nextStatus('close', skp.status);
    // "2026-02-30" has the shape of a date but is none: it would be stored as the new version's start.
    if (/^\d{4}-\d{2}-\d{2}$/.test(effectiveDate) && !isRealIsoDate(effectiveDate)) throw new AppError('field.invalidDate', {}, 'effectiveDate');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveDate) || effectiveDate <= skp.periodStart || effectiveDate > skp.periodEnd) {
      throw new AppError('skp.versionDateOutside', { start: skp.periodStart, end: skp.periodEnd }, 'effectiveDate');
    }
    const employee = requireEmployee(ctx, skp.employeeId);
    if (employee.status !== 'active') throw new AppError('skp.employeeInactive', { name: employee.name });
    const closed = { ...skp, status: 'closed' as const, periodEnd: dayBefore(effectiveDate) };
    const next = newSkpRecord(ctx, employee, tx.at, {
      year: skp.year,
      periodStart: effectiveDate,
      periodEnd: skp.periodEnd,
      version: skp.version + 1,
      previousId: skp.id,
      pendekatan: skp.pendekatan,
    });
    await checkNoOverlap(tx, employee.id, next.periodStart, next.periodEnd, skp.id);
    await tx.put('skps', { ...closed, nextId: next.id });
    return tx.put('skps', next);
  });
}

