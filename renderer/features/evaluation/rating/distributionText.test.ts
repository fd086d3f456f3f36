import { describe, expect, it } from 'vitest';
import { checkDistribution, distributionOf } from '../../../../shared/evaluation/distribution';
import { constraintRows, predikatNames } from './distributionText';

describe('the curve as sentences', () => {
  it('a unit "Baik" with two people rated Baik: both constraints broken, each with the fix', () => {
    const d = distributionOf(['baik', 'baik']);
    const rows = constraintRows('baik', d, checkDistribution('baik', d.counts), 'id', 'id-ID');
    expect(rows).toEqual([
      {
        key: '0',
        rule: { key: 'distribution.rule.atMost', params: { predikat: 'Baik', percent: '70%' } },
        count: 2,
        total: 2,
        share: '100%',
        ok: false,
        fix: { key: 'distribution.fix.moveOut', params: { count: 1, from: 'Baik', to: 'Butuh Perbaikan, Kurang/Misconduct, atau Sangat Kurang' } },
      },
      {
        key: '1',
        rule: { key: 'distribution.rule.atLeastOne', params: { predikat: 'Butuh Perbaikan atau Kurang/Misconduct' } },
        count: 0,
        total: 2,
        share: '0%',
        ok: false,
        fix: { key: 'distribution.fix.moveIn', params: { count: 1, from: 'Baik', to: 'Butuh Perbaikan atau Kurang/Misconduct' } },
      },
    ]);
  });

  it('then one re-rated Butuh Perbaikan: both hold, no fix; English names and percent', () => {
    const d = distributionOf(['baik', 'butuh-perbaikan']);
    const rows = constraintRows('baik', d, checkDistribution('baik', d.counts), 'en', 'en');
    expect(rows.map((r) => [r.ok, r.count, r.share, r.fix])).toEqual([
      [true, 1, '50%', null],
      [true, 1, '50%', null],
    ]);
    expect(rows[1]!.rule.params.predikat).toBe('Needs improvement or Poor (misconduct)');
  });

  it('names the "none" constraint of Sangat Kurang and an empty unit without a breach', () => {
    const d = distributionOf([]);
    const rows = constraintRows('sangat-kurang', d, checkDistribution('sangat-kurang', d.counts), 'id', 'id-ID');
    expect(rows.map((r) => [r.rule.key, r.ok])).toEqual([
      ['distribution.rule.atLeast', true],
      ['distribution.rule.atLeast', true],
      ['distribution.rule.none', true],
    ]);
    expect(predikatNames(['sangat-baik'], 'en', 'en')).toBe('Excellent');
  });
});
