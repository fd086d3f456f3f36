import type { DistributionBreach } from './distribution';
import type { BerakhlakKey } from '../skp/berakhlak';
import type { OrgPredikat, Predikat, Rating } from './tables';

/**
 * The evaluation records as the rules in shared/ see them (renderer/db adds the sync fields).
 * Period keys are the monitoring periods of the year's rhythm ('2026-Q3') or the year itself
 * ('2026-Y', shared/evaluation/periods.ts).
 */

/** Capaian kinerja organisasi of a unit for a period, recorded by the official one level up. */
export interface OrgResult {
  /** `${unitId}:${periodKey}`: one per unit and period, whoever records it. */
  id: string;
  officeId: string;
  unitId: string;
  year: number;
  periodKey: string;
  predikat: OrgPredikat;
  note: string;
  /** The name of who recorded it (the audit trail has the account). */
  recordedBy: string;
}

export const evaluationStatuses = ['draft', 'final'] as const;
export type EvaluationStatus = (typeof evaluationStatuses)[number];

/** One employee's evaluation for one period of one SKP. */
export interface Evaluation {
  /** `${skpId}:${periodKey}`. */
  id: string;
  officeId: string;
  skpId: string;
  employeeId: string;
  /** The unit the SKP counts under (its snapshot), for the unit's distribution. */
  unitId: string;
  year: number;
  periodKey: string;
  hasil: Rating | null;
  hasilNote: string;
  perilaku: Rating | null;
  perilakuNote: string;
  /** From the matrix once both ratings are given; never typed. */
  predikat: Predikat | null;
  status: EvaluationStatus;
  /** Who rated (name), as the documents print it. */
  ratedBy: string;
  finalisedAt: string | null;
  /** Finalised although the unit's distribution broke the rule: the official's reason, kept and printed. */
  distributionOverride: { reason: string; breaches: DistributionBreach[] } | null;
  reopenings: { at: string; by: string; reason: string }[];
  /** The employee saw the final evaluation; their comment, if any. */
  acknowledgement: { at: string; comment: string } | null;
}

/** A colleague asked by the appraiser for input on one employee's perilaku for one period. */
export interface PeerInput {
  /** `${skpId}:${periodKey}:${raterId}`: one per colleague asked. */
  id: string;
  officeId: string;
  skpId: string;
  periodKey: string;
  /** The colleague (an employee id). */
  raterId: string;
  /** Their rating of each BerAKHLAK value; null until they answer. */
  values: Record<BerakhlakKey, Rating> | null;
  comment: string;
  submittedAt: string | null;
}
