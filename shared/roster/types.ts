import type { Employee, Position, Unit } from '../people';
import type { RosterSource } from './headers';

/**
 * The roster import plan: what the preview shows and what the repository writes, in one
 * transaction, exactly as planned. Codes are i18n keys of the `roster` namespace
 * (`roster:nipStoredAsNumber`); params always carry `row` and `column` when the issue has them.
 */
export interface RowIssue {
  /** 1-based, as Excel shows it; null for an issue about the whole file. */
  rowNumber: number | null;
  /** The header as the file writes it; null when the issue is about the whole row or file. */
  column: string | null;
  code: string;
  params?: Record<string, string | number>;
  /** An error keeps the row out of the import; a note only tells what the importer did. */
  severity: 'error' | 'note';
}

export const fieldChangeFields = ['name', 'gelarDepan', 'gelarBelakang', 'asnType', 'golongan', 'position', 'unit', 'status', 'tmtJabatan', 'appraiser'] as const;

/**
 * Display values, not ids: names for position, unit and appraiser ("Name (NIP)"), codes for
 * asnType (`pns`), status (`active`) and golongan (`III/a`), ISO dates for tmtJabatan. Null is
 * "empty".
 */
export interface FieldChange {
  field: (typeof fieldChangeFields)[number];
  from: string | null;
  to: string | null;
}

export type PlannedRow =
  | { kind: 'invalid'; rowNumber: number; nip: string | null; name: string | null; issues: RowIssue[] }
  | { kind: 'new' | 'changed' | 'unchanged'; rowNumber: number; nip: string; employee: Employee; changes: FieldChange[]; notes: RowIssue[] };

/** A row left out on purpose (an older Laporan SKP row of a mutasi, a repeated header row); `notes` say why. */
export interface SkippedRow {
  rowNumber: number;
  nip: string | null;
  name: string | null;
  notes: RowIssue[];
}

export interface RosterImportPlan {
  fileName: string;
  sheetName: string | null;
  source: RosterSource;
  headerRowNumber: number | null;
  columns: { header: string; field: string | null }[];
  ignoredColumns: string[];
  /** Problems that stop the whole file (no table, no data rows): errors only. */
  fileIssues: RowIssue[];
  /** What the importer noticed about the file without stopping it (sheets passed over). */
  fileNotes: RowIssue[];
  rows: PlannedRow[];
  /** Every non-blank data row is in `rows` or here, exactly once; `counts` add up to both. */
  skippedRows: SkippedRow[];
  unitsToCreate: Unit[];
  positionsToCreate: Position[];
  counts: { new: number; changed: number; unchanged: number; invalid: number; skipped: number };
}

export interface RosterExisting {
  employees: readonly Employee[];
  units: readonly Unit[];
  positions: readonly Position[];
}

export interface RosterPlanOptions {
  officeId: string;
  /** The OPD's own unit: the parent of units the import creates. */
  rootUnitId: string;
  /** Create units and positions the office does not have yet (else such rows are invalid). */
  createMissing: boolean;
  /** Kept on appraiser overrides the import sets from a NIP Atasan column. */
  overrideReason: string;
  newId: () => string;
}
