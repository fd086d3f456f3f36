import type { AppErrorData } from '../errors';
import type { BerakhlakKey } from '../skp/berakhlak';
import type { MonitoringRules } from './rules';

/**
 * The monitoring records as the rules in shared/ see them (renderer/db adds the sync fields).
 * Names follow domain.md §4. One realisation per IKI per period: its id is derived from both,
 * so two PCs entering the same cell meet as one record at the hub, not as duplicates.
 */

/** An office's monitoring year: its rules, and the periods HR reopened after their deadline. */
export interface MonitoringYear {
  id: string;
  officeId: string;
  year: number;
  rules: MonitoringRules;
  /** Period key → the last day entry is open again, with HR's reason. */
  reopened: Record<string, { until: string; reason: string }>;
}

/** One record per office and year. */
export const monitoringYearId = (officeId: string, year: number): string => `${officeId}:${year}`;

export interface Realisation {
  id: string;
  officeId: string;
  skpId: string;
  employeeId: string;
  rhkId: string;
  ikiId: string;
  periodKey: string;
  value: number;
  /** Sumber data: where the number comes from (a register, an application, a report). */
  source: string;
  note: string;
  /** What the data checks flagged when it was entered (outside min/max, far from history). */
  flags: AppErrorData[];
  /** Why a flagged value is right, when the person explained it. */
  explanation: string;
  /** Set when the Pejabat Penilai corrected the employee's value. */
  correction: { by: string; reason: string; previous: number } | null;
}

/** Rencana aksi: what the employee plans to do for an RHK in a period. */
export interface ActionPlan {
  id: string;
  officeId: string;
  skpId: string;
  employeeId: string;
  rhkId: string;
  periodKey: string;
  text: string;
}

/** Bukti dukung: a file kept on this PC (content in the local blob store, by SHA-256) or a link. */
export interface Evidence {
  id: string;
  officeId: string;
  skpId: string;
  employeeId: string;
  ikiId: string;
  periodKey: string;
  kind: 'file' | 'link';
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  url: string;
  /** Evidence is never deleted from the record (the audit trail keeps it); removed hides it. */
  removed: boolean;
}

export type FeedbackAbout = { kind: 'iki'; ikiId: string } | { kind: 'value'; value: BerakhlakKey };

/** Umpan balik berkelanjutan from the appraiser, per IKI or BerAKHLAK value per period, and the reply. */
export interface Feedback {
  id: string;
  officeId: string;
  skpId: string;
  employeeId: string;
  appraiserId: string;
  periodKey: string;
  about: FeedbackAbout;
  /** Keys of standard phrases (shared/monitoring/phrases.ts). */
  phrases: string[];
  text: string;
  givenAt: string;
  reply: { text: string; at: string } | null;
}

/** Dialog kinerja: a dated note of a performance conversation, visible to both. */
export interface PerformanceDialog {
  id: string;
  officeId: string;
  skpId: string;
  employeeId: string;
  date: string;
  note: string;
  authorId: string;
  authorName: string;
}
