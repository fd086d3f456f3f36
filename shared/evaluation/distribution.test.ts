import { describe, expect, it } from 'vitest';
import { checkDistribution, describeFix, distributionOf, type DistributionBreach } from './distribution';
import { orgPredikatList, predikatList, type OrgPredikat, type Predikat } from './tables';

/** Counts of a unit, every predikat not named being 0. */
const unit = (named: Partial<Record<Predikat, number>>): Record<Predikat, number> =>
  Object.fromEntries(predikatList.map((p) => [p, named[p] ?? 0])) as Record<Predikat, number>;

/** "atMost sangat-baik 70% → 1": the breached constraint and the people to move. */
const summary = (breaches: DistributionBreach[]) =>
  breaches.map(({ constraint: c, peopleToMove }) => `${c.kind} ${c.of.join('+')}${'percent' in c ? ` ${c.percent}%` : ''} → ${peopleToMove}`);

const check = (org: OrgPredikat, named: Partial<Record<Predikat, number>>) => summary(checkDistribution(org, unit(named)));

describe('Istimewa: Sangat Baik at most 70 %', () => {
  it('allows exactly 70 % and refuses more', () => {
    expect(check('istimewa', { 'sangat-baik': 7, baik: 3 })).toEqual([]); // 10 people: 7 × 100 = 700 ≤ 70 × 10 = 700
    expect(check('istimewa', { 'sangat-baik': 8, baik: 2 })).toEqual(['atMost sangat-baik 70% → 1']); // 800 > 700; 8 − ⌊700 ÷ 100⌋ = 1
    expect(check('istimewa', { 'sangat-baik': 70, baik: 30 })).toEqual([]); // 100 people: 70 %
    expect(check('istimewa', { 'sangat-baik': 71, baik: 29 })).toEqual(['atMost sangat-baik 70% → 1']); // 71 %
  });

  it('rounds the allowance down where 70 % is not a whole person', () => {
    expect(check('istimewa', { 'sangat-baik': 2, baik: 1 })).toEqual([]); // 3 people: 200 ≤ 210 (66.7 %)
    expect(check('istimewa', { 'sangat-baik': 3 })).toEqual(['atMost sangat-baik 70% → 1']); // 300 > 210; 3 − ⌊2.1⌋ = 1
    expect(check('istimewa', { 'sangat-baik': 4, baik: 3 })).toEqual([]); // 7 people: 400 ≤ 490 (57.1 %)
    expect(check('istimewa', { 'sangat-baik': 5, baik: 2 })).toEqual(['atMost sangat-baik 70% → 1']); // 500 > 490 (71.4 %); 5 − ⌊4.9⌋ = 1
    expect(check('istimewa', { 'sangat-baik': 7 })).toEqual(['atMost sangat-baik 70% → 3']); // 7 − ⌊4.9⌋ = 3
  });
});

describe('Baik: Baik at most 70 %, and at least one Butuh Perbaikan or Kurang', () => {
  it('allows exactly 70 % Baik with one Butuh Perbaikan or Kurang', () => {
    expect(check('baik', { baik: 7, 'butuh-perbaikan': 1, 'sangat-baik': 2 })).toEqual([]); // 10 people: 700 ≤ 700
    expect(check('baik', { baik: 7, kurang: 1, 'sangat-baik': 2 })).toEqual([]);
    expect(check('baik', { baik: 8, 'butuh-perbaikan': 1, 'sangat-baik': 1 })).toEqual(['atMost baik 70% → 1']); // 800 > 700
  });

  it('wants one Butuh Perbaikan or Kurang; Sangat Kurang does not count', () => {
    expect(check('baik', { baik: 7, 'sangat-baik': 3 })).toEqual(['atLeastOne butuh-perbaikan+kurang → 1']);
    expect(check('baik', { baik: 7, 'sangat-kurang': 3 })).toEqual(['atLeastOne butuh-perbaikan+kurang → 1']);
  });

  it('rounds the Baik allowance down', () => {
    expect(check('baik', { baik: 2, kurang: 1 })).toEqual([]); // 3 people: 200 ≤ 210
    expect(check('baik', { baik: 3 })).toEqual(['atMost baik 70% → 1', 'atLeastOne butuh-perbaikan+kurang → 1']); // 300 > 210; 3 − 2 = 1
    expect(check('baik', { baik: 4, 'butuh-perbaikan': 1, 'sangat-baik': 2 })).toEqual([]); // 7 people: 400 ≤ 490
    expect(check('baik', { baik: 5, 'butuh-perbaikan': 2 })).toEqual(['atMost baik 70% → 1']); // 500 > 490; 5 − ⌊4.9⌋ = 1
  });
});

describe('Butuh Perbaikan: at least 60 % Butuh Perbaikan; Sangat Baik at most 10 %', () => {
  it('allows exactly 60 % and exactly 10 %', () => {
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 6, 'sangat-baik': 1, baik: 3 })).toEqual([]); // 10 people: 600 ≥ 600, 100 ≤ 100
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 5, 'sangat-baik': 1, baik: 4 })).toEqual(['atLeast butuh-perbaikan 60% → 1']); // 500 < 600; ⌈6⌉ − 5 = 1
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 2, baik: 8 })).toEqual(['atLeast butuh-perbaikan 60% → 4']); // 6 − 2 = 4
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 6, 'sangat-baik': 2, baik: 2 })).toEqual(['atMost sangat-baik 10% → 1']); // 200 > 100
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 12, 'sangat-baik': 2, baik: 6 })).toEqual([]); // 20 people: 200 ≤ 200
  });

  it('rounds the required share up and the allowance down', () => {
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 2, baik: 1 })).toEqual([]); // 3 people: 200 ≥ 180 (66.7 %)
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 1, baik: 2 })).toEqual(['atLeast butuh-perbaikan 60% → 1']); // 100 < 180; ⌈1.8⌉ − 1 = 1
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 2, 'sangat-baik': 1 })).toEqual(['atMost sangat-baik 10% → 1']); // 100 > 30: ⌊0.3⌋ = 0 allowed
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 5, baik: 2 })).toEqual([]); // 7 people: 500 ≥ 420
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 4, baik: 3 })).toEqual(['atLeast butuh-perbaikan 60% → 1']); // 400 < 420 (57.1 %); ⌈4.2⌉ − 4 = 1
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 5, 'sangat-baik': 1, baik: 1 })).toEqual(['atMost sangat-baik 10% → 1']); // 100 > 70
  });
});

describe('Kurang: at least 60 % Kurang; at least 10 % Butuh Perbaikan; Sangat Baik at most 10 %', () => {
  it('allows exactly 60 %, 10 % and 10 %', () => {
    expect(check('kurang', { kurang: 6, 'butuh-perbaikan': 1, 'sangat-baik': 1, baik: 2 })).toEqual([]); // 10 people: 600 ≥ 600, 100 ≥ 100, 100 ≤ 100
    expect(check('kurang', { kurang: 5, 'butuh-perbaikan': 1, 'sangat-baik': 1, baik: 3 })).toEqual(['atLeast kurang 60% → 1']);
    expect(check('kurang', { kurang: 6, 'sangat-baik': 1, baik: 3 })).toEqual(['atLeast butuh-perbaikan 10% → 1']); // 0 < 100; ⌈1⌉ − 0 = 1
    expect(check('kurang', { kurang: 6, 'butuh-perbaikan': 1, 'sangat-baik': 2, baik: 1 })).toEqual(['atMost sangat-baik 10% → 1']);
  });

  it('rounds the required shares up', () => {
    expect(check('kurang', { kurang: 2, 'butuh-perbaikan': 1 })).toEqual([]); // 3 people: 200 ≥ 180, 100 ≥ 30
    expect(check('kurang', { kurang: 2, baik: 1 })).toEqual(['atLeast butuh-perbaikan 10% → 1']); // ⌈0.3⌉ − 0 = 1
    expect(check('kurang', { kurang: 5, 'butuh-perbaikan': 1, 'sangat-kurang': 1 })).toEqual([]); // 7 people: 500 ≥ 420, 100 ≥ 70
    expect(check('kurang', { kurang: 4, 'butuh-perbaikan': 2, 'sangat-kurang': 1 })).toEqual(['atLeast kurang 60% → 1']); // 400 < 420; ⌈4.2⌉ − 4 = 1
  });
});

describe('Sangat Kurang: at least 60 % Sangat Kurang; at least 10 % Kurang and/or Butuh Perbaikan; no Sangat Baik', () => {
  it('allows exactly 60 % and 10 %, and no Sangat Baik at all', () => {
    expect(check('sangat-kurang', { 'sangat-kurang': 6, kurang: 1, baik: 3 })).toEqual([]); // 10 people: 600 ≥ 600, 100 ≥ 100
    expect(check('sangat-kurang', { 'sangat-kurang': 6, 'butuh-perbaikan': 1, baik: 3 })).toEqual([]);
    expect(check('sangat-kurang', { 'sangat-kurang': 5, kurang: 2, baik: 3 })).toEqual(['atLeast sangat-kurang 60% → 1']);
    expect(check('sangat-kurang', { 'sangat-kurang': 6, baik: 4 })).toEqual(['atLeast kurang+butuh-perbaikan 10% → 1']);
    expect(check('sangat-kurang', { 'sangat-kurang': 6, kurang: 2, 'sangat-baik': 2 })).toEqual(['none sangat-baik → 2']); // move both
  });

  it('rounds the required shares up', () => {
    expect(check('sangat-kurang', { 'sangat-kurang': 2, kurang: 1 })).toEqual([]); // 3 people: 200 ≥ 180, 100 ≥ 30
    expect(check('sangat-kurang', { 'sangat-kurang': 3 })).toEqual(['atLeast kurang+butuh-perbaikan 10% → 1']); // ⌈0.3⌉ = 1
    expect(check('sangat-kurang', { 'sangat-kurang': 5, 'butuh-perbaikan': 1, baik: 1 })).toEqual([]); // 7 people: 500 ≥ 420
    expect(check('sangat-kurang', { 'sangat-kurang': 4, kurang: 2, 'butuh-perbaikan': 1 })).toEqual(['atLeast sangat-kurang 60% → 1']); // 400 < 420
  });
});

describe('a unit of one person', () => {
  // One person is 100 % of the unit: every cap below 100 % allows ⌊p ÷ 100⌋ = 0 people, every
  // "at least p %" needs ⌈p ÷ 100⌉ = 1. Under Kurang and Sangat Kurang no single rating (nor
  // two people's) meets both "at least" lines: 1 + 1 people are needed.
  it.each<[OrgPredikat, Predikat, string[]]>([
    ['istimewa', 'sangat-baik', ['atMost sangat-baik 70% → 1']],
    ['istimewa', 'baik', []],
    ['istimewa', 'sangat-kurang', []],
    ['istimewa', 'butuh-perbaikan', []],
    ['istimewa', 'kurang', []],
    ['baik', 'sangat-baik', ['atLeastOne butuh-perbaikan+kurang → 1']],
    ['baik', 'baik', ['atMost baik 70% → 1', 'atLeastOne butuh-perbaikan+kurang → 1']],
    ['baik', 'butuh-perbaikan', []],
    ['baik', 'kurang', []],
    ['baik', 'sangat-kurang', ['atLeastOne butuh-perbaikan+kurang → 1']],
    ['butuh-perbaikan', 'butuh-perbaikan', []],
    ['butuh-perbaikan', 'baik', ['atLeast butuh-perbaikan 60% → 1']],
    ['butuh-perbaikan', 'sangat-baik', ['atLeast butuh-perbaikan 60% → 1', 'atMost sangat-baik 10% → 1']],
    ['butuh-perbaikan', 'kurang', ['atLeast butuh-perbaikan 60% → 1']],
    ['butuh-perbaikan', 'sangat-kurang', ['atLeast butuh-perbaikan 60% → 1']],
    ['kurang', 'kurang', ['atLeast butuh-perbaikan 10% → 1']],
    ['kurang', 'butuh-perbaikan', ['atLeast kurang 60% → 1']],
    ['kurang', 'sangat-baik', ['atLeast kurang 60% → 1', 'atLeast butuh-perbaikan 10% → 1', 'atMost sangat-baik 10% → 1']],
    ['kurang', 'baik', ['atLeast kurang 60% → 1', 'atLeast butuh-perbaikan 10% → 1']],
    ['kurang', 'sangat-kurang', ['atLeast kurang 60% → 1', 'atLeast butuh-perbaikan 10% → 1']],
    ['sangat-kurang', 'sangat-kurang', ['atLeast kurang+butuh-perbaikan 10% → 1']],
    ['sangat-kurang', 'kurang', ['atLeast sangat-kurang 60% → 1']],
    ['sangat-kurang', 'sangat-baik', ['atLeast sangat-kurang 60% → 1', 'atLeast kurang+butuh-perbaikan 10% → 1', 'none sangat-baik → 1']],
    ['sangat-kurang', 'butuh-perbaikan', ['atLeast sangat-kurang 60% → 1']],
    ['sangat-kurang', 'baik', ['atLeast sangat-kurang 60% → 1', 'atLeast kurang+butuh-perbaikan 10% → 1']],
  ])('organisation %s, the one person rated %s', (org, predikat, expected) => {
    expect(check(org, { [predikat]: 1 })).toEqual(expected);
  });
});

describe('checkDistribution', () => {
  it.each(orgPredikatList)('finds no breach in an empty unit (%s): nothing is rated yet', (org) => {
    expect(checkDistribution(org, unit({}))).toEqual([]);
  });

  it('reports the count, the total and the share of the breach', () => {
    expect(checkDistribution('istimewa', unit({ 'sangat-baik': 5, baik: 2 }))).toEqual([
      { constraint: { kind: 'atMost', of: ['sangat-baik'], percent: 70 }, count: 5, total: 7, share: 5 / 7, peopleToMove: 1 },
    ]);
  });

  it('refuses counts that are not whole numbers of people', () => {
    expect(() => checkDistribution('baik', unit({ baik: -1 }))).toThrow(RangeError);
    expect(() => checkDistribution('baik', unit({ baik: 1.5 }))).toThrow(RangeError);
  });
});

describe('describeFix', () => {
  const fixes = (org: OrgPredikat, named: Partial<Record<Predikat, number>>) => {
    const counts = unit(named);
    return checkDistribution(org, counts).map((b) => describeFix(counts, b));
  };

  it('moves people down out of a capped set, to any lower predikat', () => {
    // 10 people, 9 Sangat Baik: 9 − ⌊700 ÷ 100⌋ = 2 must be rated lower.
    expect(fixes('istimewa', { 'sangat-baik': 9, baik: 1 })).toEqual([
      { kind: 'moveOut', from: ['sangat-baik'], to: ['baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'], count: 2 },
    ]);
  });

  it('under Baik, rates Baik down and brings one person into Butuh Perbaikan or Kurang', () => {
    expect(fixes('baik', { baik: 8, 'sangat-baik': 2 })).toEqual([
      { kind: 'moveOut', from: ['baik'], to: ['butuh-perbaikan', 'kurang', 'sangat-kurang'], count: 1 }, // 8 − 7
      { kind: 'moveIn', from: ['sangat-baik', 'baik'], into: ['butuh-perbaikan', 'kurang'], count: 1 },
    ]);
  });

  it('moves every Sangat Baik out under Sangat Kurang, and names only predikat that hold people', () => {
    expect(fixes('sangat-kurang', { 'sangat-kurang': 6, baik: 2, 'sangat-baik': 2 })).toEqual([
      { kind: 'moveIn', from: ['sangat-baik', 'baik', 'sangat-kurang'], into: ['butuh-perbaikan', 'kurang'], count: 1 }, // ⌈1⌉ − 0
      { kind: 'moveOut', from: ['sangat-baik'], to: ['baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'], count: 2 },
    ]);
  });
});

describe('distributionOf', () => {
  it('counts the predikat given and their shares', () => {
    const d = distributionOf(['baik', 'baik', 'sangat-baik', 'kurang']);
    expect(d.total).toBe(4);
    expect(d.counts).toEqual(unit({ baik: 2, 'sangat-baik': 1, kurang: 1 }));
    expect(d.shares).toEqual({ 'sangat-baik': 0.25, baik: 0.5, 'butuh-perbaikan': 0, kurang: 0.25, 'sangat-kurang': 0 });
  });

  it('has zero shares, not NaN, for nobody rated', () => {
    expect(distributionOf([])).toEqual({ counts: unit({}), shares: unit({}), total: 0 });
  });
});
