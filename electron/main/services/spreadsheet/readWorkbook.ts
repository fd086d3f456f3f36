import { read, type CellObject, type ParsingOptions, type WorkBook, type WorkSheet } from 'xlsx';
import { isAppError } from '../../../../shared/errors';
import { spreadsheetLimits, type Cell, type SheetRows, type WorkbookRows } from '../../../../shared/spreadsheet';
import { countRecords, decodeText, prepareCsv } from './csvText';
import { sniffSpreadsheet, type SniffResult } from './sniffSpreadsheet';
import { MEBIBYTE, spreadsheetError } from './spreadsheetErrors';

/**
 * Untrusted spreadsheet bytes → plain rows (shared/spreadsheet.ts). Pure and synchronous: the
 * worker (parseWorker.ts) calls it, and tests call it directly. Row i of a sheet is the
 * sheet's row i + 1 as Excel numbers it (title rows and blank rows above the table stay), so
 * the importer's messages can name rows the way the person sees them. Only arrays are built
 * from the file's content, never objects keyed by its text (a header `__proto__` is a string).
 */

export type SpreadsheetLimits = { [K in keyof typeof spreadsheetLimits]: number };

/**
 * `maxRows` counts data rows; a sheet may have this many rows above them (a title, a blank
 * line, the header) before it is refused.
 */
export const HEADING_ROWS_ALLOWED = 10;

const maxSheetRows = (limits: SpreadsheetLimits) => limits.maxRows + HEADING_ROWS_ALLOWED;

/** Dense sheets (`dense: true`) keep their cells in `!data`, row by row. */
type DenseSheet = WorkSheet & { '!data'?: (CellObject[] | undefined)[] };

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * SheetJS gives dates as the sheet's wall-clock time in UTC fields. A whole day becomes
 * "YYYY-MM-DD"; anything with a time "YYYY-MM-DDTHH:mm:ss" (no zone: Excel has none).
 */
export function isoFromSheetDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString(); // 2024-01-31T13:05:00.000Z
  const day = iso.slice(0, 10);
  const time = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  return time.every((n) => n === 0) ? day : `${day}T${time.map(pad2).join(':')}`;
}

function toCell(cell: CellObject | undefined): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'n':
      if (typeof cell.v !== 'number' || !Number.isFinite(cell.v)) return null;
      return typeof cell.w === 'string' ? { n: cell.v, w: cell.w } : { n: cell.v };
    case 'b':
      return typeof cell.v === 'boolean' ? cell.v : null;
    case 'd': {
      const date = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      const d = isoFromSheetDate(date);
      return d === undefined ? null : { d };
    }
    default: // 'e' (error), 'z' (stub)
      return null;
  }
}

/** The sheet's rows, trailing empty rows and columns trimmed, every row the same width. */
function sheetToRows(sheet: DenseSheet): Cell[][] {
  const data = sheet['!data'] ?? [];
  const rows: Cell[][] = [];
  let height = 0;
  let width = 0;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: Cell[] = [];
    let rowWidth = 0;
    if (source) {
      for (let c = 0; c < source.length; c++) {
        const cell = toCell(source[c]);
        row.push(cell);
        if (cell !== null) rowWidth = c + 1;
      }
    }
    row.length = rowWidth;
    rows.push(row);
    if (rowWidth > 0) height = r + 1;
    if (rowWidth > width) width = rowWidth;
  }
  rows.length = height;
  for (const row of rows) while (row.length < width) row.push(null);
  return rows;
}

/** Rows read up to the sheetRows cut, or what the sheet's own dimension says is beyond it. */
function overflows(sheet: DenseSheet, rows: Cell[][], limit: number): boolean {
  if (rows.length > limit) return true;
  const full = sheet['!fullref'];
  if (typeof full !== 'string') return false;
  const lastRow = Number(/(\d+)$/.exec(full)?.[1] ?? 0);
  return lastRow > limit;
}

const baseOptions: ParsingOptions = {
  dense: true,
  cellDates: true,
  cellFormula: false,
  cellHTML: false,
  cellNF: false,
  cellStyles: false,
  bookVBA: false,
  // Text formats (CSV, HTML "xls") keep every cell as its text: no number or date guessing.
  raw: true,
};

function parse(fileName: string, sniffed: SniffResult, bytes: Uint8Array, limits: SpreadsheetLimits): WorkBook {
  const sheetRows = maxSheetRows(limits) + 1; // one more than allowed shows the overflow
  if (sniffed.container !== 'text') return read(bytes, { ...baseOptions, type: 'array', sheetRows });

  const { body, delimiter } = prepareCsv(decodeText(bytes));
  // Counted before SheetJS builds a single cell: a 200,000-line file costs one scan.
  const records = countRecords(body, delimiter);
  if (records > maxSheetRows(limits)) throw tooManyRows(fileName, sheetNameForCsv(fileName), limits);
  // A `sep=` line makes SheetJS read CSV with this delimiter, whatever the text starts with
  // (it would otherwise read "<…" as HTML and "ID;…" as SYLK).
  return read(`sep=${delimiter}\n${body}`, { ...baseOptions, type: 'string', cellText: false, sheetRows });
}

const tooManyRows = (fileName: string, sheet: string, limits: SpreadsheetLimits) =>
  spreadsheetError('spreadsheet:tooManyRows', fileName, { sheet, count: limits.maxRows });

/** A CSV file has one sheet; it is called after the file, as Excel does when it opens one. */
function sheetNameForCsv(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '').slice(0, 31) || 'Sheet1';
}

const PASSWORD_ERROR = /password|encrypt/i;

export function readWorkbook(
  fileName: string,
  bytes: Uint8Array,
  limits: SpreadsheetLimits = spreadsheetLimits,
): WorkbookRows {
  if (bytes.byteLength > limits.maxBytes) {
    throw spreadsheetError('spreadsheet:tooLarge', fileName, { limitMb: Math.round(limits.maxBytes / MEBIBYTE) });
  }
  const sniffed = sniffSpreadsheet(fileName, bytes, limits);

  let workbook: WorkBook;
  try {
    workbook = parse(fileName, sniffed, bytes, limits);
  } catch (error) {
    if (isAppError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw spreadsheetError(PASSWORD_ERROR.test(message) ? 'spreadsheet:encrypted' : 'spreadsheet:corrupt', fileName);
  }

  const sheets: SheetRows[] = [];
  for (const name of workbook.SheetNames) {
    const sheet = Object.hasOwn(workbook.Sheets, name) ? (workbook.Sheets[name] as DenseSheet) : undefined;
    if (!sheet) continue; // a chart sheet, or a name SheetJS could not read
    const rows = sheetToRows(sheet);
    const sheetName = sniffed.format === 'csv' ? sheetNameForCsv(fileName) : name;
    if (overflows(sheet, rows, maxSheetRows(limits))) throw tooManyRows(fileName, sheetName, limits);
    sheets.push({ name: sheetName, rows });
  }
  return { fileName, format: sniffed.format, sheets };
}
