import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { parseOrThrow } from '../validation';
import { berakhlakKeys } from './berakhlak';
import { IkiInputSchema, NewSkpInputSchema, OfficeGoalInputSchema, ReturnNoteSchema, SkpContentInputSchema, targetValue, type RhkInput } from './schemas';

/** The code (and field) a user would be shown for `input`, or null when it is accepted. */
function refusal(schema: Parameters<typeof parseOrThrow>[0], input: unknown): { code: string; field?: string } | null {
  try {
    parseOrThrow(schema, input);
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return e.field ? { code: e.code, field: e.field } : { code: e.code };
  }
}

const iki = { id: 'iki-1', aspek: 'kuantitas' as const, text: 'Jumlah dokumen', target: 12, unit: 'Dokumen', polarity: 'higher' as const };
const rhk = (id: string): RhkInput => ({ id, kind: 'utama', text: 'Tersusunnya dokumen pengadaan', parent: null, assignment: '', perspektif: null, indicators: [{ ...iki, id: `${id}-iki` }] });
const content = (list: RhkInput[]) => ({
  pendekatan: 'kuantitatif',
  rhk: list,
  ekspektasi: Object.fromEntries(berakhlakKeys.map((k) => [k, ''])),
  lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
});

describe('targets', () => {
  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a numeric string', '12'],
    ['a word', 'dua belas'],
    ['an empty string', ''],
  ])('refuses %s as not a number', (_, value) => {
    expect(refusal(targetValue, value)).toEqual({ code: 'skp.targetNotNumber' });
  });

  it('refuses a negative target, naming the reason', () => {
    expect(refusal(targetValue, -1)).toEqual({ code: 'skp.targetNegative' });
    expect(refusal(targetValue, -0.5)).toEqual({ code: 'skp.targetNegative' });
  });

  it('takes zero, whole numbers and fractions', () => {
    for (const n of [0, 12, 99.5, 1_000_000_000]) expect(refusal(targetValue, n)).toBeNull();
  });

  it('lets a draft IKI go without a target, but not with a bad one', () => {
    expect(parseOrThrow(IkiInputSchema, { ...iki, target: null }).target).toBeNull();
    expect(refusal(IkiInputSchema, { ...iki, target: 'dua belas' })).toEqual({ code: 'skp.targetNotNumber', field: 'target' });
    expect(refusal(IkiInputSchema, { ...iki, target: -3 })).toEqual({ code: 'skp.targetNegative', field: 'target' });
  });

  it('names the RHK and IKI whose target is wrong in an SKP', () => {
    const bad = { ...rhk('b'), indicators: [{ ...iki, target: Number.NaN }] };
    expect(refusal(SkpContentInputSchema, content([rhk('a'), bad]))).toEqual({ code: 'skp.targetNotNumber', field: 'rhk.1.indicators.0.target' });
  });
});

describe('office goals', () => {
  const goal = { year: 2026, statement: 'Meningkatnya kualitas pelayanan kepegawaian', indicators: [{ text: 'Indeks kepuasan ASN', target: 85, unit: 'Nilai', polarity: 'higher' }] };

  it('takes a goal with one IKU and its target', () => {
    expect(refusal(OfficeGoalInputSchema, goal)).toBeNull();
  });

  it('needs at least one IKU', () => {
    expect(refusal(OfficeGoalInputSchema, { ...goal, indicators: [] })).toEqual({ code: 'field.chooseAtLeast', field: 'indicators' });
  });

  it('needs a target on every IKU (no drafts at the top of the cascade)', () => {
    expect(refusal(OfficeGoalInputSchema, { ...goal, indicators: [{ ...goal.indicators[0], target: null }] })).toEqual({ code: 'skp.targetNotNumber', field: 'indicators.0.target' });
    expect(refusal(OfficeGoalInputSchema, { ...goal, indicators: [{ ...goal.indicators[0], target: -5 }] })).toEqual({ code: 'skp.targetNegative', field: 'indicators.0.target' });
  });

  it('needs a statement and an IKU text and unit', () => {
    expect(refusal(OfficeGoalInputSchema, { ...goal, statement: '   ' })).toEqual({ code: 'field.required', field: 'statement' });
    expect(refusal(OfficeGoalInputSchema, { ...goal, indicators: [{ ...goal.indicators[0], text: '' }] })).toEqual({ code: 'field.required', field: 'indicators.0.text' });
    expect(refusal(OfficeGoalInputSchema, { ...goal, indicators: [{ ...goal.indicators[0], unit: '' }] })).toEqual({ code: 'field.required', field: 'indicators.0.unit' });
  });
});

describe('a new SKP', () => {
  it('covers the whole year when no period is given', () => {
    expect(parseOrThrow(NewSkpInputSchema, { employeeId: 'e1', year: 2026 })).toEqual({ employeeId: 'e1', year: 2026, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
  });

  it('takes part of a year', () => {
    expect(parseOrThrow(NewSkpInputSchema, { employeeId: 'e1', year: 2026, periodStart: '2026-07-01' })).toMatchObject({ periodStart: '2026-07-01', periodEnd: '2026-12-31' });
  });

  it('refuses a period that ends before it starts', () => {
    expect(refusal(NewSkpInputSchema, { employeeId: 'e1', year: 2026, periodStart: '2026-08-01', periodEnd: '2026-07-31' })).toEqual({ code: 'skp.periodReversed', field: 'periodEnd' });
  });

  it('refuses a period outside the chosen year', () => {
    expect(refusal(NewSkpInputSchema, { employeeId: 'e1', year: 2026, periodStart: '2025-12-01' })).toEqual({ code: 'skp.periodOutsideYear', field: 'periodStart' });
    expect(refusal(NewSkpInputSchema, { employeeId: 'e1', year: 2026, periodEnd: '2027-01-31' })).toEqual({ code: 'skp.periodOutsideYear', field: 'periodStart' });
  });

  it('refuses dates that are not dates', () => {
    expect(refusal(NewSkpInputSchema, { employeeId: 'e1', year: 2026, periodStart: '1/7/2026' })).toEqual({ code: 'field.invalidDate', field: 'periodStart' });
    expect(refusal(NewSkpInputSchema, { employeeId: 'e1', year: 2026, periodEnd: '2026-02-30' })).toEqual({ code: 'field.invalidDate', field: 'periodEnd' });
    expect(refusal(NewSkpInputSchema, { employeeId: 'e1', year: 2026, periodStart: '2026-13-01' })).toEqual({ code: 'field.invalidDate', field: 'periodStart' });
  });
});

describe('SKP content', () => {
  it('takes a well-formed SKP', () => {
    expect(refusal(SkpContentInputSchema, content([rhk('a'), rhk('b')]))).toBeNull();
  });

  it('refuses the same RHK twice', () => {
    expect(refusal(SkpContentInputSchema, content([rhk('a'), rhk('a')]))).toEqual({ code: 'skp.duplicateRhk', field: 'rhk' });
  });

  it('refuses an aspek or a link of an unknown kind', () => {
    expect(refusal(SkpContentInputSchema, content([{ ...rhk('a'), indicators: [{ ...iki, aspek: 'kecepatan' as never }] }]))?.field).toBe('rhk.0.indicators.0.aspek');
    expect(refusal(SkpContentInputSchema, content([{ ...rhk('a'), parent: { kind: 'unit', id: 'x' } as never }]))?.field).toBe('rhk.0.parent.kind');
  });
});

describe('the return note', () => {
  it('is required: a returned SKP must say what to fix', () => {
    expect(refusal(ReturnNoteSchema, '  ')).toEqual({ code: 'field.required' });
    expect(parseOrThrow(ReturnNoteSchema, '  Target kuantitas terlalu rendah. ')).toBe('Target kuantitas terlalu rendah.');
  });
});
