import type { Cell } from './spreadsheet';

/**
 * Reading a calendar date out of a spreadsheet cell, the way Indonesian offices write them:
 * ISO (`1985-03-12`), day first with `-`, `/` or `.` (`12-03-1985`), or with the month's name
 * in Indonesian or English, full or short (`12 Maret 1985`, `12 Agu 1985`, `12 March 1985`,
 * `March 12, 1985`), an Excel serial number or a date cell.
 *
 * Numeric dates are always read day first: `03/12/1985` is 3 December, never 12 March. A month
 * above 12 is an error, not a hint to swap. Two-digit years are refused because `85` could be
 * 1985 or 2085 and a TMT or birth date must not be guessed.
 *
 * Excel serial numbers follow the 1900 date system, including Excel's (Lotus 1-2-3's) bug that
 * counts a 29 February 1900 which never existed: serial 60 is refused, serials from 61 on are
 * one day "late" and are counted from 30 December 1899. The 1904 date system (old Mac Excel
 * files) is out of scope: such serials would read four years and a day early.
 */

export type DateErrorCode = 'date.empty' | 'date.impossible' | 'date.twoDigitYear' | 'date.outOfRange' | 'date.unrecognised';

export type DateResult = { ok: true; iso: string } | { ok: false; code: DateErrorCode };

/** Dates outside these years are typing errors in a roster (a TMT in 1066, a birth in 2985). */
export const dateYearRange = { min: 1900, max: 2100 } as const;

const fail = (code: DateErrorCode): DateResult => ({ ok: false, code });

/** Month names and their usual short forms, Indonesian and English, lower case. */
const monthEntries: [number, string[]][] = [
  [1, ['januari', 'jan', 'january']],
  [2, ['februari', 'pebruari', 'feb', 'peb', 'february']],
  [3, ['maret', 'mar', 'march']],
  [4, ['april', 'apr']],
  [5, ['mei', 'may']],
  [6, ['juni', 'jun', 'june']],
  [7, ['juli', 'jul', 'july']],
  [8, ['agustus', 'agu', 'ags', 'agt', 'agust', 'aug', 'august']],
  [9, ['september', 'sep', 'sept']],
  [10, ['oktober', 'okt', 'oct', 'october']],
  [11, ['november', 'nopember', 'nov', 'nop']],
  [12, ['desember', 'des', 'dec', 'december']],
];
export const monthByName: ReadonlyMap<string, number> = new Map(monthEntries.flatMap(([month, names]) => names.map((n) => [n, month] as const)));

/** A weekday in front of the date ("Selasa, 12 Maret 1985") is allowed and ignored. */
const weekdays = new Set([
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
]);

/** `YYYY-MM-DD` when the three numbers make a real day in range, else why not. */
export function isoFromParts(year: number, month: number, day: number): DateResult {
  if (year < dateYearRange.min || year > dateYearRange.max) return fail('date.outOfRange');
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail('date.impossible');
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return { ok: true, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** Year digits as written: two digits are ambiguous, anything but four is not a year. */
function fromTextParts(yearText: string, month: number, dayText: string): DateResult {
  if (yearText.length === 2) return fail('date.twoDigitYear');
  if (yearText.length !== 4 || dayText.length > 2) return fail('date.unrecognised');
  return isoFromParts(Number(yearText), month, Number(dayText));
}

const ISO = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_FIRST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d+)$/;

export function parseDateText(raw: string): DateResult {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return fail('date.empty');
  // Nothing longer is a date; the cap also keeps every pattern below cheap on huge cells.
  if (text.length > 40) return fail('date.unrecognised');

  const iso = ISO.exec(text);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[3]), Number(iso[4]));

  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return fromTextParts(dayFirst[4] ?? '', Number(dayFirst[3]), dayFirst[1] ?? '');

  const tokens = text.toLowerCase().split(/[\s,\-/.]+/).filter((t) => t !== '');
  if (tokens.length === 4 && weekdays.has(tokens[0] ?? '')) tokens.shift();
  if (tokens.length !== 3) return fail('date.unrecognised');
  const [a = '', b = '', c = ''] = tokens;
  const digits = /^\d+$/;
  // 12 Maret 1985 / 12-Mar-1985
  const monthB = monthByName.get(b);
  if (monthB !== undefined && digits.test(a) && digits.test(c)) return fromTextParts(c, monthB, a);
  // March 12, 1985
  const monthA = monthByName.get(a);
  if (monthA !== undefined && digits.test(b) && digits.test(c)) return fromTextParts(c, monthA, b);
  return fail('date.unrecognised');
}

const MS_PER_DAY = 86_400_000;
/** Serial 61 is 1 March 1900; counting from here skips Excel's phantom 29 February 1900. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_PHANTOM_LEAP_DAY = 60;

/** An Excel (1900 date system) serial number; a fraction is a time of day and is dropped. */
export function excelSerialToIso(serial: number): DateResult {
  if (!Number.isFinite(serial)) return fail('date.unrecognised');
  const day = Math.floor(serial);
  if (day < 1) return fail('date.outOfRange');
  if (day === EXCEL_PHANTOM_LEAP_DAY) return fail('date.impossible');
  // Before the phantom day Excel counts correctly from 31 December 1899.
  const ms = day < EXCEL_PHANTOM_LEAP_DAY ? EXCEL_EPOCH + (day + 1) * MS_PER_DAY : EXCEL_EPOCH + day * MS_PER_DAY;
  if (ms > Date.UTC(dateYearRange.max, 11, 31)) return fail('date.outOfRange');
  const date = new Date(ms);
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * One cell of a sheet. A number is an Excel serial, unless the sheet shows it as a plain whole
 * number (`w` of digits only, e.g. `1985`): then it was typed as a number, not a date, and
 * reading it as day 1985 since 1900 would be silently wrong. A date cell's ISO text is taken
 * by its calendar part; the reader must hand over the date as the sheet shows it, not shifted
 * to UTC.
 */
export function parseDateCell(cell: Cell | undefined): DateResult {
  if (cell === null || cell === undefined) return fail('date.empty');
  if (typeof cell === 'string') return parseDateText(cell);
  if (typeof cell === 'boolean') return fail('date.unrecognised');
  if (typeof cell !== 'object') return fail('date.unrecognised');
  if ('n' in cell) {
    if (typeof cell.n !== 'number') return fail('date.unrecognised');
    if (typeof cell.w === 'string' && /^\s*\d+\s*$/.test(cell.w)) return fail('date.unrecognised');
    return excelSerialToIso(cell.n);
  }
  if ('d' in cell && typeof cell.d === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(cell.d);
    return match ? isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) : fail('date.unrecognised');
  }
  return fail('date.unrecognised');
}
