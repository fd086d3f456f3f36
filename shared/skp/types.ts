import type { Rollup } from '../monitoring/rollup';
import type { BerakhlakKey } from './berakhlak';
import type { Aspek, LampiranSection, Pendekatan, Polarity, RhkKind, SkpForm, SkpStatus } from './tables';

/**
 * The planning records as the rules in shared/ see them (renderer/db adds the sync fields).
 * Names follow domain.md §3.
 */

/** An indicator with a yearly target: an IKU of the office, or an IKI of an RHK. */
export interface Target {
  /** Null only while a draft is being written; an SKP cannot be submitted without it. */
  target: number | null;
  /** Unit of measure: "Dokumen", "%", "Hari", … */
  unit: string;
  polarity: Polarity;
}

/** Indikator Kinerja Utama of the office, with its yearly target. */
export interface Iku extends Target {
  id: string;
  text: string;
}

/** A sasaran strategis of the OPD for a year (Perjanjian Kinerja of the head of office). */
export interface OfficeGoal {
  id: string;
  officeId: string;
  year: number;
  /** Order on the page and in documents. */
  order: number;
  statement: string;
  indicators: Iku[];
}

/** Indikator Kinerja Individu. */
export interface Iki extends Target {
  id: string;
  /** JA/JF form; null on the JPT form. */
  aspek: Aspek | null;
  text: string;
  /** How the periods add up to the year; absent: the default for its unit (shared/monitoring/rollup.ts). */
  rollup?: Rollup | null;
  /** Plausible range of a realisation: values outside are flagged (not refused) when entered. */
  min?: number | null;
  max?: number | null;
}

/** What an RHK intervenes: a leader's RHK (non-JPT) or an IKU of the office (JPT). */
export type RhkParent = { kind: 'rhk'; rhkId: string } | { kind: 'iku'; ikuId: string };

/** Rencana Hasil Kerja. Ids are unique across the office: other SKPs point at them. */
export interface Rhk {
  id: string;
  kind: RhkKind;
  text: string;
  parent: RhkParent | null;
  /** Where an RHK comes from when it intervenes no leader RHK (a written assignment). */
  assignment: string;
  /** JPT form only: one of the office's perspektif. */
  perspektif: string | null;
  indicators: Iki[];
}

/** Who someone was on the day the SKP was written: what a document printed years later shows. */
export interface PersonSnapshot {
  employeeId: string;
  name: string;
  nip: string;
  /** "Penata Muda (III/a)", or the PPPK golongan. */
  pangkat: string;
  jabatan: string;
  unit: string;
  /** The unit's id, for the dashboards (schema v6 filled it in on SKPs written before). */
  unitId?: string | null;
}

export interface SkpSnapshot {
  /** ISO date the snapshot was taken. */
  at: string;
  employee: PersonSnapshot;
  appraiser: PersonSnapshot | null;
}

export interface Skp {
  id: string;
  officeId: string;
  employeeId: string;
  /** The Pejabat Penilai who approves it (from the appraiser chain when written). */
  appraiserId: string | null;
  year: number;
  /** ISO dates; normally 1 January to 31 December. */
  periodStart: string;
  periodEnd: string;
  /** 1 for the year's first SKP; a mutasi starts the next version. */
  version: number;
  /** The version this one replaced, and the one that replaced it. */
  previousId: string | null;
  nextId: string | null;
  form: SkpForm;
  pendekatan: Pendekatan;
  status: SkpStatus;
  /** The appraiser's note when they returned it. */
  returnNote: string;
  submittedAt: string | null;
  approvedAt: string | null;
  rhk: Rhk[];
  /** Ekspektasi khusus pimpinan per BerAKHLAK value (empty when none). */
  ekspektasi: Record<BerakhlakKey, string>;
  lampiran: Record<LampiranSection, string[]>;
  snapshot: SkpSnapshot;
}
