/**
 * CSV is read as text, never guessed at: an 18-digit NIP must stay the 18 characters it is.
 * This file decodes the bytes and finds the delimiter; SheetJS then splits the cells with
 * `raw: true` (every cell a string).
 */

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Windows-1252 is what "ANSI" means on an Indonesian Windows PC, and what Excel's plain "CSV"
 * writes there. Decoded by hand: Node 20's TextDecoder('windows-1252') is really Latin-1 (it
 * turns 0x80 into U+0080, not €). Only 0x80–0x9F differ; the five undefined bytes stay as they are.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** UTF-8 (with or without a BOM), UTF-16 with a BOM, else Windows-1252. The BOM is dropped. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return UTF8.decode(bytes); // strips a UTF-8 BOM
  } catch {
    return decodeWindows1252(bytes);
  }
}

export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Walks records the way SheetJS's CSV reader splits them: a quote opens a quoted section only
 * at the start of a field; line breaks inside one belong to the cell. Calls `onRecord` with
 * the record's delimiter count and whether it had any content; stop by returning false.
 */
function walkRecords(
  text: string,
  delimiter: number,
  onRecord: (delimiters: number, hasContent: boolean) => boolean | void,
): void {
  let inQuotes = false;
  let fieldStart = true;
  let fieldQuoted = false;
  let delimiters = 0;
  let hasContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && fieldQuoted) {
      inQuotes = !inQuotes; // "" inside a quoted field closes and reopens, as in SheetJS
      continue;
    }
    if (inQuotes) {
      hasContent = true;
      continue;
    }
    if (c === delimiter) {
      delimiters++;
      fieldStart = true;
      fieldQuoted = false;
    } else if (c === LF || c === CR) {
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      if (onRecord(delimiters, hasContent) === false) return;
      delimiters = 0;
      hasContent = false;
      fieldStart = true;
      fieldQuoted = false;
    } else {
      if (c === QUOTE && fieldStart) {
        fieldQuoted = true;
        inQuotes = true;
      } else if (c !== 0x20 && c !== 0x09) hasContent = true;
      fieldStart = false;
    }
  }
  if (delimiters > 0 || hasContent) onRecord(delimiters, hasContent);
}

const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 50;

/**
 * `,` or `;` (Indonesian Excel writes `;`, since the comma is the decimal separator there), or
 * a tab. Over the first records, a real delimiter appears the same number of times on every
 * line (Excel pads short rows); decimal commas inside a `;` file do not. So: the delimiter that
 * is consistent with the most columns wins; failing that, the most frequent; failing all, `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, SAMPLE_CHARS);
  const cut = sample.length < text.length;
  let best: { delimiter: CsvDelimiter; consistent: boolean; perLine: number; total: number } | undefined;
  for (const delimiter of csvDelimiters) {
    const counts: number[] = [];
    walkRecords(sample, delimiter.charCodeAt(0), (n, hasContent) => {
      if (n > 0 || hasContent) counts.push(n);
      return counts.length < SAMPLE_RECORDS + 1;
    });
    if (cut && counts.length > 1) counts.pop(); // the last record may be cut by the sample
    const total = counts.reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    const perLine = counts[0] ?? 0;
    const consistent = perLine > 0 && counts.every((n) => n === perLine);
    const better =
      !best ||
      (consistent && !best.consistent) ||
      (consistent === best.consistent &&
        (consistent ? perLine > best.perLine : total > best.total));
    if (better) best = { delimiter, consistent, perLine, total };
  }
  return best?.delimiter ?? ',';
}

/** Excel's `sep=;` first line: it names the delimiter and is not data. */
const SEP_LINE = /^sep=(.)(\r\n|\r|\n|$)/;

export interface CsvText {
  /** The text without a `sep=` line. */
  body: string;
  delimiter: string;
}

export function prepareCsv(text: string): CsvText {
  const sep = SEP_LINE.exec(text);
  if (sep) return { body: text.slice(sep[0].length), delimiter: sep[1] ?? ',' };
  return { body: text, delimiter: detectDelimiter(text) };
}

/** Records up to and including the last one with content: what the sheet's row count will be. */
export function countRecords(text: string, delimiter: string): number {
  let records = 0;
  let lastWithContent = 0;
  walkRecords(text, delimiter.charCodeAt(0), (_n, hasContent) => {
    records++;
    if (hasContent) lastWithContent = records;
  });
  return lastWithContent;
}
