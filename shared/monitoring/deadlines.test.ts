import { describe, expect, it } from 'vitest';
import { daysOverdue, entryClosesOn, entryDeadline, entryProblem, entryState, isEntryOpen } from './deadlines';
import { periodAt } from './periods';

const q1 = periodAt(2026, 'quarterly', 1); // 2026-01-01 .. 2026-03-31

describe('the entry deadline', () => {
  it('is the period end plus the office’s days', () => {
    // Q1 ends 31 March; + 10 days → 10 April.
    expect(entryDeadline(q1, 10)).toBe('2026-04-10');
    // January ends on the 31st; + 5 days → 5 February.
    expect(entryDeadline(periodAt(2026, 'monthly', 1), 5)).toBe('2026-02-05');
    // February 2028 ends on the 29th (leap year); + 1 day → 1 March.
    expect(entryDeadline(periodAt(2028, 'monthly', 2), 1)).toBe('2028-03-01');
    // Q4 ends 31 December; + 10 days → 10 January of the next year.
    expect(entryDeadline(periodAt(2026, 'quarterly', 4), 10)).toBe('2027-01-10');
    // 0 days: the period's last day is the last day to enter.
    expect(entryDeadline(q1, 0)).toBe('2026-03-31');
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => entryDeadline(q1, -1)).toThrow(expect.objectContaining({ code: 'monitoring.deadlineDaysInvalid', params: { value: '-1' } }));
    expect(() => entryDeadline(q1, 1.5)).toThrow(expect.objectContaining({ code: 'monitoring.deadlineDaysInvalid' }));
  });
});

describe('whether a realisation can be entered (Q1 2026, 10 days, due soon 3 days before)', () => {
  const state = (today: string, reopenedUntil?: string) => entryState(q1, { deadlineDays: 10, dueSoonDays: 3, today, ...(reopenedUntil ? { reopenedUntil } : {}) });

  it('is not started the day before the period begins, open from its first day', () => {
    expect(state('2025-12-31')).toBe('not-started');
    expect(state('2026-01-01')).toBe('open');
    expect(state('2026-03-31')).toBe('open');
  });

  it('is due soon with 3 days left, still open on the deadline itself, locked the day after', () => {
    expect(state('2026-04-06')).toBe('open'); // 10 April − 6 April = 4 days left
    expect(state('2026-04-07')).toBe('due-soon'); // 3 days left
    expect(state('2026-04-10')).toBe('due-soon'); // 0 days left: the deadline day
    expect(state('2026-04-11')).toBe('locked');
    expect(isEntryOpen(state('2026-04-10'))).toBe(true);
    expect(isEntryOpen(state('2026-04-11'))).toBe(false);
    expect(isEntryOpen(state('2025-12-31'))).toBe(false);
  });

  it('with no due-soon window, marks only the deadline day as due soon', () => {
    expect(entryState(q1, { deadlineDays: 10, today: '2026-04-09' })).toBe('open');
    expect(entryState(q1, { deadlineDays: 10, today: '2026-04-10' })).toBe('due-soon');
  });

  it('stays open until HR’s reopen date, inclusive', () => {
    // HR reopened Q1 until 20 April.
    expect(state('2026-04-15', '2026-04-20')).toBe('open'); // 5 days left
    expect(state('2026-04-17', '2026-04-20')).toBe('due-soon'); // 3 days left
    expect(state('2026-04-20', '2026-04-20')).toBe('due-soon');
    expect(state('2026-04-21', '2026-04-20')).toBe('locked');
    expect(entryClosesOn(q1, 10, '2026-04-20')).toBe('2026-04-20');
  });

  it('never closes earlier because of a reopen date before the deadline', () => {
    expect(entryClosesOn(q1, 10, '2026-04-05')).toBe('2026-04-10');
    expect(state('2026-04-08', '2026-04-05')).toBe('due-soon');
  });

  it('refuses a date that is not an ISO calendar day', () => {
    expect(() => state('10/04/2026')).toThrow(expect.objectContaining({ code: 'monitoring.dateInvalid' }));
    expect(() => entryState(q1, { deadlineDays: 10, dueSoonDays: -2, today: '2026-04-01' })).toThrow(expect.objectContaining({ code: 'monitoring.dueSoonDaysInvalid' }));
  });

  it('explains a refused entry with the period and its dates', () => {
    const rules = { deadlineDays: 10, today: '2025-12-20' };
    expect(entryProblem(q1, rules)).toEqual({ code: 'monitoring.periodNotStarted', params: { period: '2026-Q1', start: '2026-01-01' } });
    expect(entryProblem(q1, { ...rules, today: '2026-04-10' })).toBeNull();
    expect(entryProblem(q1, { ...rules, today: '2026-04-11' })).toEqual({ code: 'monitoring.periodLocked', params: { period: '2026-Q1', closedOn: '2026-04-10' } });
    expect(entryProblem(q1, { ...rules, today: '2026-04-25', reopenedUntil: '2026-04-20' })).toEqual({
      code: 'monitoring.periodLocked',
      params: { period: '2026-Q1', closedOn: '2026-04-20' },
    });
  });
});

describe('days overdue of a missing realisation', () => {
  it('counts from the day after the deadline', () => {
    // Deadline 10 April.
    expect(daysOverdue(q1, 10, '2026-03-15')).toBe(0);
    expect(daysOverdue(q1, 10, '2026-04-10')).toBe(0);
    expect(daysOverdue(q1, 10, '2026-04-11')).toBe(1);
    // 10 April → 10 May: 20 days left in April + 10 in May = 30.
    expect(daysOverdue(q1, 10, '2026-05-10')).toBe(30);
  });

  it('counts across February in a leap year by the calendar', () => {
    // January 2028 + 0 days → deadline 31 January; 1 March is 29 (February) + 1 = 30 days later.
    expect(daysOverdue(periodAt(2028, 'monthly', 1), 0, '2028-03-01')).toBe(30);
  });
});
