import type { SheetRows, WorkbookRows } from '../spreadsheet';
import { cellAt, cleanText } from './cells';
import { fieldForHeader, nationalOnlyFields, type RosterField } from './columns';

/**
 * Finding the table in a sheet: HR files start with title rows ("DAFTAR PEGAWAI …",
 * "Instansi …") and the national Laporan SKP puts its header somewhere in the first 20 rows.
 *
 * Row and column indexes are 0-based positions in `SheetRows.rows`; row 0 is the sheet's row 1
 * (the reader keeps leading blank rows so that row numbers match what Excel shows).
 */
export const HEADER_SEARCH_ROWS = 20;

export type RosterSource = 'roster' | 'laporanSkp';

export interface RosterColumn {
  index: number;
  /** The header as the file writes it (line breaks and repeated spaces collapsed). */
  header: string;
  /** The field read from this column, or null when the column is ignored. */
  field: RosterField | null;
}

export interface DetectedTable {
  sheetIndex: number;
  sheetName: string;
  headerRowIndex: number;
  /** 1-based, as Excel shows it. */
  headerRowNumber: number;
  source: RosterSource;
  /** Every column with a header, left to right. */
  columns: RosterColumn[];
  fieldColumns: ReadonlyMap<RosterField, RosterColumn>;
  /** Headers of columns the importer does not read (unknown, duplicate, or national-only in a roster). */
  ignoredColumns: string[];
}

/** The snake_case columns only the national system writes; with `nip` they mark a Laporan SKP. */
const LAPORAN_SKP_MARKERS = new Set(['is_plt_plh', 'periode_akhir', 'skp_status']);

interface Candidate {
  rowIndex: number;
  score: number;
  headers: { index: number; header: string; field: RosterField | null; rank: number }[];
}

function readHeaderRow(sheet: SheetRows, rowIndex: number): Candidate {
  const row = sheet.rows[rowIndex];
  const headers: Candidate['headers'] = [];
  const fields = new Set<RosterField>();
  const length = Array.isArray(row) ? row.length : 0;
  for (let index = 0; index < length; index += 1) {
    const header = cleanText(cellAt(row, index));
    if (header === '') continue;
    const match = fieldForHeader(header);
    headers.push({ index, header, field: match?.field ?? null, rank: match?.rank ?? 0 });
    if (match) fields.add(match.field);
  }
  const score = fields.has('nip') && fields.has('name') ? fields.size : 0;
  return { rowIndex, score, headers };
}

/**
 * The best header row within the first 20 rows of one sheet: the one naming the most known
 * fields, among rows that name both a NIP and a name column (the earliest on a tie). Null when
 * no row qualifies.
 */
export function detectTable(sheet: SheetRows, sheetIndex = 0): DetectedTable | null {
  const rows = Array.isArray(sheet?.rows) ? sheet.rows : [];
  let best: Candidate | null = null;
  for (let rowIndex = 0; rowIndex < Math.min(rows.length, HEADER_SEARCH_ROWS); rowIndex += 1) {
    const candidate = readHeaderRow({ name: sheet.name, rows }, rowIndex);
    if (candidate.score > 0 && (!best || candidate.score > best.score)) best = candidate;
  }
  if (!best) return null;

  const raw = (h: { header: string }) => h.header.trim().toLowerCase();
  const nipHeader = best.headers.find((h) => h.field === 'nip');
  const source: RosterSource =
    nipHeader && raw(nipHeader) === 'nip' && best.headers.some((h) => LAPORAN_SKP_MARKERS.has(raw(h))) ? 'laporanSkp' : 'roster';

  // One column per field: the best-ranked header, then the leftmost.
  const winner = new Map<RosterField, Candidate['headers'][number]>();
  for (const h of best.headers) {
    if (!h.field || (source === 'roster' && nationalOnlyFields.has(h.field))) continue;
    const current = winner.get(h.field);
    if (!current || h.rank < current.rank) winner.set(h.field, h);
  }
  const columns: RosterColumn[] = best.headers.map((h) => ({
    index: h.index,
    header: h.header,
    field: h.field && winner.get(h.field) === h ? h.field : null,
  }));
  const fieldColumns = new Map<RosterField, RosterColumn>();
  for (const column of columns) if (column.field) fieldColumns.set(column.field, column);

  return {
    sheetIndex,
    sheetName: typeof sheet.name === 'string' ? sheet.name : '',
    headerRowIndex: best.rowIndex,
    headerRowNumber: best.rowIndex + 1,
    source,
    columns,
    fieldColumns,
    ignoredColumns: columns.filter((c) => c.field === null).map((c) => c.header),
  };
}

/** The first sheet with a recognisable table, and the names of the sheets before it that had none. */
export function detectWorkbookTable(workbook: WorkbookRows): { table: DetectedTable | null; skippedSheets: string[] } {
  const sheets = Array.isArray(workbook?.sheets) ? workbook.sheets : [];
  const skippedSheets: string[] = [];
  for (let i = 0; i < sheets.length; i += 1) {
    const sheet = sheets[i];
    if (!sheet) continue;
    const table = detectTable(sheet, i);
    if (table) return { table, skippedSheets };
    skippedSheets.push(typeof sheet.name === 'string' ? sheet.name : String(i + 1));
  }
  return { table: null, skippedSheets };
}
