import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { isWithinSkp, parsePeriodKey, periodAt, periodOf, periodProblem, periodsOf, periodsWithin, rhythms } from './periods';

const spans = (list: { key: string; start: string; end: string }[]) => list.map((p) => `${p.key} ${p.start}..${p.end}`);

describe('the periods of a year', () => {
  it('splits 2026 into four quarters, as on the official example form', () => {
    expect(spans(periodsOf(2026, 'quarterly'))).toEqual([
      '2026-Q1 2026-01-01..2026-03-31',
      '2026-Q2 2026-04-01..2026-06-30',
      '2026-Q3 2026-07-01..2026-09-30',
      '2026-Q4 2026-10-01..2026-12-31',
    ]);
  });

  it('splits a year into two semesters', () => {
    expect(spans(periodsOf(2026, 'semester'))).toEqual(['2026-S1 2026-01-01..2026-06-30', '2026-S2 2026-07-01..2026-12-31']);
  });

  it('gives twelve months with two-digit keys, February by the calendar (2028 is a leap year)', () => {
    const months = periodsOf(2026, 'monthly');
    expect(months.map((m) => m.key)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-M${String(i + 1).padStart(2, '0')}`));
    expect(spans([months[1]!, months[3]!, months[11]!])).toEqual(['2026-M02 2026-02-01..2026-02-28', '2026-M04 2026-04-01..2026-04-30', '2026-M12 2026-12-01..2026-12-31']);
    expect(periodAt(2028, 'monthly', 2).end).toBe('2028-02-29');
  });

  it('numbers periods from 1 and refuses an index or year that does not exist', () => {
    expect(periodAt(2026, 'quarterly', 3)).toMatchObject({ key: '2026-Q3', year: 2026, rhythm: 'quarterly', index: 3 });
    expect(() => periodAt(2026, 'quarterly', 5)).toThrow(expect.objectContaining({ code: 'monitoring.periodIndexInvalid', params: { index: '5', rhythm: 'quarterly' } }));
    expect(() => periodAt(2026, 'semester', 0)).toThrow(AppError);
    expect(() => periodAt(2026.5, 'monthly', 1)).toThrow(expect.objectContaining({ code: 'monitoring.yearInvalid' }));
  });
});

describe('period keys', () => {
  it('reads back every key it writes', () => {
    for (const rhythm of rhythms) {
      for (const period of periodsOf(2026, rhythm)) expect(parsePeriodKey(period.key)).toEqual(period);
    }
  });

  it('accepts only the one spelling, so one quarter never splits into two keys', () => {
    for (const key of ['2026-M1', '2026-m01', '2026-q3', ' 2026-Q3', '2026-Q03', '2026-Q5', '2026-Q0', '2026-M13', '2026-M00', '2026-S3', '26-Q1', '1899-Q4', '2026Q3', '']) {
      expect(parsePeriodKey(key), key).toBeNull();
    }
  });
});

describe('which period a day falls in', () => {
  it('puts the last day of March in Q1 and the first of April in Q2', () => {
    expect(periodOf('2026-03-31', 'quarterly').key).toBe('2026-Q1');
    expect(periodOf('2026-04-01', 'quarterly').key).toBe('2026-Q2');
  });

  it('finds the month and the semester', () => {
    expect(periodOf('2026-12-31', 'monthly').key).toBe('2026-M12');
    expect(periodOf('2026-06-30', 'semester').key).toBe('2026-S1');
    expect(periodOf('2026-07-01', 'semester').key).toBe('2026-S2');
  });

  it('refuses a day that does not exist', () => {
    expect(() => periodOf('2026-02-30', 'monthly')).toThrow(expect.objectContaining({ code: 'monitoring.dateInvalid', params: { date: '2026-02-30' } }));
    expect(() => periodOf('30/06/2026', 'monthly')).toThrow(AppError);
  });
});

describe('the periods an SKP reports', () => {
  it('gives a whole-year SKP every quarter', () => {
    expect(periodsWithin('2026-01-01', '2026-12-31', 'quarterly').map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });

  it('gives a mutasi SKP from 1 July only Q3 and Q4', () => {
    expect(periodsWithin('2026-07-01', '2026-12-31', 'quarterly').map((p) => p.key)).toEqual(['2026-Q3', '2026-Q4']);
  });

  it('gives a quarter split by a mutasi on 15 August to both SKPs', () => {
    // Old SKP 1 Jan – 14 Aug: Q1, Q2 and the first half of Q3; new SKP 15 Aug – 31 Dec: rest of Q3 and Q4.
    expect(periodsWithin('2026-01-01', '2026-08-14', 'quarterly').map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(periodsWithin('2026-08-15', '2026-12-31', 'quarterly').map((p) => p.key)).toEqual(['2026-Q3', '2026-Q4']);
    // Monthly: August to December, 5 months.
    expect(periodsWithin('2026-08-15', '2026-12-31', 'monthly')).toHaveLength(5);
  });

  it('counts a period that shares a single day', () => {
    expect(periodsWithin('2026-09-30', '2026-09-30', 'quarterly').map((p) => p.key)).toEqual(['2026-Q3']);
    expect(periodsWithin('2026-06-30', '2026-07-01', 'semester').map((p) => p.key)).toEqual(['2026-S1', '2026-S2']);
  });

  it('runs across a new year, and a reversed range has no periods', () => {
    expect(periodsWithin('2025-11-01', '2026-02-28', 'monthly').map((p) => p.key)).toEqual(['2025-M11', '2025-M12', '2026-M01', '2026-M02']);
    expect(periodsWithin('2026-12-31', '2026-01-01', 'quarterly')).toEqual([]);
  });

  it('says whether a period belongs to the SKP, and why not', () => {
    const mutasi = { periodStart: '2026-07-01', periodEnd: '2026-12-31' };
    expect(isWithinSkp('2026-Q3', mutasi)).toBe(true);
    expect(isWithinSkp('2026-Q2', mutasi)).toBe(false);
    expect(isWithinSkp('2027-Q1', mutasi)).toBe(false);
    expect(isWithinSkp('Q3', mutasi)).toBe(false);
    expect(periodProblem('2026-M12', mutasi)).toBeNull();
    expect(periodProblem('2026-M06', mutasi)).toEqual({ code: 'monitoring.periodOutsideSkp', params: { period: '2026-M06', start: '2026-07-01', end: '2026-12-31' } });
    expect(periodProblem('Triwulan III', mutasi)).toEqual({ code: 'monitoring.periodKeyInvalid', params: { key: 'Triwulan III' } });
  });
});
