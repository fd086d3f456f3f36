import { describe, expect, it } from 'vitest';
import { capaian, displayCapaian, expectedToDate, noCapaianReason, periodTarget, progressOf, statusOf, toBasisPoints } from './capaian';

describe('capaian of an indicator', () => {
  it('is realisation ÷ target when higher is better', () => {
    expect(capaian(9, 12, 'higher')).toBe(0.75); // 9 of 12 Dokumen → 9 ÷ 12 = 75 %
    expect(capaian(12, 12, 'higher')).toBe(1); // 12 ÷ 12 = 100 %
    expect(capaian(15, 12, 'higher')).toBe(1.25); // 15 ÷ 12 = 125 %
    expect(capaian(0, 12, 'higher')).toBe(0); // nothing done: 0 ÷ 12 = 0 %
  });

  it('is target ÷ realisation when lower is better', () => {
    expect(capaian(4, 3, 'lower')).toBe(0.75); // target 3 days, took 4 → 3 ÷ 4 = 75 %
    expect(capaian(2, 3, 'lower')).toBe(1.5); // took 2 → 3 ÷ 2 = 150 %
    expect(capaian(3, 3, 'lower')).toBe(1); // 3 ÷ 3 = 100 %
  });

  it('counts a zero target met with zero as 100 %, either way', () => {
    expect(capaian(0, 0, 'higher')).toBe(1);
    expect(capaian(0, 0, 'lower')).toBe(1); // target 0 audit findings, 0 found
  });

  it('has no upper bound for more than a zero target, or none at all of a lower-is-better target', () => {
    expect(capaian(5, 0, 'higher')).toBe(Infinity); // 5 ÷ 0
    expect(capaian(0, 3, 'lower')).toBe(Infinity); // 0 complaints against at most 3: 3 ÷ 0, the best possible
    expect(displayCapaian(capaian(0, 3, 'lower'), 120)).toEqual({ shown: 1.2, raw: Infinity, capped: true }); // shown as the cap
  });

  it('is 0 % when a zero target of a lower-is-better indicator is missed', () => {
    expect(capaian(2, 0, 'lower')).toBe(0); // 0 findings allowed, 2 found: 0 ÷ 2 = 0 %
  });

  it('is missing, never zero, without a realisation', () => {
    expect(capaian(null, 12, 'higher')).toBeNull();
    expect(capaian(undefined, 12, 'lower')).toBeNull();
    expect(noCapaianReason(null, 12)).toEqual({ code: 'monitoring.realisationMissing' });
  });

  it('is missing without a target, and for a negative value', () => {
    expect(capaian(9, null, 'higher')).toBeNull();
    expect(noCapaianReason(9, null)).toEqual({ code: 'monitoring.targetMissing' });
    expect(capaian(-2, 12, 'higher')).toBeNull();
    expect(noCapaianReason(-2, 12)).toEqual({ code: 'monitoring.valueNegative', params: { value: -2 } });
    expect(noCapaianReason(2, -12)).toEqual({ code: 'monitoring.valueNegative', params: { value: -12 } });
    expect(capaian(Number.NaN, 12, 'higher')).toBeNull();
    expect(noCapaianReason(9, 12)).toBeNull();
  });
});

describe('capaian on screen', () => {
  it('caps at the office’s cap and keeps the raw value', () => {
    expect(displayCapaian(1.25, 120)).toEqual({ shown: 1.2, raw: 1.25, capped: true }); // 125 % → shown 120 %
    expect(displayCapaian(1.2, 120)).toEqual({ shown: 1.2, raw: 1.2, capped: false }); // exactly at the cap
    expect(displayCapaian(0.75, 120)).toEqual({ shown: 0.75, raw: 0.75, capped: false });
    expect(displayCapaian(1.25, 100)).toEqual({ shown: 1, raw: 1.25, capped: true });
    expect(displayCapaian(null, 120)).toBeNull();
  });

  it('refuses a cap below 100 %, which would hide a met target', () => {
    expect(() => displayCapaian(0.5, 99)).toThrow(expect.objectContaining({ code: 'monitoring.capInvalid', params: { cap: '99' } }));
  });

  it('rounds to basis points, so floating-point noise does not change what is shown', () => {
    expect(toBasisPoints(0.75)).toBe(7500);
    expect(toBasisPoints(2 / 3)).toBe(6667); // 66.67 %
    expect(0.1 + 0.7).toBeLessThan(0.8); // 0.7999999999999999
    expect(toBasisPoints(0.1 + 0.7)).toBe(8000);
  });
});

describe('status against the thresholds (default: ≥ 100 % on track, ≥ 80 % at risk, else behind)', () => {
  it('draws the lines where the thresholds say, both inclusive', () => {
    expect(statusOf(1)).toBe('on-track');
    expect(statusOf(Infinity)).toBe('on-track');
    expect(statusOf(0.9999)).toBe('at-risk'); // 99.99 %
    expect(statusOf(0.8)).toBe('at-risk');
    expect(statusOf(0.7999)).toBe('behind'); // 79.99 %
    expect(statusOf(0.1 + 0.7)).toBe('at-risk'); // shows as 80.00 %, so it is 80 %
    expect(statusOf(null)).toBeNull();
  });

  it('uses the office’s own thresholds', () => {
    const lenient = { onTrackPercent: 90, atRiskPercent: 70 };
    expect(statusOf(0.9, lenient)).toBe('on-track');
    expect(statusOf(0.75, lenient)).toBe('at-risk');
    expect(statusOf(0.69, lenient)).toBe('behind');
  });

  it('refuses an at-risk line above the on-track line', () => {
    expect(() => statusOf(1, { onTrackPercent: 80, atRiskPercent: 90 })).toThrow(expect.objectContaining({ code: 'monitoring.thresholdsInvalid', params: { onTrack: '80', atRisk: '90' } }));
  });
});

describe('progress by a period, against the pro-rated target', () => {
  it('expects a summed target to accrue evenly over the SKP’s periods', () => {
    expect(expectedToDate(12, 'sum', 2, 4)).toBe(6); // 12 Dokumen a year, by Q2 of 4: 12 × 2 ÷ 4 = 6
    expect(expectedToDate(12, 'sum', 1, 12)).toBe(1); // by January of 12 months: 12 × 1 ÷ 12 = 1
    expect(expectedToDate(6, 'sum', 1, 2)).toBe(3); // mutasi SKP of Q3 and Q4, target 6: by Q3, 6 × 1 ÷ 2 = 3
    expect(periodTarget(12, 'sum', 4)).toBe(3); // each quarter's own share: 12 ÷ 4 = 3
  });

  it('expects an averaged or last-value target at full height from the first period', () => {
    expect(expectedToDate(95, 'average', 1, 4)).toBe(95);
    expect(expectedToDate(100, 'last', 2, 4)).toBe(100);
    expect(periodTarget(3, 'average', 12)).toBe(3);
  });

  it('refuses a period index outside the SKP', () => {
    expect(() => expectedToDate(12, 'sum', 5, 4)).toThrow(expect.objectContaining({ code: 'monitoring.progressIndexInvalid', params: { index: '5', count: '4' } }));
    expect(() => expectedToDate(12, 'sum', 0, 4)).toThrow(expect.objectContaining({ code: 'monitoring.progressIndexInvalid' }));
  });

  it('rates 5 documents by Q2 against an expected 6 as at risk', () => {
    // Target 12 a year, by Q2 expected 12 × 2 ÷ 4 = 6; done 5 → 5 ÷ 6 = 83.33 % → at risk (≥ 80 %).
    const progress = progressOf({ toDate: 5, target: 12, polarity: 'higher', rollup: 'sum', periodIndex: 2, periodCount: 4 });
    expect(progress.expected).toBe(6);
    expect(toBasisPoints(progress.capaian!)).toBe(8333);
    expect(progress.status).toBe('at-risk');
    // Done 4 → 4 ÷ 6 = 66.67 % → behind. Done 6 → 100 % → on track.
    expect(progressOf({ toDate: 4, target: 12, polarity: 'higher', rollup: 'sum', periodIndex: 2, periodCount: 4 }).status).toBe('behind');
    expect(progressOf({ toDate: 6, target: 12, polarity: 'higher', rollup: 'sum', periodIndex: 2, periodCount: 4 }).status).toBe('on-track');
  });

  it('rates an averaged percentage and a lower-is-better number of days against the target itself', () => {
    // Target 95 %, average so far 96 % → 96 ÷ 95 = 101.05 % → on track.
    expect(progressOf({ toDate: 96, target: 95, polarity: 'higher', rollup: 'average', periodIndex: 1, periodCount: 4 }).status).toBe('on-track');
    // At most 3 days to serve, 3.5 on average → 3 ÷ 3.5 = 85.71 % → at risk.
    const days = progressOf({ toDate: 3.5, target: 3, polarity: 'lower', rollup: 'average', periodIndex: 3, periodCount: 4 });
    expect(toBasisPoints(days.capaian!)).toBe(8571);
    expect(days.status).toBe('at-risk');
  });

  it('has no status without data, and no expectation without a target', () => {
    expect(progressOf({ toDate: null, target: 12, polarity: 'higher', rollup: 'sum', periodIndex: 2, periodCount: 4 })).toEqual({ expected: 6, capaian: null, status: null });
    expect(progressOf({ toDate: 5, target: null, polarity: 'higher', rollup: 'sum', periodIndex: 2, periodCount: 4 })).toEqual({ expected: null, capaian: null, status: null });
  });
});
