import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDistribution, describeFix, distributionRules, type DistributionConstraint, type DistributionFix } from './distribution';
import { orgPredikatList, predikatList, type Predikat } from './tables';

const counts = fc.record(Object.fromEntries(predikatList.map((p) => [p, fc.nat({ max: 25 })])) as Record<Predikat, fc.Arbitrary<number>>);

/**
 * Re-rates `people` of the unit as the fix says, one person at a time: from any `from` predikat
 * still holding someone to a destination the random stream picks. The unit's size never changes.
 */
function apply(before: Record<Predikat, number>, fix: DistributionFix, people: number, random: fc.Stream<number>): Record<Predikat, number> {
  const after = { ...before };
  const destinations = fix.kind === 'moveOut' ? fix.to : fix.into;
  for (let i = 0; i < people; i++) {
    const sources = fix.from.filter((p) => after[p] > 0);
    const source = sources[(random.next().value as number) % sources.length];
    const destination = destinations[(random.next().value as number) % destinations.length];
    if (source === undefined || destination === undefined) throw new Error(`nobody left to move for ${JSON.stringify(fix)}`);
    after[source] -= 1;
    after[destination] += 1;
  }
  return after;
}

/** The rule as SE MenPANRB 3/2023 words it, independently of distribution.ts: n rated people, integers only. */
function holds(c: DistributionConstraint, unit: Record<Predikat, number>): boolean {
  const n = predikatList.reduce((sum, p) => sum + unit[p], 0);
  const count = c.of.reduce((sum, p) => sum + unit[p], 0);
  if (n === 0) return true;
  if (c.kind === 'atMost') return count * 100 <= c.percent * n;
  if (c.kind === 'atLeast') return count * 100 >= c.percent * n;
  return c.kind === 'atLeastOne' ? count >= 1 : count === 0;
}

const org = fc.constantFrom(...orgPredikatList);

describe('checkDistribution against the rule as worded', () => {
  it('reports exactly the constraints that do not hold', () => {
    fc.assert(
      fc.property(org, counts, (org, unit) => {
        const breached = new Set(checkDistribution(org, unit).map((b) => b.constraint));
        for (const c of distributionRules[org]) expect(breached.has(c)).toBe(!holds(c, unit));
      }),
    );
  });
});

describe('the fix of a breach', () => {
  it('makes the constraint hold when exactly its number of people is re-rated, and one fewer does not', () => {
    fc.assert(
      fc.property(org, counts, fc.infiniteStream(fc.nat()), (org, before, random) => {
        for (const breach of checkDistribution(org, before)) {
          const fix = describeFix(before, breach);
          expect(fix.count).toBe(breach.peopleToMove);
          expect(holds(breach.constraint, apply(before, fix, fix.count, random))).toBe(true);
          expect(holds(breach.constraint, apply(before, fix, fix.count - 1, random))).toBe(false);
        }
      }),
    );
  });
});
