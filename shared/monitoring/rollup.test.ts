import { describe, expect, it } from 'vitest';
import { defaultRollup, rollup } from './rollup';

describe('the default roll-up of a unit', () => {
  it('averages percentages, durations and indices', () => {
    for (const unit of ['%', 'Persen', 'persen (%)', 'Persentase', 'Hari', 'Hari kerja', 'jam', 'Menit', 'Nilai', 'Indeks Kepuasan', 'Skor', 'days']) {
      expect(defaultRollup(unit), unit).toBe('average');
    }
  });

  it('sums counts of things, and anything it does not know', () => {
    for (const unit of ['Dokumen', 'Laporan', 'Kegiatan', 'Orang', 'Bulan', 'JP', 'Kali', '']) {
      expect(defaultRollup(unit), unit).toBe('sum');
    }
  });
});

describe('the annual value from the quarters', () => {
  const year = (q1: number | null, q2: number | null, q3: number | null, q4: number | null) => [
    { periodKey: '2026-Q1', value: q1 },
    { periodKey: '2026-Q2', value: q2 },
    { periodKey: '2026-Q3', value: q3 },
    { periodKey: '2026-Q4', value: q4 },
  ];

  it('sums what was reported and names the missing quarter, not counting it as 0', () => {
    // 3 + 4 + (Q3 missing) + 2 = 9 Dokumen, from 3 of 4 quarters.
    expect(rollup('sum', year(3, 4, null, 2))).toEqual({ value: 9, periodCount: 4, periodsWithData: 3, missing: ['2026-Q3'], lastWithData: '2026-Q4' });
  });

  it('averages only the quarters with data', () => {
    // (90 + 95 + 100) ÷ 3 = 95 %, not (90 + 95 + 0 + 100) ÷ 4 = 71.25 %.
    expect(rollup('average', year(90, 95, null, 100)).value).toBe(95);
  });

  it('takes the latest quarter with data as the last value', () => {
    // Progress 10 % in Q1, 40 % in Q2, nothing yet for Q3 and Q4 → 40 %, as of Q2.
    expect(rollup('last', year(10, 40, null, null))).toMatchObject({ value: 40, lastWithData: '2026-Q2', missing: ['2026-Q3', '2026-Q4'] });
  });

  it('puts the periods in time order whatever order they come in', () => {
    const shuffled = [
      { periodKey: '2026-M12', value: 7 },
      { periodKey: '2026-M02', value: 5 },
      { periodKey: '2026-M10', value: null },
    ];
    expect(rollup('last', shuffled)).toMatchObject({ value: 7, lastWithData: '2026-M12', missing: ['2026-M10'] });
  });

  it('counts a reported 0 as data', () => {
    expect(rollup('sum', year(0, null, null, null))).toMatchObject({ value: 0, periodsWithData: 1 });
    expect(rollup('average', year(0, 10, null, null)).value).toBe(5); // (0 + 10) ÷ 2
  });

  it('has no value when no period has data', () => {
    expect(rollup('sum', year(null, null, null, null))).toEqual({
      value: null,
      periodCount: 4,
      periodsWithData: 0,
      missing: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
      lastWithData: null,
    });
    expect(rollup('average', [])).toEqual({ value: null, periodCount: 0, periodsWithData: 0, missing: [], lastWithData: null });
  });

  it('refuses a period twice, two rhythms at once, or a key it cannot read', () => {
    expect(() => rollup('sum', [{ periodKey: '2026-Q1', value: 1 }, { periodKey: '2026-Q1', value: 2 }])).toThrow(
      expect.objectContaining({ code: 'monitoring.periodDuplicate', params: { key: '2026-Q1' } }),
    );
    expect(() => rollup('sum', [{ periodKey: '2026-Q1', value: 1 }, { periodKey: '2026-M01', value: 2 }])).toThrow(
      expect.objectContaining({ code: 'monitoring.rhythmMixed', params: { key: '2026-M01', rhythm: 'quarterly' } }),
    );
    expect(() => rollup('sum', [{ periodKey: 'TW1', value: 1 }])).toThrow(expect.objectContaining({ code: 'monitoring.periodKeyInvalid' }));
  });
});
