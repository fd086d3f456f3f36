import { describe, expect, it } from 'vitest';
import { generateCascade } from '../../tests/fixtures/cascade';
import { buildCascade } from '../skp/cascade';
import type { OfficeGoal, Skp } from '../skp/types';
import { periodsWithin } from './periods';
import { capaianByNode, ikuCapaian, officeCapaian, rhkCapaian, skpCapaian, type IkiForCapaian, type RhkCapaian } from './rhkCapaian';
import { defaultMonitoringRules, type MonitoringRules } from './rules';

// The office's default rules: quarterly, cap 120 %, on track from 100 %, at risk from 80 %.
const rules: MonitoringRules = defaultMonitoringRules;
const year = periodsWithin('2026-01-01', '2026-12-31', 'quarterly'); // n = 4

const dokumen: IkiForCapaian = { id: 'dok', target: 12, unit: 'Dokumen', polarity: 'higher' }; // summed: 3 a quarter
const persen: IkiForCapaian = { id: 'pct', target: 90, unit: '%', polarity: 'higher' }; // averaged: 90 every quarter
const hari: IkiForCapaian = { id: 'hari', target: 3, unit: 'Hari', polarity: 'lower' }; // averaged, lower is better

/** Realisations as the function reads them: IKI id → period key → value. */
const values = (entries: Record<string, Record<string, number>>) => new Map(Object.entries(entries).map(([iki, byPeriod]) => [iki, new Map(Object.entries(byPeriod))]));

describe('capaian of an RHK in one period', () => {
  it('is the mean of its IKIs’ capaian against the period’s share of the target', () => {
    // Dokumen: Q2 share 12 ÷ 4 = 3, realised 3 → 3 ÷ 3 = 100 %.
    // Persen: averaged, so the Q2 target is the target, 90; realised 81 → 81 ÷ 90 = 90 %.
    // Mean (100 % + 90 %) ÷ 2 = 95 %: under 100 %, at least 80 % → at risk.
    const c = rhkCapaian([dokumen, persen], year, values({ dok: { '2026-Q2': 3 }, pct: { '2026-Q2': 81 } }), rules, '2026-Q2');
    expect(c.capaian).toBeCloseTo(0.95, 10);
    expect(c).toMatchObject({ status: 'at-risk', entered: 2, expected: 2 });
  });

  it('caps each IKI at the office’s cap before the mean', () => {
    // Hari (lower is better): target 3 days, took 2 → 3 ÷ 2 = 150 %, shown as the cap 120 %.
    // Dokumen 3 of 3 → 100 %. Mean (100 % + 120 %) ÷ 2 = 110 % (uncapped it would be 125 %) → on track.
    const c = rhkCapaian([dokumen, hari], year, values({ dok: { '2026-Q2': 3 }, hari: { '2026-Q2': 2 } }), rules, '2026-Q2');
    expect(c.capaian).toBeCloseTo(1.1, 10);
    expect(c.status).toBe('on-track');
  });

  it('leaves a missing value out (no data, never zero) and counts it as not entered', () => {
    // Only Dokumen has Q2: 2 ÷ 3 = 66.7 % → under 80 % → behind; Persen is not entered, not 0 %.
    const one = rhkCapaian([dokumen, persen], year, values({ dok: { '2026-Q2': 2 } }), rules, '2026-Q2');
    expect(one.capaian).toBeCloseTo(2 / 3, 10);
    expect(one).toMatchObject({ status: 'behind', entered: 1, expected: 2 });
    // A value of another quarter does not count for Q2.
    expect(rhkCapaian([dokumen, persen], year, values({ dok: { '2026-Q1': 3 } }), rules, '2026-Q2')).toEqual({ capaian: null, status: null, entered: 0, expected: 2 });
  });

  it('counts a real zero as 0 %', () => {
    // Dokumen realised 0 of its share 3 → 0 ÷ 3 = 0 % → behind; it was entered.
    expect(rhkCapaian([dokumen], year, values({ dok: { '2026-Q2': 0 } }), rules, '2026-Q2')).toEqual({ capaian: 0, status: 'behind', entered: 1, expected: 1 });
  });

  it('is entered but without capaian when the IKI has no target', () => {
    const noTarget: IkiForCapaian = { ...dokumen, target: null };
    expect(rhkCapaian([noTarget], year, values({ dok: { '2026-Q2': 4 } }), rules, '2026-Q2')).toEqual({ capaian: null, status: null, entered: 1, expected: 1 });
  });

  it('follows the office’s thresholds', () => {
    // The same 95 % is on track for an office that calls 90 % on track.
    const c = rhkCapaian([dokumen, persen], year, values({ dok: { '2026-Q2': 3 }, pct: { '2026-Q2': 81 } }), { ...rules, onTrackPercent: 90, atRiskPercent: 70 }, '2026-Q2');
    expect(c.status).toBe('on-track');
  });

  it('expects nothing in a period outside the SKP, and shares the target over the SKP’s own periods', () => {
    const mutasi = periodsWithin('2026-07-01', '2026-12-31', 'quarterly'); // Q3 and Q4: n = 2
    expect(rhkCapaian([dokumen], mutasi, values({}), rules, '2026-Q1')).toEqual({ capaian: null, status: null, entered: 0, expected: 0 });
    // Q3 share 12 ÷ 2 = 6, realised 3 → 3 ÷ 6 = 50 % → behind.
    expect(rhkCapaian([dokumen], mutasi, values({ dok: { '2026-Q3': 3 } }), rules, '2026-Q3')).toEqual({ capaian: 0.5, status: 'behind', entered: 1, expected: 1 });
  });
});

describe('capaian of an RHK to date', () => {
  it('rolls each IKI up to the period and compares it with the pro-rated target', () => {
    // Through Q3 (k = 3 of n = 4):
    // Dokumen (sum): Q1 3 + Q3 3 = 6 (Q2 missing adds nothing) against 12 × 3 ÷ 4 = 9 → 6 ÷ 9 = 66.7 %.
    // Persen (average): (90 + 72) ÷ 2 = 81 against 90 → 90 %.
    // Mean (66.7 % + 90 %) ÷ 2 = 78.3 % → under 80 % → behind.
    const c = rhkCapaian([dokumen, persen], year, values({ dok: { '2026-Q1': 3, '2026-Q3': 3 }, pct: { '2026-Q1': 90, '2026-Q3': 72 } }), rules, '2026-Q3', 'toDate');
    expect(c.capaian).toBeCloseTo((6 / 9 + 0.9) / 2, 10);
    expect(c).toMatchObject({ status: 'behind', entered: 2, expected: 2 });
  });

  it('counts an IKI with any earlier value as entered, and one with none as no data', () => {
    // Dokumen: only Q1 3 against 12 × 2 ÷ 4 = 6 by Q2 → 50 %; Persen has nothing at all.
    const c = rhkCapaian([dokumen, persen], year, values({ dok: { '2026-Q1': 3 } }), rules, '2026-Q2', 'toDate');
    expect(c).toEqual({ capaian: 0.5, status: 'behind', entered: 1, expected: 2 });
  });
});

describe('capaian of every RHK of an SKP', () => {
  it('groups the SKP’s realisations by IKI and period', () => {
    const skp = {
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      rhk: [
        { id: 'A', indicators: [dokumen, persen] },
        { id: 'B', indicators: [{ ...hari, id: 'hari-b' }] },
      ],
    };
    const realisations = [
      { ikiId: 'dok', periodKey: '2026-Q2', value: 3 },
      { ikiId: 'pct', periodKey: '2026-Q2', value: 81 },
      { ikiId: 'hari-b', periodKey: '2026-Q1', value: 4 },
    ];
    const byRhk = skpCapaian(skp, realisations, rules, '2026-Q2');
    expect(byRhk.get('A')!.capaian).toBeCloseTo(0.95, 10); // (100 % + 90 %) ÷ 2, as above
    expect(byRhk.get('B')).toEqual({ capaian: null, status: null, entered: 0, expected: 1 }); // only Q1 entered
    // In Q1, B's Hari: target 3 days, took 4 → 3 ÷ 4 = 75 % → behind.
    expect(skpCapaian(skp, realisations, rules, '2026-Q1').get('B')).toEqual({ capaian: 0.75, status: 'behind', entered: 1, expected: 1 });
  });
});

describe('capaian of a whole office', () => {
  it('gives each SKP its own periods and only its own realisations', () => {
    const whole = { id: 'v1', periodStart: '2026-01-01', periodEnd: '2026-12-31', rhk: [{ id: 'A', indicators: [dokumen] }] };
    const mutasi = { id: 'v2', periodStart: '2026-07-01', periodEnd: '2026-12-31', rhk: [{ id: 'M', indicators: [{ ...dokumen, id: 'dok-m' }] }] };
    const realisations = [
      { skpId: 'v1', ikiId: 'dok', periodKey: '2026-Q3', value: 3 },
      { skpId: 'v2', ikiId: 'dok-m', periodKey: '2026-Q3', value: 3 },
      { skpId: 'other', ikiId: 'dok', periodKey: '2026-Q3', value: 0 }, // another SKP's row never counts here
    ];
    const byRhk = officeCapaian([whole, mutasi], realisations, rules, '2026-Q3');
    // A: the whole year, n = 4: share 12 ÷ 4 = 3, realised 3 → 100 %, on track.
    expect(byRhk.get('A')).toEqual({ capaian: 1, status: 'on-track', entered: 1, expected: 1 });
    // M: July to December, n = 2: share 12 ÷ 2 = 6, realised 3 → 50 %, behind.
    expect(byRhk.get('M')).toEqual({ capaian: 0.5, status: 'behind', entered: 1, expected: 1 });
  });
});

describe('capaian of an IKU and of the tree', () => {
  const c = (capaian: number | null, entered: number, expected: number): RhkCapaian => ({ capaian, status: null, entered, expected });

  it('gives an IKU the mean of the RHK directly below it that have a capaian', () => {
    // (95 % + 110 %) ÷ 2 = 102.5 % → on track; the RHK without data adds to expected only.
    const iku = ikuCapaian([c(0.95, 2, 2), c(1.1, 1, 1), c(null, 0, 3)], rules);
    expect(iku.capaian).toBeCloseTo(1.025, 10);
    expect(iku).toMatchObject({ status: 'on-track', entered: 3, expected: 6 });
    expect(ikuCapaian([c(null, 0, 1)], rules)).toEqual({ capaian: null, status: null, entered: 0, expected: 1 });
    expect(ikuCapaian([], rules)).toEqual({ capaian: null, status: null, entered: 0, expected: 0 });
  });

  it('keys RHK and IKU by their tree keys, and leaves the goal out', () => {
    const goal: OfficeGoal = {
      id: 'g1',
      officeId: 'o',
      year: 2026,
      order: 1,
      statement: 'Meningkatnya derajat kesehatan masyarakat',
      indicators: [
        { id: 'iku1', text: 'Persentase puskesmas terakreditasi', target: 85, unit: '%', polarity: 'higher' },
        { id: 'iku2', text: 'Prevalensi stunting', target: 14, unit: '%', polarity: 'lower' },
      ],
    };
    const skp = (id: string, employeeId: string, rhk: Skp['rhk']): Skp => ({
      id,
      officeId: 'o',
      employeeId,
      appraiserId: null,
      year: 2026,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      version: 1,
      previousId: null,
      nextId: null,
      form: 'jpt',
      pendekatan: 'kuantitatif',
      status: 'approved',
      returnNote: '',
      submittedAt: null,
      approvedAt: null,
      rhk,
      ekspektasi: {} as Skp['ekspektasi'],
      lampiran: {} as Skp['lampiran'],
      snapshot: { at: '2026-01-02', employee: { employeeId, name: employeeId, nip: '', pangkat: '', jabatan: '', unit: '' }, appraiser: null },
    });
    const rhk = (id: string, parent: Skp['rhk'][number]['parent']) => ({ id, kind: 'utama' as const, text: id, parent, assignment: '', perspektif: null, indicators: [] });
    const cascade = buildCascade({
      goals: [goal],
      skps: [skp('head', 'e-head', [rhk('H1', { kind: 'iku', ikuId: 'iku1' }), rhk('H2', { kind: 'iku', ikuId: 'iku1' })]), skp('kabid', 'e-kabid', [rhk('K1', { kind: 'rhk', rhkId: 'H1' })])],
    });
    const byRhk = new Map<string, RhkCapaian>([
      ['H1', { capaian: 0.95, status: 'at-risk', entered: 2, expected: 2 }],
      ['H2', { capaian: 0.7, status: 'behind', entered: 1, expected: 1 }],
      ['K1', { capaian: 1.2, status: 'on-track', entered: 1, expected: 1 }],
    ]);
    const nodes = capaianByNode(cascade.goals, byRhk, rules);
    // IKU 1: the head's H1 and H2 only (K1 hangs below H1, not directly below the IKU):
    // (95 % + 70 %) ÷ 2 = 82.5 % → at risk.
    expect(nodes.get('i:iku1')!.capaian).toBeCloseTo(0.825, 10);
    expect(nodes.get('i:iku1')).toMatchObject({ status: 'at-risk', entered: 3, expected: 3 });
    expect(nodes.get('i:iku2')).toEqual({ capaian: null, status: null, entered: 0, expected: 0 }); // nobody intervenes it
    expect(nodes.get('r:K1')).toEqual(byRhk.get('K1'));
    expect(nodes.has('g:g1')).toBe(false);
  });
});

describe('a large office', () => {
  it('colours a 15,000-person office (60,000 RHK) from one quarter quickly', () => {
    const office = generateCascade({ employees: 15_000, seed: 7 });
    const cascade = buildCascade({ goals: office.goals, skps: office.skps, employees: office.employees, leaders: office.leaders });
    // Every IKI has Q2 entered: 3 of the quarter's share 12 ÷ 4 = 3 → 100 %, except in every 5th SKP (none entered).
    const skipped = office.skps.filter((_, i) => i % 5 === 0);
    const realisations = office.skps.flatMap((skp, i) => (i % 5 === 0 ? [] : skp.rhk.flatMap((r) => r.indicators.map((k) => ({ skpId: skp.id, ikiId: k.id, periodKey: '2026-Q2', value: 3 })))));
    const t0 = performance.now();
    const byRhk = officeCapaian(office.skps, realisations, rules, '2026-Q2');
    const nodes = capaianByNode(cascade.goals, byRhk, rules);
    const elapsed = performance.now() - t0;
    expect(byRhk.size).toBe(60_000);
    expect(nodes.size).toBe(60_000 + office.goals.reduce((n, g) => n + g.indicators.length, 0));
    expect([...byRhk.values()].filter((c) => c.status === 'on-track').length).toBe(60_000 - skipped.reduce((n, skp) => n + skp.rhk.length, 0));
    // Generous for slow, busy CI machines (about 150 ms on an idle one).
    expect(elapsed).toBeLessThan(2_000);
  });
});
