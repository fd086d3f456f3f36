import { describe, expect, it } from 'vitest';
import { historyScore, median, valueFlags } from './outliers';

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([13, 11, 12])).toBe(12);
    expect(median([10, 12, 11, 13])).toBe(11.5); // (11 + 12) ÷ 2
  });
});

describe('a value outside the indicator’s range', () => {
  it('is flagged below the minimum and above the maximum, the bounds themselves allowed', () => {
    expect(valueFlags(101, { min: 0, max: 100 })).toEqual([{ code: 'monitoring.aboveMax', params: { value: 101, max: 100 } }]);
    expect(valueFlags(-1, { min: 0, max: 100 })).toEqual([{ code: 'monitoring.belowMin', params: { value: -1, min: 0 } }]);
    expect(valueFlags(100, { min: 0, max: 100 })).toEqual([]);
    expect(valueFlags(0, { min: 0, max: 100 })).toEqual([]);
    expect(valueFlags(5000, { min: null, max: null })).toEqual([]);
  });
});

describe('a value against the person’s own history (modified z-score, flag when |M| > 3.5)', () => {
  // Monthly documents so far: 11, 12, 12, 13, 14.
  // Median 12; deviations |11−12|=1, 0, 0, 1, 2 → sorted 0, 0, 1, 1, 2 → MAD = 1.
  const history = [11, 12, 12, 13, 14];

  it('flags 250, far outside a history around 12', () => {
    // M = 0.6745 × (250 − 12) ÷ 1 = 160.5
    expect(historyScore(250, history)!.score).toBeCloseTo(160.531, 3);
    expect(valueFlags(250, { history })).toEqual([{ code: 'monitoring.outlierHistory', params: { value: 250, median: 12, score: 160.5 } }]);
  });

  it('lets 17 pass and flags 18; the same below the median', () => {
    // 17: M = 0.6745 × 5 ÷ 1 = 3.37 ≤ 3.5;  18: M = 0.6745 × 6 ÷ 1 = 4.05 > 3.5
    expect(valueFlags(17, { history })).toEqual([]);
    expect(valueFlags(18, { history })).toEqual([{ code: 'monitoring.outlierHistory', params: { value: 18, median: 12, score: 4 } }]);
    // 7: M = 0.6745 × (7 − 12) = −3.37;  6: M = 0.6745 × (−6) = −4.05
    expect(valueFlags(7, { history })).toEqual([]);
    expect(valueFlags(6, { history })).toEqual([{ code: 'monitoring.outlierHistory', params: { value: 6, median: 12, score: -4 } }]);
  });

  it('uses the mean absolute deviation when more than half the history is the same', () => {
    // History 12, 12, 12, 13, 15: median 12; deviations 0, 0, 0, 1, 3 → MAD = 0.
    // MeanAD = (0 + 0 + 0 + 1 + 3) ÷ 5 = 0.8.
    const flat = [12, 12, 12, 13, 15];
    // 15: M = 0.7979 × 3 ÷ 0.8 = 2.99 → no flag;  16: M = 0.7979 × 4 ÷ 0.8 = 3.99 → flag.
    expect(historyScore(15, flat)!.score).toBeCloseTo(2.992, 3);
    expect(valueFlags(15, { history: flat })).toEqual([]);
    expect(valueFlags(16, { history: flat })).toEqual([{ code: 'monitoring.outlierHistory', params: { value: 16, median: 12, score: 4 } }]);
  });

  it('does not judge a history with no spread at all; the range check still does', () => {
    // 12, 12, 12, 12: MAD = 0 and MeanAD = 0, so there is no yardstick.
    expect(historyScore(250, [12, 12, 12, 12])).toBeNull();
    expect(valueFlags(250, { history: [12, 12, 12, 12] })).toEqual([]);
    expect(valueFlags(250, { history: [12, 12, 12, 12], max: 100 })).toEqual([{ code: 'monitoring.aboveMax', params: { value: 250, max: 100 } }]);
  });

  it('waits for four earlier values before judging', () => {
    expect(historyScore(250, [11, 12, 13])).toBeNull();
    expect(valueFlags(250, { history: [11, 12, 13] })).toEqual([]);
    // Missing periods are not history: NaN is left out, so this is still three values.
    expect(valueFlags(250, { history: [11, 12, 13, Number.NaN] })).toEqual([]);
    // Four values: 11, 12, 13, 14 → median 12.5; deviations 1.5, 0.5, 0.5, 1.5 → MAD = 1;
    // M = 0.6745 × (250 − 12.5) ÷ 1 = 160.2
    expect(valueFlags(250, { history: [11, 12, 13, 14] })).toEqual([{ code: 'monitoring.outlierHistory', params: { value: 250, median: 12.5, score: 160.2 } }]);
  });

  it('reports both reasons when a value breaks the range and the history', () => {
    expect(valueFlags(250, { min: 0, max: 100, history }).map((f) => f.code)).toEqual(['monitoring.aboveMax', 'monitoring.outlierHistory']);
  });
});
