import { describe, expect, it } from 'vitest';
import { lockoutAfterFailures } from './signInThrottle';

describe('lockoutAfterFailures', () => {
  it('lets the first four wrong passwords through without a wait', () => {
    expect([1, 2, 3, 4].map(lockoutAfterFailures)).toEqual([0, 0, 0, 0]);
  });
  it('locks for 30 s at the fifth failure and doubles after that', () => {
    expect([5, 6, 7, 8].map(lockoutAfterFailures)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });
  it('never locks longer than 15 minutes', () => {
    expect(lockoutAfterFailures(10)).toBe(15 * 60_000);
    expect(lockoutAfterFailures(1000)).toBe(15 * 60_000);
  });
});
