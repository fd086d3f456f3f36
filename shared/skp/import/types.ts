import type { Employee, Position } from '../../people';
import type { RowIssue } from '../../roster/types';
import type { SkpForm, SkpStatus } from '../tables';
import type { Iki, Rhk, Skp } from '../types';
import type { NumberConvention } from './values';

export type { RowIssue };

/**
 * The SKP targets import plan: what the preview shows and what the repository writes, in one
 * transaction, exactly as planned (renderer/db/skp/skpImport.ts).
 */

/** An SKP as the plan reads it: `rev` lets the repository tell whether it changed since the preview. */
export type SkpWithRev = Skp & { rev: number };

export interface SkpImportExisting {
  /** The office's people and positions (for NIPs, jabatan and the appraiser chain). */
  employees: readonly Employee[];
  positions: readonly Position[];
  /** Every SKP of the office for the chosen year, in any status. */
  skps: readonly SkpWithRev[];
}

export interface SkpImportOptions {
  officeId: string;
  year: number;
  /** How a text cell's "1.234" reads: the language on screen (values.ts). */
  convention: NumberConvention;
  newId: () => string;
}

/** A leader RHK as the preview names it. */
export interface LeaderRef {
  rhkId: string;
  text: string;
  ownerId: string;
  ownerName: string;
  ownerNip: string;
  /** The leader's RHK comes from this same file (it is written in the same transaction). */
  inFile: boolean;
}

export interface PlannedIki {
  iki: Iki;
  change: 'added' | 'changed' | 'unchanged';
  /** The stored IKI a changed one replaces. */
  before: Iki | null;
}

export type RhkOutcome = 'added' | 'changed' | 'unchanged';

export interface PlannedRhk {
  outcome: RhkOutcome;
  /** The sheet rows (1-based) that make up this RHK, one per IKI. */
  rowNumbers: number[];
  /** The RHK as it will be stored: for a changed one, the stored RHK with the file's values merged in. */
  rhk: Rhk;
  /** The stored RHK a changed or unchanged one matched (same text after trimming and case folding). */
  before: Rhk | null;
  leader: LeaderRef | null;
  /** The IKI the file gives, each as added, changed or unchanged; stored IKI the file does not name stay as they are. */
  indicators: PlannedIki[];
  /** Which RHK-level values change (a changed RHK may change only its IKI). */
  changes: ('kind' | 'leader' | 'assignment')[];
  notes: RowIssue[];
}

export type PersonOutcome = 'newSkp' | 'rhkAdded' | 'unchanged';

export interface PlannedPerson {
  outcome: PersonOutcome;
  employeeId: string;
  nip: string;
  name: string;
  jabatan: string;
  /** The SKP the RHK go into: the stored one, or the id the new one will have. */
  skpId: string;
  /** The stored SKP's status; null for a new SKP. */
  skpStatus: SkpStatus | null;
  form: SkpForm;
  /** Valid RHK only, in file order. */
  rhk: PlannedRhk[];
}

export interface InvalidRow {
  rowNumber: number;
  nip: string | null;
  name: string | null;
  rhk: string | null;
  issues: RowIssue[];
}

export interface SkpImportPlan {
  fileName: string;
  sheetName: string | null;
  headerRowNumber: number | null;
  year: number;
  columns: { header: string; field: string | null }[];
  ignoredColumns: string[];
  /** Problems that stop the whole file (no table, a required column missing, no data rows). */
  fileIssues: RowIssue[];
  /** What the importer noticed without stopping (sheets passed over, repeated header rows). */
  fileNotes: RowIssue[];
  /** People with at least one valid RHK, in file order. */
  people: PlannedPerson[];
  /** Every row that is not imported, with its reasons, in sheet order. */
  invalidRows: InvalidRow[];
  counts: { newSkp: number; rhkAdded: number; unchanged: number; invalid: number; rhk: Record<RhkOutcome, number> };
  /** Revision of every SKP of the year the plan was made against: the repository refuses the plan if any differs. */
  basis: ReadonlyMap<string, number>;
}
