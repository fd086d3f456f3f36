import { describe, expect, it } from 'vitest';
import { resultUnitOf } from './unitScope';

// Dinas → Bidang Mutasi → Seksi A; Dinas → Sekretariat.
const parents = new Map<string, string | null>([
  ['dinas', null],
  ['bidang', 'dinas'],
  ['seksi-a', 'bidang'],
  ['sekretariat', 'dinas'],
]);

describe('the unit whose distribution an employee counts in', () => {
  it('is the nearest unit at or above theirs with a result for the period', () => {
    const withResult = new Set(['dinas', 'bidang']);
    expect(resultUnitOf('seksi-a', parents, (u) => withResult.has(u))).toBe('bidang');
    expect(resultUnitOf('bidang', parents, (u) => withResult.has(u))).toBe('bidang');
    expect(resultUnitOf('sekretariat', parents, (u) => withResult.has(u))).toBe('dinas');
  });

  it('is none when no unit above has a result, and a loop in the tree ends the walk', () => {
    expect(resultUnitOf('seksi-a', parents, () => false)).toBeNull();
    const loop = new Map<string, string | null>([['a', 'b'], ['b', 'a']]);
    expect(resultUnitOf('a', loop, () => false)).toBeNull();
  });
});
