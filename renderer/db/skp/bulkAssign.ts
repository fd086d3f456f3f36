import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { IkiInputSchema, skpLimits, targetValue, year } from '../../../shared/skp/schemas';
import { rhkKinds } from '../../../shared/skp/tables';
import type { Rhk } from '../../../shared/skp/types';
import { isEditable } from '../../../shared/skp/workflow';
import { parseOrThrow } from '../../../shared/validation';
import { newId, write, type Repo, type Session } from '../repository';
import type { SkpRecord } from '../records';
import { isAppraiserOf, planningContext, requireEmployee, superiorsOf } from './planningContext';
import { checkNoOverlap, newSkpRecord } from './skps';

/**
 * One leader RHK, with its IKI, written into the SKPs of many staff at once, each with their
 * own targets (typed in a grid, or a split of the leader's). A person without an SKP for the
 * year gets a draft; a person whose SKP is no longer a draft stops the whole write, named.
 */
export const BulkAssignInputSchema = z.object({
  year,
  leaderRhkId: z.string().min(1),
  kind: z.enum(rhkKinds),
  text: z.string().trim().min(1).max(skpLimits.rhk),
  indicators: z.array(IkiInputSchema.omit({ id: true, target: true })).min(1).max(skpLimits.ikiCount),
  people: z
    .array(z.object({ employeeId: z.string().min(1), targets: z.array(targetValue) }))
    .min(1, { message: 'employee.noneSelected' })
    .refine((people) => new Set(people.map((p) => p.employeeId)).size === people.length, { message: 'skp.bulkDuplicatePerson' }),
});
export type BulkAssignInput = z.input<typeof BulkAssignInputSchema>;

export async function bulkAssignRhk(repo: Repo, session: Session, input: BulkAssignInput): Promise<SkpRecord[]> {
  const plan = parseOrThrow(BulkAssignInputSchema, input);
  for (const [row, person] of plan.people.entries()) {
    if (person.targets.length !== plan.indicators.length) throw new AppError('skp.bulkTargetsMissing', { row: row + 1 }, 'people');
  }
  return write(repo, 'skp.bulkAssign', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const leaderSkp = await tx.db.skps.where('year').equals(plan.year).filter((s) => s.officeId === user.officeId && s.status !== 'closed' && s.rhk.some((r) => r.id === plan.leaderRhkId)).first();
    if (!leaderSkp) throw new AppError('skp.bulkLeaderMissing', {}, 'leaderRhkId');
    const written: Omit<SkpRecord, 'rev' | 'baseRev'>[] = [];
    const created: Omit<SkpRecord, 'rev' | 'baseRev'>[] = [];
    for (const person of plan.people) {
      const employee = requireEmployee(ctx, person.employeeId);
      // HR, or the people's own Pejabat Penilai: assigning work is the superior's act, not a colleague's.
      if (!ctx.manage && !isAppraiserOf(ctx, employee.id)) throw new AppError('skp.bulkForbidden', { name: employee.name });
      if (!superiorsOf(ctx, employee.id).includes(leaderSkp.employeeId)) {
        throw new AppError('skp.bulkLeaderNotSuperior', { name: employee.name, leader: leaderSkp.snapshot.employee.name });
      }
      const current = await tx.db.skps.where('employeeId').equals(employee.id).filter((s) => s.year === plan.year && s.status !== 'closed').last();
      if (current && !isEditable(current.status)) throw new AppError('skp.bulkNotEditable', { name: employee.name, status: current.status });
      let skp = current;
      if (!skp) {
        if (employee.status !== 'active') throw new AppError('skp.employeeInactive', { name: employee.name });
        await checkNoOverlap(tx, employee.id, `${plan.year}-01-01`, `${plan.year}-12-31`);
        const draft = newSkpRecord(ctx, employee, tx.at, { year: plan.year, periodStart: `${plan.year}-01-01`, periodEnd: `${plan.year}-12-31` });
        created.push(draft);
        skp = { ...draft, rev: 0, baseRev: 0 };
      }
      const rhk: Rhk = {
        id: newId(),
        kind: plan.kind,
        text: plan.text,
        parent: { kind: 'rhk', rhkId: plan.leaderRhkId },
        assignment: '',
        perspektif: null,
        indicators: plan.indicators.map((iki, i) => ({ ...iki, id: newId(), aspek: skp.form === 'jpt' ? null : iki.aspek, target: person.targets[i]! })),
      };
      const next = { ...skp, rhk: [...skp.rhk, rhk], status: 'draft' as const };
      const fresh = created.find((c) => c.id === skp.id);
      if (fresh) Object.assign(fresh, next);
      else written.push(next);
    }
    // New drafts and changed SKPs in one bulk write: one audit entry listing every record (DESIGN.md).
    return tx.putMany('skps', [...created, ...written]);
  });
}
