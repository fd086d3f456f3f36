import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { defaultMonitoringRules, MonitoringRulesSchema } from './rules';

describe('an office’s monitoring rules', () => {
  it('start quarterly, 10 days to enter, 3 days’ warning, 100 % / 80 %, cap 120 %, evidence up to 10 MB', () => {
    expect(MonitoringRulesSchema.parse(defaultMonitoringRules)).toEqual({
      rhythm: 'quarterly',
      deadlineDays: 10,
      dueSoonDays: 3,
      capPercent: 120,
      onTrackPercent: 100,
      atRiskPercent: 80,
      evidenceMaxMb: 10,
    });
  });

  it('refuse an at-risk line above the on-track line, on the at-risk field', () => {
    const result = MonitoringRulesSchema.safeParse({ ...defaultMonitoringRules, onTrackPercent: 80, atRiskPercent: 90 });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({ atRiskPercent: { code: 'monitoring.thresholdsOrder', params: {}, field: 'atRiskPercent' } });
  });

  it('refuse a negative deadline, a cap below 100 % and an unknown rhythm, each on its field', () => {
    const result = MonitoringRulesSchema.safeParse({ ...defaultMonitoringRules, deadlineDays: -1, capPercent: 90, rhythm: 'weekly' });
    expect(Object.keys(fieldErrors(result.error!)).sort()).toEqual(['capPercent', 'deadlineDays', 'rhythm']);
    expect(fieldErrors(result.error!).capPercent).toMatchObject({ code: 'field.tooSmall', params: { min: 100 } });
  });
});
