import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { ExportSheet, ExportWorkbookRequest } from '../../../../shared/spreadsheet';
import { neutraliseFormula } from '../../../../shared/spreadsheetSafety';

/**
 * A styled .xlsx from trusted data (our own records): per sheet a bold title row merged across
 * the columns, a bold filled header frozen in place with an autofilter, column widths, and
 * typed cells: `text` as text with format `@` (an 18-digit NIP stays its digits), `date` as a
 * real Excel date (dd/mm/yyyy), `number` as a number. Every string that Excel would run as a
 * formula (= + - @, tab, CR first) gets a leading apostrophe. ExcelJS only writes here; it
 * never reads a file from elsewhere.
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const TEXT_FORMAT = '@';
const DATE_FORMAT = 'dd/mm/yyyy';
const HEADER_FILL = 'FFD9E1F2';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

type Value = string | number | null;

const text = (value: string) => neutraliseFormula(value) as string;

/** "YYYY-MM-DD" as the UTC midnight ExcelJS turns into that day's serial number. */
function isoDay(value: string): Date | undefined {
  const match = ISO_DAY.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

type Column = ExportSheet['columns'][number];

/** The value to write and its number format, by the column's type. */
function typedCell(column: Column, value: Value): { value: ExcelJS.CellValue; numFmt?: string } {
  if (value === null) return { value: null, ...(column.type === 'text' ? { numFmt: TEXT_FORMAT } : {}) };
  switch (column.type) {
    case 'text':
      return { value: text(String(value)), numFmt: TEXT_FORMAT };
    case 'date': {
      const date = typeof value === 'string' ? isoDay(value) : undefined;
      return date ? { value: date, numFmt: DATE_FORMAT } : { value: typeof value === 'string' ? text(value) : value };
    }
    case 'number':
      return { value: typeof value === 'number' ? value : text(value) };
  }
}

/** How wide a value shows, in characters, as Excel counts column width. */
function shownLength(column: Column, value: Value): number {
  if (value === null) return 0;
  if (column.type === 'date' && typeof value === 'string' && isoDay(value)) return DATE_FORMAT.length;
  const shown = typeof value === 'string' ? text(value) : String(value);
  let longest = 0;
  for (const line of shown.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}

/** Values by column key, own properties only: a key like `constructor` is never inherited. */
const valueOf = (row: Record<string, Value>, key: string): Value => (Object.hasOwn(row, key) ? (row[key] ?? null) : null);

/** Sheet names Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
function sheetNames(sheets: ExportSheet[]): string[] {
  const used = new Set<string>();
  return sheets.map((sheet) => {
    const base = sheet.name.replace(/[[\]:*?/\\]/g, '_').replace(/^'|'$/g, '_').slice(0, 31) || 'Sheet';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

type Worksheet = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;

/** Rows are written and committed in order (the streaming writer keeps none in memory). */
function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, sheet: ExportSheet): void {
  const { columns, rows } = sheet;
  const headerRow = sheet.title === '' ? 1 : 2;
  const worksheet: Worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
  });

  worksheet.columns = columns.map((column) => {
    const widest = rows.reduce(
      (w, row) => Math.max(w, shownLength(column, valueOf(row, column.key))),
      text(column.header).length,
    );
    return { key: column.key, width: column.width ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2)) };
  });

  if (headerRow === 2) {
    const title = worksheet.getCell(1, 1);
    title.value = text(sheet.title);
    title.font = { bold: true, size: 14 };
    if (columns.length > 1) worksheet.mergeCells(1, 1, 1, columns.length);
    worksheet.getRow(1).commit();
  }

  const header = worksheet.getRow(headerRow);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text(column.header);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.commit();

  rows.forEach((row, r) => {
    const target = worksheet.getRow(headerRow + 1 + r);
    columns.forEach((column, c) => {
      const { value, numFmt } = typedCell(column, valueOf(row, column.key));
      const cell = target.getCell(c + 1);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    });
    target.commit();
  });

  worksheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + rows.length, column: columns.length },
  };
  worksheet.commit();
}

export async function writeStyledWorkbook(request: ExportWorkbookRequest): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  // Streaming: about half the time of the in-memory writer (0.6 s vs 1.3 s for 15,000 × 12).
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Kinerja Luring';
  const names = sheetNames(request.sheets);
  request.sheets.forEach((sheet, i) => addSheet(workbook, names[i] ?? sheet.name, sheet));
  await workbook.commit();
  await finished(stream);
  return new Uint8Array(Buffer.concat(chunks));
}
