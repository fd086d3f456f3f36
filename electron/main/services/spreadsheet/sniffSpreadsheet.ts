import type { SpreadsheetFormat } from '../../../../shared/spreadsheet';
import { spreadsheetError, type FileKind } from './spreadsheetErrors';
import { guardZip, type ZipGuardLimits } from './zipGuard';

/**
 * Before any parser sees a file, its extension must agree with its first bytes:
 * - .xlsx, .ods: a zip (`PK\x03\x04`), whose table of contents passes the zip-bomb guard and
 *   names an Excel workbook (`xl/workbook.xml`) or an OpenDocument spreadsheet (`content.xml`);
 * - .xls: an OLE2 compound file (`D0 CF 11 E0 A1 B1 1A E1`) holding a `Workbook`/`Book`
 *   stream, or an old BIFF2–4 file; **also HTML or XML text**: many government web
 *   applications (SIMPEG and the like) export an HTML table or Excel 2003 XML and name it .xls,
 *   and Excel opens those, so staff have many of them. They are parsed as text (numbers stay
 *   text), in the same worker, under the same limits;
 * - .csv: text, i.e. no NUL byte (UTF-16 with a byte-order mark is text too).
 * Anything else is refused naming the file and what it looks like. SheetJS itself would
 * happily guess (a PDF as plain text, "ID;…" as SYLK): we do not let it.
 */

export type Container = 'zip' | 'cfb' | 'biff' | 'markup' | 'text';

export interface SniffResult {
  format: SpreadsheetFormat;
  container: Container;
}

const extensions: Record<string, SpreadsheetFormat> = { xlsx: 'xlsx', xls: 'xls', ods: 'ods', csv: 'csv' };

export function formatFromFileName(fileName: string): SpreadsheetFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  return Object.hasOwn(extensions, extension) ? extensions[extension] : undefined;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];
const GIF = [0x47, 0x49, 0x46, 0x38];
const RAR = [0x52, 0x61, 0x72, 0x21];
const SEVEN_ZIP = [0x37, 0x7a, 0xbc, 0xaf];
const GZIP = [0x1f, 0x8b];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** Stream names in an OLE2 directory are UTF-16LE; a search is enough to tell them apart. */
const hasStreamName = (bytes: Uint8Array, name: string) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));

function cfbKind(bytes: Uint8Array): FileKind | 'encrypted' {
  if (hasStreamName(bytes, 'EncryptedPackage')) return 'encrypted'; // a password-protected .xlsx
  if (hasStreamName(bytes, 'Workbook') || hasStreamName(bytes, 'Book')) return 'xls';
  return 'officeDocument'; // .doc, .ppt, .msg: OLE2 without a workbook
}

function zipKind(names: Set<string>): FileKind {
  if (names.has('xl/workbook.xml') || names.has('xl/workbook.bin')) return 'xlsx';
  if (names.has('content.xml') && names.has('mimetype')) return 'ods';
  if (names.has('word/document.xml') || names.has('ppt/presentation.xml') || names.has('content.xml')) {
    return 'officeDocument';
  }
  return 'zip';
}

/** Text that starts (after a BOM and blanks) with `<`: an HTML table or Excel 2003 XML. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  let at = startsWith(bytes, UTF8_BOM) ? 3 : 0;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x09 || bytes[at] === 0x0a || bytes[at] === 0x0d)) at++;
  return bytes[at] === 0x3c;
}

const isUtf16Text = (bytes: Uint8Array) => startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM);
const isBiff2to4 = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x09 && (bytes[1] ?? 0xff) <= 0x08 && bytes[2] !== undefined && bytes[2] <= 0x10 && bytes[3] === 0x00;

/** What the bytes are, judged by content alone (zip contents need the guard's table of contents). */
function contentKind(fileName: string, bytes: Uint8Array, limits: ZipGuardLimits): FileKind | 'encrypted' {
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) {
    return zipKind(new Set(guardZip(fileName, bytes, limits).map((e) => e.name)));
  }
  if (startsWith(bytes, CFB)) return cfbKind(bytes);
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, PNG) || startsWith(bytes, JPEG) || startsWith(bytes, GIF)) return 'image';
  if (startsWith(bytes, RAR) || startsWith(bytes, SEVEN_ZIP) || startsWith(bytes, GZIP)) return 'archive';
  if (isBiff2to4(bytes)) return 'xls';
  if (isUtf16Text(bytes)) return 'text';
  if (bytes.includes(0)) return 'binary';
  return looksLikeMarkup(bytes) ? 'markup' : 'text';
}

/**
 * The file's format and container, or an AppError: `spreadsheet:empty`,
 * `spreadsheet:unsupportedExtension`, `spreadsheet:typeMismatch` (with `expected` and `actual`),
 * `spreadsheet:encrypted`, and the zip guard's `spreadsheet:corrupt` / `spreadsheet:zipBomb`.
 */
export function sniffSpreadsheet(fileName: string, bytes: Uint8Array, limits: ZipGuardLimits): SniffResult {
  const format = formatFromFileName(fileName);
  if (format === undefined) throw spreadsheetError('spreadsheet:unsupportedExtension', fileName);
  if (bytes.byteLength === 0) throw spreadsheetError('spreadsheet:empty', fileName);

  const kind = contentKind(fileName, bytes, limits);
  if (kind === 'encrypted') throw spreadsheetError('spreadsheet:encrypted', fileName);
  const mismatch = () => spreadsheetError('spreadsheet:typeMismatch', fileName, { expected: `.${format}`, actual: kind });
  switch (format) {
    case 'xlsx':
    case 'ods':
      if (kind !== format) throw mismatch();
      return { format, container: 'zip' };
    case 'xls':
      if (kind === 'xls') return { format, container: startsWith(bytes, CFB) ? 'cfb' : 'biff' };
      if (kind === 'markup') return { format, container: 'markup' };
      throw mismatch();
    case 'csv':
      // HTML saved as .csv is still text: read as CSV it yields its lines, never its markup.
      if (kind === 'text' || kind === 'markup') return { format, container: 'text' };
      throw mismatch();
  }
}
