import { z } from 'zod';
import { rollups } from '../monitoring/rollup';
import { berakhlakKeys } from './berakhlak';
import { aspekList, lampiranSections, pendekatanList, polarities, rhkKinds } from './tables';

/** What people type in the planning screens; the repository checks the same schemas. */
export const skpLimits = { statement: 500, rhk: 1000, iki: 500, unit: 40, note: 1000, lampiranItem: 500, lampiranItems: 30, rhkCount: 60, ikiCount: 10, indicators: 20 } as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max);
const id = z.string().min(1).max(64);

/** A target is a number, never negative (a reduction is written as a lower-is-better target). */
export const targetValue = z
  .number({ message: 'skp.targetNotNumber' })
  .refine((n) => Number.isFinite(n), { message: 'skp.targetNotNumber' })
  .refine((n) => n >= 0, { message: 'skp.targetNegative' });

export const year = z.number().int().min(2000).max(2100);

export const IkuInputSchema = z.object({
  id: id.optional(),
  text: text(skpLimits.iki),
  target: targetValue,
  unit: text(skpLimits.unit),
  polarity: z.enum(polarities),
});

export const OfficeGoalInputSchema = z.object({
  year,
  statement: text(skpLimits.statement),
  indicators: z.array(IkuInputSchema).min(1).max(skpLimits.indicators),
});
export type OfficeGoalInput = z.input<typeof OfficeGoalInputSchema>;

export const IkiInputSchema = z.object({
  id,
  aspek: z.enum(aspekList).nullable(),
  text: optionalText(skpLimits.iki),
  // A draft may still lack a target; submission requires one (shared/skp/submission.ts).
  target: targetValue.nullable(),
  unit: optionalText(skpLimits.unit),
  polarity: z.enum(polarities),
  rollup: z.enum(rollups).nullable().optional(),
  min: z.number().refine(Number.isFinite, { message: 'field.invalid' }).nullable().optional(),
  max: z.number().refine(Number.isFinite, { message: 'field.invalid' }).nullable().optional(),
});
/** A range whose minimum is above its maximum would flag every value. */
const rangeInOrder = (i: { min?: number | null; max?: number | null }) => i.min === null || i.min === undefined || i.max === null || i.max === undefined || i.min <= i.max;

const RhkParentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rhk'), rhkId: id }),
  z.object({ kind: z.literal('iku'), ikuId: id }),
]);

export const RhkInputSchema = z.object({
  id,
  kind: z.enum(rhkKinds),
  text: optionalText(skpLimits.rhk),
  parent: RhkParentSchema.nullable(),
  assignment: optionalText(skpLimits.statement),
  perspektif: z.string().trim().max(100).nullable(),
  indicators: z.array(IkiInputSchema.refine(rangeInOrder, { message: 'skp.rangeReversed', path: ['max'] })).max(skpLimits.ikiCount),
});
export type RhkInput = z.input<typeof RhkInputSchema>;

const lampiranList = z.array(text(skpLimits.lampiranItem)).max(skpLimits.lampiranItems);

/** The editable content of an SKP (not its identity, period or status). */
export const SkpContentInputSchema = z.object({
  pendekatan: z.enum(pendekatanList),
  rhk: z
    .array(RhkInputSchema)
    .max(skpLimits.rhkCount)
    .refine((list) => new Set(list.map((r) => r.id)).size === list.length, { message: 'skp.duplicateRhk' }),
  ekspektasi: z.object(Object.fromEntries(berakhlakKeys.map((k) => [k, optionalText(skpLimits.note)])) as Record<(typeof berakhlakKeys)[number], z.ZodString>),
  lampiran: z.object(Object.fromEntries(lampiranSections.map((k) => [k, lampiranList])) as Record<(typeof lampiranSections)[number], typeof lampiranList>),
});
export type SkpContentInput = z.input<typeof SkpContentInputSchema>;

/** A real calendar date as YYYY-MM-DD: "2026-02-30" matches the pattern but is no day at all. */
export const isRealIsoDate = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const isoDate = z.string().refine(isRealIsoDate, { message: 'field.invalidDate' });

export const NewSkpInputSchema = z
  .object({ employeeId: id, year, periodStart: isoDate.optional(), periodEnd: isoDate.optional() })
  .transform((s) => ({ ...s, periodStart: s.periodStart ?? `${s.year}-01-01`, periodEnd: s.periodEnd ?? `${s.year}-12-31` }))
  .refine((s) => s.periodStart <= s.periodEnd, { message: 'skp.periodReversed', path: ['periodEnd'] })
  .refine((s) => s.periodStart.startsWith(String(s.year)) && s.periodEnd.startsWith(String(s.year)), { message: 'skp.periodOutsideYear', path: ['periodStart'] });
export type NewSkpInput = z.input<typeof NewSkpInputSchema>;

export const ReturnNoteSchema = text(skpLimits.note);
