import { cellAt, cleanText, quoted } from '../../roster/cells';
import { readNipCell } from '../../roster/rows';
import type { RowIssue } from '../../roster/types';
import type { Cell } from '../../spreadsheet';
import { skpLimits } from '../schemas';
import type { Aspek, Polarity, RhkKind } from '../tables';
import type { TargetColumn, TargetField, TargetTable } from './headers';
import { acceptedAspek, acceptedPolarities, acceptedRhkKinds, parseAspek, parsePolarity, parseRhkKind, parseTargetCell, type NumberConvention } from './values';

/**
 * One row of a targets file (one IKI) read on its own: every cell checked and turned into
 * the value the SKP takes. What needs other rows or the office's records (grouping rows into
 * one RHK, the employee, their SKP, the leader RHK) is the plan's job (plan.ts).
 *
 * Issue codes are keys of the `skpImport` namespace (`skpImport:row.targetNegative`); params
 * carry `row` and `column` when the issue has them, so a message names both.
 */
export interface TargetRow {
  rowNumber: number;
  /** The NIP as text without spaces or a leading apostrophe, when it is 18 digits. */
  nip: string | null;
  /** What the NIP and name cells show, to list a row that cannot be imported. */
  nipText: string | null;
  nameText: string | null;
  rhkText: string | null;
  /** Null when the cell is empty (utama for a new RHK; an existing RHK keeps its kind). */
  kind: RhkKind | null;
  leaderText: string | null;
  assignment: string | null;
  /** Null when the cell is empty: required on the JA/JF form, ignored on the JPT form. */
  aspek: Aspek | null;
  ikiText: string | null;
  target: number | null;
  unit: string | null;
  /** Null when the cell is empty (higher is better for a new IKI). */
  polarity: Polarity | null;
  errors: RowIssue[];
  notes: RowIssue[];
}

/**
 * A row or file issue. `field` names the column even where the file lacks it, so a screen can
 * say which one a message is about (`column` is the header as the file writes it).
 */
export function issue(
  severity: RowIssue['severity'],
  rowNumber: number | null,
  column: TargetColumn | null,
  code: string,
  params: Record<string, string | number> = {},
  field: TargetField | null = column?.field ?? null,
): RowIssue {
  const all: Record<string, string | number> = {};
  if (rowNumber !== null) all.row = rowNumber;
  if (column) all.column = column.header;
  if (field) all.field = field;
  Object.assign(all, params);
  return { rowNumber, column: column?.header ?? null, code: `skpImport:${code}`, params: all, severity };
}

const keys = new Map<string, string>();

/**
 * How texts are matched (an RHK with its rows, a leader RHK with its owner's): spaces trimmed
 * and collapsed, case folded. Memoised, bounded: the same RHK texts come back on every row.
 */
export function textKey(text: string): string {
  const known = keys.get(text);
  if (known !== undefined) return known;
  const key = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('id');
  if (keys.size >= 20_000) keys.clear();
  keys.set(text, key);
  return key;
}

export function readTargetRow(row: readonly Cell[], rowNumber: number, table: TargetTable, convention: NumberConvention): TargetRow {
  const errors: RowIssue[] = [];
  const notes: RowIssue[] = [];
  const column = (field: TargetField) => table.fieldColumns.get(field) ?? null;
  const cell = (field: TargetField): Cell => {
    const c = column(field);
    return c ? cellAt(row, c.index) : null;
  };
  const text = (field: TargetField): string | null => {
    const value = cleanText(cell(field));
    return value === '' ? null : value;
  };
  const error = (field: TargetField | null, code: string, params?: Record<string, string | number>) =>
    errors.push(issue('error', rowNumber, field ? column(field) : null, code, params, field));
  /** The text, or null (with an error) when it is longer than `max`. */
  const limited = (field: TargetField, max: number): string | null => {
    const value = text(field);
    if (value !== null && value.length > max) {
      error(field, 'row.tooLong', { max, value: quoted(value) });
      return null;
    }
    return value;
  };

  const out: TargetRow = {
    rowNumber, nip: null, nipText: null, nameText: text('name'), rhkText: null, kind: null, leaderText: null, assignment: null,
    aspek: null, ikiText: null, target: null, unit: null, polarity: null, errors, notes,
  };

  const nip = readNipCell(cell('nip'));
  if (nip.kind === 'missing') error('nip', 'row.nipMissing');
  else if (nip.kind === 'number') {
    out.nipText = nip.shown;
    error('nip', 'row.nipStoredAsNumber', { value: quoted(nip.shown) });
  } else {
    out.nipText = nip.shown;
    if (/^\d{18}$/.test(nip.nip)) out.nip = nip.nip;
    else error('nip', 'row.nipNotEighteenDigits', { value: quoted(nip.shown) });
  }

  out.rhkText = limited('rhk', skpLimits.rhk);
  if (text('rhk') === null) error('rhk', 'row.rhkMissing');

  const kind = text('rhkKind');
  if (kind !== null) {
    out.kind = parseRhkKind(kind);
    if (!out.kind) error('rhkKind', 'row.rhkKindUnknown', { value: quoted(kind), expected: acceptedRhkKinds });
  }
  out.leaderText = limited('leaderRhk', skpLimits.rhk);
  out.assignment = limited('assignment', skpLimits.statement);

  const aspek = text('aspek');
  if (aspek !== null) {
    out.aspek = parseAspek(aspek);
    if (!out.aspek) error('aspek', 'row.aspekUnknown', { value: quoted(aspek), expected: acceptedAspek });
  }

  out.ikiText = limited('iki', skpLimits.iki);
  if (text('iki') === null) error('iki', 'row.ikiMissing');

  const target = parseTargetCell(cell('target'), convention);
  const unit = limited('unit', skpLimits.unit);
  if (target.ok) {
    out.target = target.value;
    if (target.unit !== null && unit !== null && textKey(target.unit) !== textKey(unit)) {
      error('target', 'row.unitConflict', { value: quoted(target.unit), unit: quoted(unit) });
    } else if (target.unit !== null && target.unit.length > skpLimits.unit) {
      error('target', 'row.tooLong', { max: skpLimits.unit, value: quoted(target.unit) });
    }
    out.unit = unit ?? target.unit;
  } else {
    error('target', `row.${target.code}`, { value: quoted(target.shown) });
    out.unit = unit;
  }
  if (out.unit === null && text('unit') === null) error('unit', 'row.unitMissing');

  const polarity = text('polarity');
  if (polarity !== null) {
    out.polarity = parsePolarity(polarity);
    if (!out.polarity) error('polarity', 'row.polarityUnknown', { value: quoted(polarity), expected: acceptedPolarities });
  }
  return out;
}
