import { requireUser, type Repo, type Session } from '../repository';
import type { SkpRecord } from '../records';
import { isAppraiserOf, planningContext } from '../skp/planningContext';

/** What the signed-in person may do in an SKP's monitoring, by the rules the repository enforces. */
export interface MonitoringAbilities {
  /** Realisations, rencana aksi and evidence: the employee, or HR. */
  enter: boolean;
  /** Correct a value, give feedback: the Pejabat Penilai. */
  appraise: boolean;
  /** Reply to feedback: the employee. */
  reply: boolean;
  /** Write a dialogue note: the employee or the appraiser. */
  dialog: boolean;
}

export async function monitoringAbilities(repo: Repo, session: Session, skp: SkpRecord): Promise<MonitoringAbilities> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  const own = !!ctx.own && skp.employeeId === ctx.own.id;
  const appraise = !!ctx.own && user.roles.includes('pejabat_penilai') && (skp.appraiserId === ctx.own.id || isAppraiserOf(ctx, skp.employeeId));
  const live = skp.status === 'approved' || skp.status === 'closed';
  return { enter: live && (own || ctx.manage), appraise: live && appraise, reply: own, dialog: own || appraise };
}
