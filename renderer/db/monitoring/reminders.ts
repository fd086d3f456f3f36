import { daysOverdue } from '../../../shared/monitoring/deadlines';
import { periodsWithin } from '../../../shared/monitoring/periods';
import { requireUser, type Repo, type Session } from '../repository';
import type { SkpRecord } from '../records';
import { isAppraiserOf, planningContext } from '../skp/planningContext';
import { entryStateOf, monitoringYearOf } from './monitoringYears';

/**
 * What needs doing now, per role (home screen): for the person's own SKP, whether it is still
 * to be written, returned, or has realisations due soon or overdue; for an appraiser, SKPs
 * waiting for their approval and subordinates who have had no feedback for the last period;
 * for anyone, colleagues' input they were asked for.
 */
export type Reminder =
  | { kind: 'skpMissing'; year: number }
  | { kind: 'skpDraft'; skpId: string }
  | { kind: 'skpReturned'; skpId: string }
  | { kind: 'entryDueSoon'; skpId: string; periodKey: string; closesOn: string; missing: number }
  | { kind: 'entryOverdue'; skpId: string; periodKey: string; days: number; missing: number }
  | { kind: 'awaitingApproval'; count: number }
  | { kind: 'feedbackDue'; periodKey: string; count: number }
  | { kind: 'peerInputDue'; count: number };

const ikiCount = (skp: SkpRecord) => skp.rhk.reduce((n, r) => n + r.indicators.length, 0);

export async function reminders(repo: Repo, session: Session, today: string): Promise<Reminder[]> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  const year = Number(today.slice(0, 4));
  const out: Reminder[] = [];
  // Only the person's own SKPs and their subordinates' are read (through the indexes), never
  // the whole office's: the home screen opens first, at 15,000 people too.
  const own = ctx.own;
  const subordinates = own && user.roles.includes('pejabat_penilai') ? [...ctx.chain.values()].filter((c) => c.appraiserId === own.id).map((c) => c.employeeId) : [];
  const people = [...(own ? [own.id] : []), ...subordinates];
  const [skps, submitted, monitoringYear] = await Promise.all([
    repo.db.skps.where('employeeId').anyOf(people).filter((s) => s.year === year && s.officeId === user.officeId).toArray(),
    own ? repo.db.skps.where('status').equals('submitted').filter((s) => s.year === year && s.officeId === user.officeId && s.appraiserId === own.id).toArray() : [],
    monitoringYearOf(repo.db, user.officeId, year),
  ]);

  if (ctx.own && ctx.own.status === 'active') {
    const mine = skps.filter((s) => s.employeeId === ctx.own!.id && s.status !== 'closed');
    if (mine.length === 0) out.push({ kind: 'skpMissing', year });
    for (const skp of mine) {
      if (skp.status === 'draft') out.push({ kind: 'skpDraft', skpId: skp.id });
      if (skp.status === 'returned') out.push({ kind: 'skpReturned', skpId: skp.id });
      if (skp.status !== 'approved') continue;
      const entered = await repo.db.realisations.where('skpId').equals(skp.id).toArray();
      for (const period of periodsWithin(skp.periodStart, skp.periodEnd, monitoringYear.rules.rhythm)) {
        const missing = ikiCount(skp) - entered.filter((r) => r.periodKey === period.key).length;
        if (missing <= 0) continue;
        const { state, closesOn } = entryStateOf(monitoringYear, period, today);
        if (state === 'due-soon') out.push({ kind: 'entryDueSoon', skpId: skp.id, periodKey: period.key, closesOn, missing });
        if (state === 'locked') out.push({ kind: 'entryOverdue', skpId: skp.id, periodKey: period.key, days: daysOverdue(period, monitoringYear.rules.deadlineDays, today), missing });
      }
    }
  }

  if (ctx.own && user.roles.includes('pejabat_penilai')) {
    const waiting = submitted.length;
    if (waiting > 0) out.push({ kind: 'awaitingApproval', count: waiting });
    const last = periodsWithin(`${year}-01-01`, `${year}-12-31`, monitoringYear.rules.rhythm).filter((p) => p.end < today).at(-1);
    if (last) {
      const mine = skps.filter((s) => s.status === 'approved' && isAppraiserOf(ctx, s.employeeId) && s.periodStart <= last.end && last.start <= s.periodEnd);
      const given = new Set((await repo.db.feedback.where('skpId').anyOf(mine.map((s) => s.id)).toArray()).filter((f) => f.periodKey === last.key).map((f) => f.skpId));
      const count = mine.filter((s) => !given.has(s.id)).length;
      if (count > 0) out.push({ kind: 'feedbackDue', periodKey: last.key, count });
    }
  }
  if (ctx.own) {
    // Colleagues' input the person was asked for and has not given (the request stays until the evaluation is final).
    const asked = await repo.db.peerInputs.where('raterId').equals(ctx.own.id).filter((r) => r.officeId === user.officeId && r.values === null).toArray();
    const finals = new Set((await repo.db.evaluations.bulkGet(asked.map((r) => `${r.skpId}:${r.periodKey}`))).filter((e) => e?.status === 'final').map((e) => e!.id));
    const open = asked.filter((r) => !finals.has(`${r.skpId}:${r.periodKey}`)).length;
    if (open > 0) out.push({ kind: 'peerInputDue', count: open });
  }
  return out;
}
