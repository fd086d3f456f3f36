import { predikatList, predikatRank, type OrgPredikat, type Predikat } from './tables';

/**
 * One condition on how a unit's predikat kinerja pegawai may be spread. Percentages are whole
 * numbers of the unit's rated people: "at most 70 %" allows exactly 70 %.
 */
export type DistributionConstraint =
  | { kind: 'atMost' | 'atLeast'; of: readonly Predikat[]; percent: number }
  | { kind: 'atLeastOne' | 'none'; of: readonly Predikat[] };

/**
 * The distribution each predikat kinerja organisasi allows (SE MenPANRB 3/2023, kurva
 * distribusi; domain.md §5). A unit rated lower must show more of its people rated lower.
 */
export const distributionRules: Readonly<Record<OrgPredikat, readonly DistributionConstraint[]>> = {
  istimewa: [{ kind: 'atMost', of: ['sangat-baik'], percent: 70 }],
  baik: [
    { kind: 'atMost', of: ['baik'], percent: 70 },
    { kind: 'atLeastOne', of: ['butuh-perbaikan', 'kurang'] },
  ],
  'butuh-perbaikan': [
    { kind: 'atLeast', of: ['butuh-perbaikan'], percent: 60 },
    { kind: 'atMost', of: ['sangat-baik'], percent: 10 },
  ],
  kurang: [
    { kind: 'atLeast', of: ['kurang'], percent: 60 },
    { kind: 'atLeast', of: ['butuh-perbaikan'], percent: 10 },
    { kind: 'atMost', of: ['sangat-baik'], percent: 10 },
  ],
  'sangat-kurang': [
    { kind: 'atLeast', of: ['sangat-kurang'], percent: 60 },
    { kind: 'atLeast', of: ['kurang', 'butuh-perbaikan'], percent: 10 },
    { kind: 'none', of: ['sangat-baik'] },
  ],
};

export type PredikatCounts = Readonly<Record<Predikat, number>>;

export interface Distribution {
  counts: Record<Predikat, number>;
  /** count ÷ total as a ratio (0.7 is 70 %, for Intl's percent style); all 0 when nobody is rated. */
  shares: Record<Predikat, number>;
  total: number;
}

/** The unit's live distribution, from the predikat given so far. */
export function distributionOf(predikats: readonly Predikat[]): Distribution {
  const counts = Object.fromEntries(predikatList.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const p of predikats) counts[p] += 1;
  const total = predikats.length;
  const shares = Object.fromEntries(predikatList.map((p) => [p, total === 0 ? 0 : counts[p] / total])) as Record<Predikat, number>;
  return { counts, shares, total };
}

export interface DistributionBreach {
  constraint: DistributionConstraint;
  /** Rated people whose predikat is in the constraint's set, of `total`. */
  count: number;
  total: number;
  /** count ÷ total, for display only: the check compares integers. */
  share: number;
  /** The fewest people to move to clear this breach: out of the set (atMost, none) or into it (atLeast, atLeastOne). */
  peopleToMove: number;
}

/**
 * People to move so the constraint holds; 0 when it holds. Integer arithmetic only, so a share
 * exactly on the line is never pushed over it by floating point: "at most p %" holds when
 * count × 100 ≤ p × n, i.e. count ≤ floor(p × n ÷ 100); "at least p %" when count × 100 ≥ p × n.
 */
function peopleToMove(constraint: DistributionConstraint, count: number, total: number): number {
  switch (constraint.kind) {
    case 'atMost':
      return Math.max(0, count - Math.floor((constraint.percent * total) / 100));
    case 'atLeast':
      return Math.max(0, Math.ceil((constraint.percent * total) / 100) - count);
    case 'atLeastOne':
      return count === 0 ? 1 : 0;
    case 'none':
      return count;
  }
}

/** The constraints of the organisation's predikat that the counts break, each with its fix. */
export function checkDistribution(org: OrgPredikat, counts: PredikatCounts): DistributionBreach[] {
  for (const p of predikatList) {
    if (!Number.isInteger(counts[p]) || counts[p] < 0) throw new RangeError(`count of ${p} is ${counts[p]}, not a whole number of people`);
  }
  const total = predikatList.reduce((sum, p) => sum + counts[p], 0);
  // Nobody rated yet: nothing to warn about. Without this, "at least one Butuh Perbaikan or
  // Kurang" would fire on an empty unit before its first rating is given.
  if (total === 0) return [];
  const breaches: DistributionBreach[] = [];
  for (const constraint of distributionRules[org]) {
    const count = constraint.of.reduce((sum, p) => sum + counts[p], 0);
    const people = peopleToMove(constraint, count, total);
    if (people > 0) breaches.push({ constraint, count, total, share: count / total, peopleToMove: people });
  }
  return breaches;
}

/**
 * What a breach asks of the appraisers, as data the UI translates. moveOut: rate `count` people
 * now in `from` with a predikat in `to` (lower than the whole set: a cap on a good predikat is
 * met by rating down, not up). moveIn: rate `count` people now in `from` with a predikat in
 * `into`. `from` lists only predikat that hold people, best first. Each fix clears its own
 * breach; it may break another constraint, so the UI checks again after every change.
 */
export type DistributionFix =
  | { kind: 'moveOut'; from: Predikat[]; to: Predikat[]; count: number }
  | { kind: 'moveIn'; from: Predikat[]; into: Predikat[]; count: number };

export function describeFix(counts: PredikatCounts, breach: DistributionBreach): DistributionFix {
  const inSet = (p: Predikat) => breach.constraint.of.includes(p);
  const held = (p: Predikat) => counts[p] > 0;
  const { kind } = breach.constraint;
  if (kind === 'atMost' || kind === 'none') {
    const worstInSet = Math.max(...breach.constraint.of.map((p) => predikatRank[p]));
    return {
      kind: 'moveOut',
      from: predikatList.filter((p) => inSet(p) && held(p)),
      to: predikatList.filter((p) => predikatRank[p] > worstInSet),
      count: breach.peopleToMove,
    };
  }
  return {
    kind: 'moveIn',
    from: predikatList.filter((p) => !inSet(p) && held(p)),
    into: predikatList.filter(inSet),
    count: breach.peopleToMove,
  };
}
