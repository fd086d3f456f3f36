import type { AsnType } from '../account';
import { parseDateCell } from '../dates';
import { parseGolongan } from '../golongan';
import type { JenisJabatan } from '../jabatan';
import { normaliseNip, parseNip } from '../nip';
import type { EmployeeStatus } from '../people';
import type { Cell } from '../spreadsheet';
import { limits } from '../account';
import { cellAt, cellText, cleanText, isNumberCell, quoted } from './cells';
import type { RosterField } from './columns';
import type { DetectedTable, RosterColumn } from './headers';
import { splitGelar } from './names';
import type { RowIssue } from './types';
import { acceptedAsnTypes, acceptedJenisJabatan, acceptedStatuses, isActingPost, parseAsnType, parseJenisJabatan, parseStatus } from './values';

/**
 * One data row read on its own: every cell checked and turned into the value the employee
 * record takes. What needs other rows or the office's data (duplicates, units, positions,
 * appraisers) is the plan's job (plan.ts).
 *
 * A value left undefined means "the file says nothing": either the column is absent or the
 * cell is empty, and the stored value stays. Only status differs: an empty status is active.
 */
export interface ReadRow {
  rowNumber: number;
  /** The NIP as matched against other rows and the office's records (spaces removed), when it is text. */
  nip: string | null;
  /** What the NIP and name cells show, for listing a row that cannot be imported. */
  nipText: string | null;
  nameText: string | null;
  asnType: AsnType | null;
  name?: string;
  gelarDepan?: string;
  gelarBelakang?: string;
  golongan?: string;
  jabatan?: string;
  jenisJabatan?: JenisJabatan;
  unitKerja?: string;
  nipAtasan?: string;
  status?: EmployeeStatus;
  tmtJabatan?: string;
  /** Laporan SKP only. */
  actingPost: boolean;
  periodeAkhir: string | null;
  errors: RowIssue[];
  notes: RowIssue[];
}

export interface ReadContext {
  /** The jenis ASN already stored for a NIP, so a file without that column keeps it. */
  storedAsnType(nip: string): AsnType | undefined;
}

/** Longest texts a roster cell may hold; names follow the app's form limit. */
export const rosterLimits = { name: limits.personName, gelar: 50, jabatan: 200, unitKerja: 200 } as const;

export function rowIssue(
  severity: RowIssue['severity'],
  rowNumber: number | null,
  column: RosterColumn | null,
  code: string,
  params: Record<string, string | number> = {},
): RowIssue {
  const all: Record<string, string | number> = {};
  if (rowNumber !== null) all.row = rowNumber;
  if (column) all.column = column.header;
  Object.assign(all, params);
  return { rowNumber, column: column?.header ?? null, code: `roster:${code}`, params: all, severity };
}

type NipCell =
  | { kind: 'missing' }
  /** A number, or text in scientific notation: digits may already be lost. */
  | { kind: 'number'; shown: string }
  | { kind: 'text'; nip: string; shown: string; apostrophe: boolean; spaces: boolean };

const APOSTROPHE = /^['’‘`]/;
const SCIENTIFIC = /^\d+(?:[.,]\d+)?e\+?\d+$/i;

/** Reads a NIP cell without ever "repairing" a number: Excel keeps only 15 significant digits. */
export function readNipCell(cell: Cell): NipCell {
  const shown = cleanText(cell);
  if (shown === '') return { kind: 'missing' };
  if (isNumberCell(cell)) return { kind: 'number', shown };
  const apostrophe = APOSTROPHE.test(shown);
  const text = apostrophe ? shown.slice(1).trim() : shown;
  if (SCIENTIFIC.test(text)) return { kind: 'number', shown };
  const nip = normaliseNip(text);
  return { kind: 'text', nip, shown, apostrophe, spaces: nip !== text };
}

/**
 * PNS or PPPK from the NIP alone, for a new person in a file without a jenis ASN column. A PNS
 * NIP has the TMT CPNS month in digits 13–14; NI PPPK numbers commonly carry a code there
 * ("…2021 21 1 001") that is no month. So a "month" above 12 reads as PPPK; anything else
 * cannot be told apart and is assumed PNS. Both are noted, never silent.
 */
export function asnTypeFromNip(nip: string): { asnType: AsnType; note: 'asnTypeInferredPppk' | 'asnTypeAssumedPns' } {
  const month = Number(nip.slice(12, 14));
  return /^\d{18}$/.test(nip) && month > 12 ? { asnType: 'pppk', note: 'asnTypeInferredPppk' } : { asnType: 'pns', note: 'asnTypeAssumedPns' };
}

const sameTitles = (a: string | null, b: string): boolean => a !== null && a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

export function readRosterRow(row: readonly Cell[], rowNumber: number, table: DetectedTable, context: ReadContext): ReadRow {
  const errors: RowIssue[] = [];
  const notes: RowIssue[] = [];
  const column = (field: RosterField) => table.fieldColumns.get(field) ?? null;
  const cell = (field: RosterField): Cell => {
    const c = column(field);
    return c ? cellAt(row, c.index) : null;
  };
  /** Cleaned text, or undefined when the column is absent or the cell empty. */
  const text = (field: RosterField): string | undefined => {
    const value = cleanText(cell(field));
    return value === '' ? undefined : value;
  };
  const error = (field: RosterField | null, code: string, params?: Record<string, string | number>) =>
    errors.push(rowIssue('error', rowNumber, field ? column(field) : null, code, params));
  const note = (field: RosterField | null, code: string, params?: Record<string, string | number>) =>
    notes.push(rowIssue('note', rowNumber, field ? column(field) : null, code, params));
  const tooLong = (field: RosterField, value: string, max: number): boolean => {
    if (value.length <= max) return false;
    error(field, 'tooLong', { max, value: quoted(value) });
    return true;
  };

  const out: ReadRow = { rowNumber, nip: null, nipText: null, nameText: text('name') ?? null, asnType: null, actingPost: false, periodeAkhir: null, errors, notes };

  // NIP and jenis ASN: the NIP's rule depends on the jenis.
  const nipCell = readNipCell(cell('nip'));
  if (nipCell.kind === 'missing') error('nip', 'nipMissing');
  else if (nipCell.kind === 'number') {
    out.nipText = nipCell.shown;
    error('nip', 'nipStoredAsNumber', { value: quoted(nipCell.shown) });
  } else {
    out.nip = nipCell.nip;
    out.nipText = nipCell.shown;
    if (nipCell.apostrophe) note('nip', 'nipApostropheRemoved', { value: quoted(nipCell.shown) });
    if (nipCell.spaces) note('nip', 'nipSpacesRemoved', { value: quoted(nipCell.shown) });
  }

  const asnTypeText = text('asnType');
  if (asnTypeText !== undefined) {
    out.asnType = parseAsnType(asnTypeText);
    if (!out.asnType) error('asnType', 'asnTypeUnknown', { value: quoted(asnTypeText), expected: acceptedAsnTypes });
  } else if (out.nip !== null && /^\d{18}$/.test(out.nip)) {
    const stored = context.storedAsnType(out.nip);
    if (stored) out.asnType = stored;
    else {
      const inferred = asnTypeFromNip(out.nip);
      out.asnType = inferred.asnType;
      note(null, inferred.note);
    }
  }

  if (out.nip !== null) {
    const value = quoted(out.nipText ?? out.nip);
    if (out.asnType === 'pppk') {
      if (!/^\d{18}$/.test(out.nip)) error('nip', 'nip.notEighteenDigits', { value });
    } else {
      const parsed = parseNip(out.nip);
      if (!parsed.ok) error('nip', parsed.code, { value });
    }
  }

  // Name and gelar: titles are split off the name where the file gives no gelar of its own
  // (no gelar column, or an empty gelar cell in this row), or where the name repeats the very
  // titles the gelar cell gives ("dr." and "dr. Maria Goreti").
  const nameText = text('name');
  const gelarDepanText = text('gelarDepan');
  const gelarBelakangText = text('gelarBelakang');
  if (nameText === undefined) error('name', 'nameMissing');
  else {
    const found = splitGelar(nameText, { front: true, back: true });
    const split = splitGelar(nameText, {
      front: gelarDepanText === undefined || sameTitles(found.gelarDepan, gelarDepanText),
      back: gelarBelakangText === undefined || sameTitles(found.gelarBelakang, gelarBelakangText),
    });
    if (split.commaKept) note('name', 'nameCommaKept', { value: quoted(nameText) });
    if (!tooLong('name', split.name, rosterLimits.name)) out.name = split.name;
    if (split.gelarDepan !== null) out.gelarDepan = split.gelarDepan;
    if (split.gelarBelakang !== null) out.gelarBelakang = split.gelarBelakang;
  }
  if (gelarDepanText !== undefined && !tooLong('gelarDepan', gelarDepanText, rosterLimits.gelar)) out.gelarDepan = gelarDepanText;
  if (gelarBelakangText !== undefined && !tooLong('gelarBelakang', gelarBelakangText, rosterLimits.gelar)) out.gelarBelakang = gelarBelakangText;
  if (out.gelarDepan !== undefined && out.gelarDepan.length > rosterLimits.gelar) tooLong('name', out.gelarDepan, rosterLimits.gelar);
  if (out.gelarBelakang !== undefined && out.gelarBelakang.length > rosterLimits.gelar) tooLong('name', out.gelarBelakang, rosterLimits.gelar);

  const golonganText = text('golongan');
  if (golonganText !== undefined && out.asnType) {
    const parsed = parseGolongan(golonganText, out.asnType);
    if (parsed.ok) out.golongan = parsed.code;
    else error('golongan', parsed.code, { value: quoted(golonganText), expected: parsed.expected });
  }

  if (column('status')) {
    const statusText = text('status');
    const status = statusText === undefined ? 'active' : parseStatus(statusText);
    if (status) out.status = status;
    else error('status', 'statusUnknown', { value: quoted(statusText ?? ''), expected: acceptedStatuses });
  }

  if (text('tmtJabatan') !== undefined) {
    const date = parseDateCell(cell('tmtJabatan'));
    if (date.ok) out.tmtJabatan = date.iso;
    else error('tmtJabatan', date.code, { value: quoted(cleanText(cell('tmtJabatan'))) });
  }

  const jabatan = text('jabatan');
  if (jabatan !== undefined && !tooLong('jabatan', jabatan, rosterLimits.jabatan)) out.jabatan = jabatan;
  const unitKerja = text('unitKerja');
  if (unitKerja !== undefined && !tooLong('unitKerja', unitKerja, rosterLimits.unitKerja)) out.unitKerja = unitKerja;
  const jenisText = text('jenisJabatan');
  if (jenisText !== undefined) {
    const jenis = parseJenisJabatan(jenisText);
    if (jenis) out.jenisJabatan = jenis;
    else note('jenisJabatan', 'jenisJabatanUnknown', { value: quoted(jenisText), expected: acceptedJenisJabatan });
  }

  // NIP Atasan: a problem here only costs the appraiser link, never the row.
  const atasan = readNipCell(cell('nipAtasan'));
  if (atasan.kind === 'number') note('nipAtasan', 'nipAtasanStoredAsNumber', { value: quoted(atasan.shown) });
  else if (atasan.kind === 'text') {
    if (!/^\d{18}$/.test(atasan.nip)) note('nipAtasan', 'nipAtasanInvalid', { value: quoted(atasan.shown) });
    else if (atasan.nip === out.nip) note('nipAtasan', 'nipAtasanSelf', { value: quoted(atasan.shown) });
    else out.nipAtasan = atasan.nip;
  }

  out.actingPost = isActingPost(cellText(cell('isPltPlh')));
  const periode = parseDateCell(cell('periodeAkhir'));
  out.periodeAkhir = periode.ok ? periode.iso : null;
  return out;
}
