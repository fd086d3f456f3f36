/**
 * NIP (Nomor Induk Pegawai): the 18-digit identity number of a PNS, laid out as
 * `YYYYMMDD YYYYMM S NNN` — birth date, TMT CPNS (start of service) year and month,
 * sex (1 male, 2 female) and a sequence number (domain.md §2).
 */

export type NipErrorCode =
  | 'nip.notEighteenDigits'
  | 'nip.birthDateInvalid'
  | 'nip.tmtInvalid'
  | 'nip.tmtTooEarly'
  | 'nip.sexDigitInvalid';

export interface NipParts {
  nip: string;
  birthDate: { year: number; month: number; day: number };
  tmt: { year: number; month: number };
  sex: 'male' | 'female';
  sequence: number;
}

export type NipResult = { ok: true; value: NipParts } | { ok: false; code: NipErrorCode };

/** A CPNS is at least 18 when appointed; TMT earlier than that means the NIP is mistyped. */
export const MIN_AGE_AT_TMT_MONTHS = 18 * 12;
const EARLIEST_BIRTH_YEAR = 1900;

/** Spaces are how NIPs are printed; people paste them that way. Nothing else is removed. */
export function normaliseNip(raw: string): string {
  return raw.replace(/\s+/g, '');
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseNip(raw: string): NipResult {
  const nip = normaliseNip(raw);
  if (!/^\d{18}$/.test(nip)) return { ok: false, code: 'nip.notEighteenDigits' };
  const num = (from: number, to: number) => Number(nip.slice(from, to));

  const birthDate = { year: num(0, 4), month: num(4, 6), day: num(6, 8) };
  if (birthDate.year < EARLIEST_BIRTH_YEAR || !isRealDate(birthDate.year, birthDate.month, birthDate.day)) {
    return { ok: false, code: 'nip.birthDateInvalid' };
  }
  const tmt = { year: num(8, 12), month: num(12, 14) };
  if (tmt.month < 1 || tmt.month > 12 || tmt.year < EARLIEST_BIRTH_YEAR) return { ok: false, code: 'nip.tmtInvalid' };
  const monthsFromBirthToTmt = (tmt.year - birthDate.year) * 12 + (tmt.month - birthDate.month);
  if (monthsFromBirthToTmt < MIN_AGE_AT_TMT_MONTHS) return { ok: false, code: 'nip.tmtTooEarly' };

  const sexDigit = nip[14];
  if (sexDigit !== '1' && sexDigit !== '2') return { ok: false, code: 'nip.sexDigitInvalid' };

  return {
    ok: true,
    value: { nip, birthDate, tmt, sex: sexDigit === '1' ? 'male' : 'female', sequence: num(15, 18) },
  };
}

/** `199001012015011001` → `19900101 201501 1 001`, as NIPs are printed. */
export function formatNip(nip: string): string {
  const n = normaliseNip(nip);
  if (!/^\d{18}$/.test(n)) return nip;
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}
