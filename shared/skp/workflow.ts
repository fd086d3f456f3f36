import { AppError } from '../errors';
import type { SkpStatus } from './tables';

/**
 * The SKP workflow (PermenPANRB 6/2022; domain.md §3) as a table: which step may leave which
 * status, and where it leads. The repository checks who may take each step.
 */
export const skpSteps = {
  /** The employee (or HR) sends the SKP to the Pejabat Penilai. */
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  /** The Pejabat Penilai agrees: the SKP is fixed. */
  approve: { from: ['submitted'], to: 'approved' },
  /** The Pejabat Penilai sends it back with a note (Ditolak). */
  return: { from: ['submitted'], to: 'returned' },
  /** The employee (or HR) takes a submitted SKP back to change it, e.g. when the appraiser changed meanwhile. */
  withdraw: { from: ['submitted'], to: 'draft' },
  /** A mutasi replaced it with a new version; it stays readable. */
  close: { from: ['draft', 'submitted', 'approved', 'returned'], to: 'closed' },
} as const satisfies Record<string, { from: readonly SkpStatus[]; to: SkpStatus }>;
export type SkpStep = keyof typeof skpSteps;

export function canTake(step: SkpStep, status: SkpStatus): boolean {
  return (skpSteps[step].from as readonly SkpStatus[]).includes(status);
}

/** The status after `step`, or an error naming the step and the status it cannot leave. */
export function nextStatus(step: SkpStep, status: SkpStatus): SkpStatus {
  if (!canTake(step, status)) throw new AppError('skp.stepNotAllowed', { step, status });
  return skpSteps[step].to;
}

/** Only a draft, or one returned for changes, can be edited; editing a returned SKP makes it a draft again. */
export const isEditable = (status: SkpStatus): boolean => status === 'draft' || status === 'returned';
