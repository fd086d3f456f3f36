import { z } from 'zod';
import { defaultThresholds } from './capaian';
import { rhythms } from './periods';

/**
 * The monitoring rules an office sets (HR, per year). None is fixed by regulation: PermenPANRB
 * 6/2022 leaves the rhythm to the agency, and the deadline, reminder window, display cap and
 * status thresholds are the office's choice. The defaults are the examples; a freshly
 * set-up office works with them.
 *
 * Out-of-range numbers read as the generic field.tooSmall / field.tooLarge (issueToError in
 * shared/validation.ts); the one rule across fields has its own code.
 */
export const MonitoringRulesSchema = z
  .object({
    rhythm: z.enum(rhythms),
    /** Days after a period ends that entry stays open. Beyond a quarter the lock would mean little. */
    deadlineDays: z.number().int().min(0).max(90),
    /** Days before closing that a reminder calls "due soon". */
    dueSoonDays: z.number().int().min(0).max(31),
    /** Highest capaian shown and averaged, in percent. */
    capPercent: z.number().min(100).max(1000),
    onTrackPercent: z.number().min(0).max(1000),
    atRiskPercent: z.number().min(0).max(1000),
    /** Largest evidence file accepted, in MB: offices with small disks set it lower. */
    evidenceMaxMb: z.number().int().min(1).max(100),
  })
  .refine((rules) => rules.atRiskPercent <= rules.onTrackPercent, { message: 'monitoring.thresholdsOrder', path: ['atRiskPercent'] });
export type MonitoringRules = z.infer<typeof MonitoringRulesSchema>;

/** Quarterly like the official example form; 10 days to enter; 100 % / 80 %; cap 120 %. */
export const defaultMonitoringRules: MonitoringRules = {
  rhythm: 'quarterly',
  deadlineDays: 10,
  dueSoonDays: 3,
  capPercent: 120,
  evidenceMaxMb: 10,
  ...defaultThresholds,
};
