import { intlLocale, type Language } from '../languages';
import { formatNip } from '../nip';
import type { PersonSnapshot } from '../skp/types';

/**
 * Pieces every printed document shares (the Dokumen SKP, the Dokumen Evaluasi Kinerja Pegawai,
 * the Penetapan Predikat Kinerja): the empty cell, calendar dates in the document's language, the
 * identity block of the employee and the appraiser, and a signatory. Plain content: the caller
 * passes texts already in the document's language.
 */

/** What stands in an empty cell of a printed form. */
export const EMPTY_CELL = '-';

export const orDash = (text: string | null | undefined) => (text && text.trim() !== '' ? text : EMPTY_CELL);

/** An ISO date (`2026-01-01`, or a timestamp) as a calendar date, read in UTC so no zone shifts it. */
function calendarDate(iso: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day) return new Date(iso);
  return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
}

function dateFormatter(language: Language, withYear: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlLocale[language], {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/** "1 Januari 2026" / "January 1, 2026". */
export function formatDocumentDate(iso: string, language: Language): string {
  return dateFormatter(language, true).format(calendarDate(iso));
}

/**
 * "1 Januari s.d. 31 Desember 2026": the year once when both ends share it. `range` puts the two
 * ends in the document's wording ("{{start}} s.d. {{end}}").
 */
export function formatDateRange(startIso: string, endIso: string, language: Language, range: (ends: { start: string; end: string }) => string): string {
  const [start, end] = [calendarDate(startIso), calendarDate(endIso)];
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  return range({ start: dateFormatter(language, !sameYear).format(start), end: dateFormatter(language, true).format(end) });
}

export const identityFields = ['name', 'nip', 'pangkat', 'jabatan', 'unit'] as const;
export type IdentityField = (typeof identityFields)[number];

export interface IdentityRow {
  field: IdentityField;
  no: number;
  label: string;
  employee: string;
  appraiser: string;
}

export interface IdentityBlock {
  headers: { no: string; employee: string; appraiser: string };
  rows: IdentityRow[];
}

const read: Record<IdentityField, (p: PersonSnapshot) => string> = {
  name: (p) => p.name,
  nip: (p) => formatNip(p.nip),
  pangkat: (p) => p.pangkat,
  jabatan: (p) => p.jabatan,
  unit: (p) => p.unit,
};

/** The two identity columns (pegawai yang dinilai, pejabat penilai) from an SKP's snapshot; NIPs printed with spaces. */
export function identityRows(label: (field: IdentityField) => string, employee: PersonSnapshot, appraiser: PersonSnapshot | null): IdentityRow[] {
  return identityFields.map((field, index) => ({
    field,
    no: index + 1,
    label: label(field),
    employee: orDash(read[field](employee)),
    appraiser: appraiser ? orDash(read[field](appraiser)) : EMPTY_CELL,
  }));
}

export interface Signatory {
  role: string;
  name: string;
  /** "NIP 19900101 201501 1 001", or empty without a person. */
  nip: string;
  /** A line under the NIP (the employee's acknowledgement date), if any. */
  note?: string;
}

/** `nipLine` words the NIP ("NIP {{nip}}"); it gets the NIP already spaced. */
export function signatory(role: string, person: Pick<PersonSnapshot, 'name' | 'nip'> | null, nipLine: (nip: string) => string): Signatory {
  return { role, name: person?.name ?? '', nip: person && person.nip !== '' ? nipLine(formatNip(person.nip)) : '' };
}
