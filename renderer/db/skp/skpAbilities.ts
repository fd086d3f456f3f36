import { canTake, isEditable } from '../../../shared/skp/workflow';
import { requireUser, type Repo, type Session } from '../repository';
import type { SkpRecord } from '../records';
import { isAppraiserOf, mayEdit, planningContext } from './planningContext';

/** What the signed-in person may do with an SKP now, by the same rules the repository enforces. */
export interface SkpAbilities {
  edit: boolean;
  editEkspektasi: boolean;
  submit: boolean;
  withdraw: boolean;
  decide: boolean;
  newVersion: boolean;
}

export async function skpAbilities(repo: Repo, session: Session, skp: SkpRecord): Promise<SkpAbilities> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  const editable = isEditable(skp.status) && mayEdit(ctx, skp.employeeId);
  const appraiser = !!ctx.own && user.roles.includes('pejabat_penilai') && (skp.appraiserId === ctx.own.id || isAppraiserOf(ctx, skp.employeeId));
  return {
    edit: editable,
    editEkspektasi: editable && (ctx.manage || appraiser),
    submit: canTake('submit', skp.status) && (ctx.manage || skp.employeeId === ctx.own?.id),
    withdraw: canTake('withdraw', skp.status) && (ctx.manage || skp.employeeId === ctx.own?.id),
    decide: canTake('approve', skp.status) && (skp.appraiserId === null ? ctx.manage : skp.appraiserId === ctx.own?.id && user.roles.includes('pejabat_penilai')),
    newVersion: canTake('close', skp.status) && ctx.manage,
  };
}
