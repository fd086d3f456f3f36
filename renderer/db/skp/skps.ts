import { AppError } from '../../../shared/errors';
import { isJpt } from '../../../shared/jabatan';
import { formatNip } from '../../../shared/nip';
import { berakhlakKeys } from '../../../shared/skp/berakhlak';
import { NewSkpInputSchema, SkpContentInputSchema, type NewSkpInput, type SkpContentInput } from '../../../shared/skp/schemas';
import { rhkNumbers } from '../../../shared/skp/submission';
import { lampiranSections } from '../../../shared/skp/tables';
import type { Rhk, Skp } from '../../../shared/skp/types';
import { isEditable } from '../../../shared/skp/workflow';
import { parseOrThrow } from '../../../shared/validation';
import { newId, requireUser, write, type Repo, type Session, type WriteTx } from '../repository';
import type { EmployeeRecord, SkpRecord } from '../records';
import { isAppraiserOf, mayEdit, mayRead, personSnapshot, planningContext, requireEmployee, superiorsOf, type PlanningContext } from './planningContext';

/** The SKPs of a year the signed-in person may read (all, their subordinates' and their own, or their own). */
export async function visibleSkps(repo: Repo, session: Session, year: number): Promise<SkpRecord[]> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  const skps = await repo.db.skps.where('year').equals(year).filter((s) => s.officeId === session.officeId).toArray();
  return ctx.readAll ? skps : skps.filter((s) => mayRead(ctx, s));
}

export async function getSkp(repo: Repo, session: Session, skpId: string): Promise<SkpRecord> {
  const user = await requireUser(repo.db, session);
  const skp = await repo.db.skps.get(skpId);
  if (!skp || skp.officeId !== session.officeId) throw new AppError('skp.notFound');
  if (!mayRead(await planningContext(repo.db, user), skp)) throw new AppError('auth.forbidden');
  return skp;
}

/** The texts of what an SKP's RHK intervene (leader RHK or office IKU), for the form and the document. */
export async function leaderRhkTexts(repo: Repo, session: Session, skp: Pick<Skp, 'year' | 'rhk'>): Promise<Map<string, string>> {
  await requireUser(repo.db, session);
  const wanted = new Set(skp.rhk.flatMap((r) => (r.parent ? [r.parent.kind === 'rhk' ? r.parent.rhkId : r.parent.ikuId] : [])));
  const texts = new Map<string, string>();
  if (wanted.size === 0) return texts;
  const [skps, goals] = await Promise.all([
    repo.db.skps.where('year').equals(skp.year).filter((s) => s.officeId === session.officeId).toArray(),
    repo.db.goals.where('year').equals(skp.year).filter((g) => g.officeId === session.officeId).toArray(),
  ]);
  for (const s of skps) for (const r of s.rhk) if (wanted.has(r.id)) texts.set(r.id, r.text);
  for (const g of goals) for (const iku of g.indicators) if (wanted.has(iku.id)) texts.set(iku.id, iku.text);
  return texts;
}

/** What an employee's RHK may intervene: the RHK of their superiors' SKPs of that year, and the office's IKU. */
export interface LeaderOptions {
  rhk: { rhkId: string; text: string; skpId: string; ownerName: string; ownerNip: string }[];
  iku: { ikuId: string; text: string; goal: string }[];
}

export async function leaderOptions(repo: Repo, session: Session, employeeId: string, year: number): Promise<LeaderOptions> {
  const user = await requireUser(repo.db, session);
  const ctx = await planningContext(repo.db, user);
  // Offered to whoever may write this person's SKP; the superiors' RHK are not a public list.
  if (!mayEdit(ctx, employeeId)) throw new AppError('auth.forbidden');
  const superiors = superiorsOf(ctx, employeeId);
  const skps = await liveSkpsOf(repo.db.skps, superiors, year);
  const goals = await repo.db.goals.where('year').equals(year).filter((g) => g.officeId === session.officeId).toArray();
  const rank = new Map(superiors.map((id, i) => [id, i]));
  return {
    rhk: skps
      .sort((a, b) => rank.get(a.employeeId)! - rank.get(b.employeeId)!)
      .flatMap((s) => s.rhk.map((r) => ({ rhkId: r.id, text: r.text, skpId: s.id, ownerName: s.snapshot.employee.name, ownerNip: s.snapshot.employee.nip }))),
    iku: goals.sort((a, b) => a.order - b.order).flatMap((g) => g.indicators.map((iku) => ({ ikuId: iku.id, text: iku.text, goal: g.statement }))),
  };
}

async function liveSkpsOf(table: Repo['db']['skps'], employeeIds: string[], year: number): Promise<SkpRecord[]> {
  if (employeeIds.length === 0) return [];
  return table.where('employeeId').anyOf(employeeIds).filter((s) => s.year === year && s.status !== 'closed').toArray();
}

export const emptyEkspektasi = (): Skp['ekspektasi'] => Object.fromEntries(berakhlakKeys.map((k) => [k, ''])) as Skp['ekspektasi'];
export const emptyLampiran = (): Skp['lampiran'] => Object.fromEntries(lampiranSections.map((k) => [k, []])) as unknown as Skp['lampiran'];

/** A new draft for `employee`: form by their jabatan, appraiser by the chain, and today's snapshot of both. */
export function newSkpRecord(
  ctx: PlanningContext,
  employee: EmployeeRecord,
  at: string,
  fields: Pick<Skp, 'year' | 'periodStart' | 'periodEnd'> & Partial<Pick<Skp, 'version' | 'previousId' | 'pendekatan'>>,
): Omit<SkpRecord, 'rev' | 'baseRev'> {
  const position = employee.positionId ? ctx.positions.get(employee.positionId) : undefined;
  const appraiserId = ctx.chain.get(employee.id)?.appraiserId ?? null;
  const appraiser = appraiserId ? ctx.employees.get(appraiserId) : undefined;
  return {
    id: newId(),
    officeId: employee.officeId,
    employeeId: employee.id,
    appraiserId,
    year: fields.year,
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    version: fields.version ?? 1,
    previousId: fields.previousId ?? null,
    nextId: null,
    form: position && isJpt(position.jenisJabatan) ? 'jpt' : 'ja_jf',
    pendekatan: fields.pendekatan ?? 'kuantitatif',
    status: 'draft',
    returnNote: '',
    submittedAt: null,
    approvedAt: null,
    rhk: [],
    ekspektasi: emptyEkspektasi(),
    lampiran: emptyLampiran(),
    snapshot: { at: at.slice(0, 10), employee: personSnapshot(ctx, employee), appraiser: appraiser ? personSnapshot(ctx, appraiser) : null },
  };
}

/** One SKP per employee per period: a new one may not overlap any other of theirs (old versions included). */
export async function checkNoOverlap(tx: WriteTx, employeeId: string, periodStart: string, periodEnd: string, except?: string): Promise<void> {
  const others = await tx.db.skps.where('employeeId').equals(employeeId).toArray();
  const clash = others.find((s) => s.id !== except && s.periodStart <= periodEnd && periodStart <= s.periodEnd);
  if (clash) throw new AppError('skp.periodOverlap', { start: clash.periodStart, end: clash.periodEnd }, 'periodStart');
}

export async function createSkp(repo: Repo, session: Session, input: NewSkpInput): Promise<SkpRecord> {
  const fields = parseOrThrow(NewSkpInputSchema, input);
  return write(repo, 'skp.create', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const employee = requireEmployee(ctx, fields.employeeId);
    if (!mayEdit(ctx, employee.id)) throw new AppError('auth.forbidden');
    if (employee.status !== 'active') throw new AppError('skp.employeeInactive', { name: employee.name }, 'employeeId');
    await checkNoOverlap(tx, employee.id, fields.periodStart, fields.periodEnd);
    return tx.put('skps', newSkpRecord(ctx, employee, tx.at, fields));
  });
}

/**
 * Every RHK's link checked against the office as it is now: a leader RHK must belong to a
 * live SKP of the same year of one of the employee's superiors, an IKU to the year's goals,
 * and no link may close a loop.
 */
export async function checkCascade(tx: WriteTx, ctx: PlanningContext, skp: Pick<Skp, 'id' | 'employeeId' | 'year'>, rhk: readonly Rhk[]): Promise<void> {
  const numbers = rhkNumbers(rhk);
  const linked = rhk.filter((r) => r.parent);
  if (linked.length === 0) return;
  const superiors = superiorsOf(ctx, skp.employeeId);
  const leaderSkps = (await liveSkpsOf(tx.db.skps, superiors, skp.year)).filter((s) => s.id !== skp.id);
  const owner = new Map<string, SkpRecord>();
  const parentOf = new Map<string, string | null>();
  for (const s of leaderSkps) for (const r of s.rhk) {
    owner.set(r.id, s);
    parentOf.set(r.id, r.parent?.kind === 'rhk' ? r.parent.rhkId : null);
  }
  const own = new Set(rhk.map((r) => r.id));
  const ikuIds = new Set<string>();
  if (linked.some((r) => r.parent!.kind === 'iku')) {
    const goals = await tx.db.goals.where('year').equals(skp.year).filter((g) => g.officeId === ctx.user.officeId).toArray();
    for (const g of goals) for (const iku of g.indicators) ikuIds.add(iku.id);
  }
  let allParents: Map<string, string | null> | undefined;
  for (const r of linked) {
    const at = { section: r.kind, no: numbers.get(r.id)! };
    const parent = r.parent!;
    if (parent.kind === 'iku') {
      if (!ikuIds.has(parent.ikuId)) throw new AppError('skp.ikuMissing', at, 'rhk');
      continue;
    }
    if (own.has(parent.rhkId)) throw new AppError('skp.cascadeCycle', at, 'rhk');
    const leader = owner.get(parent.rhkId);
    if (!leader) {
      const elsewhere = await tx.db.skps.where('year').equals(skp.year).filter((s) => s.officeId === ctx.user.officeId && s.rhk.some((x) => x.id === parent.rhkId)).first();
      if (elsewhere) throw new AppError('skp.leaderNotSuperior', { ...at, name: elsewhere.snapshot.employee.name, nip: formatNip(elsewhere.snapshot.employee.nip) }, 'rhk');
      throw new AppError('skp.leaderRhkMissing', at, 'rhk');
    }
    // Links are stored data (synced, imported): a loop through the leaders' RHK is refused too,
    // and so is one that leaves them (a leader's RHK pointing down at someone else's). Valid data
    // never leaves the superiors' RHK, so the whole year is read only when a walk does.
    const seen = new Set<string>();
    for (let up: string | null | undefined = parent.rhkId; up; ) {
      if (own.has(up) || seen.has(up)) throw new AppError('skp.cascadeCycle', at, 'rhk');
      seen.add(up);
      if (!parentOf.has(up)) {
        allParents ??= await yearParents(tx, ctx, skp);
        for (const [id, p] of allParents) if (!parentOf.has(id)) parentOf.set(id, p);
      }
      up = parentOf.get(up);
    }
  }
}

/** What each RHK of the year's live SKPs (other than `skp` itself) intervenes, for the loop check. */
async function yearParents(tx: WriteTx, ctx: PlanningContext, skp: Pick<Skp, 'id' | 'year'>): Promise<Map<string, string | null>> {
  const parents = new Map<string, string | null>();
  await tx.db.skps
    .where('year')
    .equals(skp.year)
    .filter((s) => s.officeId === ctx.user.officeId && s.status !== 'closed' && s.id !== skp.id)
    .each((s) => {
      for (const r of s.rhk) parents.set(r.id, r.parent?.kind === 'rhk' ? r.parent.rhkId : null);
    });
  return parents;
}

/** Normalises what the form sends to the SKP's form: aspek for JA/JF, perspektif for JPT. */
function contentFor(skp: Pick<Skp, 'form'>, content: ReturnType<typeof SkpContentInputSchema.parse>) {
  return {
    ...content,
    rhk: content.rhk.map((r) => ({
      ...r,
      perspektif: skp.form === 'jpt' ? r.perspektif : null,
      indicators: r.indicators.map((i) => ({ ...i, aspek: skp.form === 'jpt' ? null : i.aspek })),
    })),
  };
}

export async function saveSkpContent(repo: Repo, session: Session, skpId: string, input: SkpContentInput): Promise<SkpRecord> {
  const content = parseOrThrow(SkpContentInputSchema, input);
  return write(repo, 'skp.update', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const skp = await tx.db.skps.get(skpId);
    if (!skp || skp.officeId !== user.officeId) throw new AppError('skp.notFound');
    if (!mayEdit(ctx, skp.employeeId)) throw new AppError('auth.forbidden');
    if (!isEditable(skp.status)) throw new AppError('skp.notEditable', { status: skp.status });
    // The ekspektasi khusus are the leader's words: only the appraiser (or HR) writes them.
    const appraiser = ctx.manage || isAppraiserOf(ctx, skp.employeeId) || (!!ctx.own && skp.appraiserId === ctx.own.id);
    const changedExpectation = Object.entries(content.ekspektasi).find(([k, v]) => skp.ekspektasi[k as keyof Skp['ekspektasi']] !== v);
    if (changedExpectation && !appraiser) throw new AppError('skp.ekspektasiAppraiserOnly', {}, `ekspektasi.${changedExpectation[0]}`);
    const next = contentFor(skp, content);
    await checkCascade(tx, ctx, skp, next.rhk);
    return tx.put('skps', { ...skp, ...next, status: 'draft' });
  });
}
