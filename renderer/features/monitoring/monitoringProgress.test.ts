import { describe, expect, it } from 'vitest';
import { periodsOf, periodsWithin } from '../../../shared/monitoring/periods';
import { defaultMonitoringRules } from '../../../shared/monitoring/rules';
import { currentPeriodKey, ikiProgress } from './monitoringProgress';

const quarters = periodsOf(2026, 'quarterly');

describe('ikiProgress', () => {
  it('a summed count: 12 Dokumen a year, 3 in Q1 is the expected 3 (12 × 1 ÷ 4), so 100 % for the period and to date', () => {
    const p = ikiProgress({ target: 12, unit: 'Dokumen', polarity: 'higher' }, quarters, '2026-Q1', new Map([['2026-Q1', 3]]), defaultMonitoringRules);
    expect(p.value).toBe(3);
    expect(p.period?.shown).toBe(1);
    expect(p.toDate).toBe(3);
    expect(p.expected).toBe(3);
    expect(p.toDateCapaian?.shown).toBe(1);
    expect(p.status).toBe('on-track');
  });

  it('Q2 missing is missing, not zero: the period has no capaian; to date 3 of the expected 6 (12 × 2 ÷ 4) is 50 %', () => {
    const p = ikiProgress({ target: 12, unit: 'Dokumen', polarity: 'higher' }, quarters, '2026-Q2', new Map([['2026-Q1', 3]]), defaultMonitoringRules);
    expect(p.value).toBeNull();
    expect(p.period).toBeNull();
    expect(p.toDate).toBe(3);
    expect(p.toDateCapaian?.shown).toBe(0.5);
    expect(p.status).toBe('behind');
  });

  it('a rate is averaged and capped for display: 90 % target, 99 and 117 → average 108; 117 ÷ 90 = 130 % shows as the 120 % cap', () => {
    const values = new Map([['2026-Q1', 99], ['2026-Q2', 117]]);
    const p = ikiProgress({ target: 90, unit: '%', polarity: 'higher' }, quarters, '2026-Q2', values, defaultMonitoringRules);
    expect(p.period).toEqual({ shown: 1.2, raw: 1.3, capped: true });
    expect(p.toDate).toBe(108);
    expect(p.toDateCapaian?.shown).toBeCloseTo(1.2); // 108 ÷ 90 = 120 %, exactly the cap
  });

  it('lower is better: 5 days target, 4 days taken → 5 ÷ 4 = 125 %, shown as 120 %', () => {
    const p = ikiProgress({ target: 5, unit: 'Hari', polarity: 'lower' }, quarters, '2026-Q1', new Map([['2026-Q1', 4]]), defaultMonitoringRules);
    expect(p.period).toEqual({ shown: 1.2, raw: 1.25, capped: true });
  });

  it('a mutasi SKP of two quarters pro-rates over two: 10 Laporan, 5 in Q3 → expected 5 → 100 %', () => {
    const periods = periodsWithin('2026-07-01', '2026-12-31', 'quarterly');
    const p = ikiProgress({ target: 10, unit: 'Laporan', polarity: 'higher' }, periods, '2026-Q3', new Map([['2026-Q3', 5]]), defaultMonitoringRules);
    expect(p.expected).toBe(5);
    expect(p.toDateCapaian?.shown).toBe(1);
  });

  it('no target, no capaian', () => {
    const p = ikiProgress({ target: null, unit: 'Dokumen', polarity: 'higher' }, quarters, '2026-Q1', new Map([['2026-Q1', 3]]), defaultMonitoringRules);
    expect(p.period).toBeNull();
    expect(p.toDateCapaian).toBeNull();
  });
});

describe('currentPeriodKey', () => {
  it('is the period holding today, else the first or last', () => {
    expect(currentPeriodKey(quarters, '2026-11-28')).toBe('2026-Q4');
    expect(currentPeriodKey(quarters, '2026-04-01')).toBe('2026-Q2');
    expect(currentPeriodKey(quarters, '2025-12-31')).toBe('2026-Q1');
    expect(currentPeriodKey(quarters, '2027-01-05')).toBe('2026-Q4');
    expect(currentPeriodKey([], '2026-01-01')).toBeNull();
  });
});
