import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate } from './days';

describe('calendar days', () => {
  it('counts across month, leap day and year ends by the calendar, whatever the PC’s time zone', () => {
    // Passes the same under TZ=Pacific/Kiritimati (UTC+14) and TZ=Pacific/Pago_Pago (UTC−11).
    expect(addDays('2026-03-31', 10)).toBe('2026-04-10');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-04-11', '2026-04-10')).toBe(-1);
  });

  it('accepts only real YYYY-MM-DD days', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    for (const text of ['2026-02-29', '2026-2-28', '28-02-2026', '2026-02-28T00:00:00Z', '']) expect(isIsoDate(text), text).toBe(false);
    expect(() => addDays('2026-13-01', 1)).toThrow(expect.objectContaining({ code: 'monitoring.dateInvalid', params: { date: '2026-13-01' } }));
  });
});
