import { displayName, type Employee } from '../../people';
import { cellAt, cleanText, isBlankRow, isNumberCell, quoted } from '../../roster/cells';
import { readNipCell } from '../../roster/rows';
import type { RowIssue } from '../../roster/types';
import { textKey } from '../../skp/import/rows';
import { parseNumberText, type NumberConvention } from '../../skp/import/values';
import type { Skp } from '../../skp/types';
import type { Cell, WorkbookRows } from '../../spreadsheet';
import { entryProblem } from '../deadlines';
import { isWithinSkp, type MonitoringPeriod } from '../periods';
import type { MonitoringYear, Realisation } from '../types';
import { detectRealisationWorkbook, requiredRealisationFields, type RealisationField, type RealisationTable } from './headers';
import { parsePeriodText } from './periodText';

export type { RowIssue };

/**
 * The realisations import plan: one row of the file is one realisation (an IKI of a person's
 * approved SKP, for one period of the year's rhythm). Pure: the repository writes exactly the
 * planned rows in one transaction and refuses the plan if what it was made against changed
 * (renderer/db/monitoring/realisationImport.ts).
 */
export type SkpWithRev = Skp & { rev: number };
export type RealisationWithRev = Realisation & { rev: number };

export interface RealisationImportExisting {
  employees: readonly Employee[];
  /** Every SKP of the office for the year, in any status. */
  skps: readonly SkpWithRev[];
  /** The stored realisations of those SKPs. */
  realisations: readonly RealisationWithRev[];
  monitoringYear: MonitoringYear;
}

export interface RealisationImportOptions {
  officeId: string;
  year: number;
  convention: NumberConvention;
  /** The office's calendar date: entry open or locked is judged on it. */
  today: string;
  /** HR may replace a value the appraiser corrected; false keeps such a row out. */
  mayOverrideCorrection?: boolean;
}

export type RealisationChange = 'new' | 'changed' | 'unchanged';

export interface PlannedRealisation {
  rowNumber: number;
  change: RealisationChange;
  id: string;
  nip: string;
  name: string;
  skpId: string;
  employeeId: string;
  rhkId: string;
  ikiId: string;
  ikiText: string;
  unit: string;
  periodKey: string;
  value: number;
  source: string;
  note: string;
  before: { value: number; source: string; note: string } | null;
}

export interface InvalidRealisationRow {
  rowNumber: number;
  nip: string | null;
  iki: string | null;
  period: string | null;
  issues: RowIssue[];
}

export interface RealisationImportPlan {
  fileName: string;
  sheetName: string | null;
  headerRowNumber: number | null;
  year: number;
  ignoredColumns: string[];
  fileIssues: RowIssue[];
  rows: PlannedRealisation[];
  invalidRows: InvalidRealisationRow[];
  counts: Record<RealisationChange | 'invalid', number>;
  /** What the plan was made against: SKP revisions of the year, the touched realisations' revisions (0 = none), the year's rules. */
  basis: { skps: ReadonlyMap<string, number>; realisations: ReadonlyMap<string, number>; monitoringYear: string };
}

export const realisationLimits = { source: 300, note: 1000 } as const;

/** Same id as renderer/db/monitoring/realisations.ts: one record per IKI per period. */
export const realisationKey = (skpId: string, ikiId: string, periodKey: string) => `${skpId}:${ikiId}:${periodKey}`;

/** The year's rules as the basis compares them. */
export const monitoringYearBasis = (y: MonitoringYear): string => JSON.stringify({ rules: y.rules, reopened: y.reopened });

export function issue(rowNumber: number | null, table: RealisationTable | null, field: RealisationField | null, code: string, params: Record<string, string | number> = {}): RowIssue {
  const column = field ? (table?.fieldColumns.get(field)?.header ?? null) : null;
  const all: Record<string, string | number> = {};
  if (rowNumber !== null) all.row = rowNumber;
  if (column) all.column = column;
  if (field) all.field = field;
  Object.assign(all, params);
  return { rowNumber, column, code: `realisationImport:${code}`, params: all, severity: 'error' };
}

export type ValueResult = { ok: true; value: number } | { ok: false; code: 'valueMissing' | 'valueNotNumber' | 'valueNegative'; shown: string };

/** A realisation cell: a number cell as it is, or text holding a number in either convention ("1.234,5", "1,234.5"). */
export function parseValueCell(cell: Cell, convention: NumberConvention): ValueResult {
  if (isNumberCell(cell)) {
    const shown = typeof cell.w === 'string' ? cell.w.trim() : String(cell.n);
    if (!Number.isFinite(cell.n)) return { ok: false, code: 'valueNotNumber', shown };
    return cell.n < 0 ? { ok: false, code: 'valueNegative', shown } : { ok: true, value: cell.n };
  }
  const shown = cleanText(cell);
  if (shown === '') return { ok: false, code: 'valueMissing', shown };
  if (typeof cell !== 'string') return { ok: false, code: 'valueNotNumber', shown };
  const value = parseNumberText(shown.replace(/\s+/g, ''), convention);
  if (value === null) return { ok: false, code: 'valueNotNumber', shown };
  return value < 0 ? { ok: false, code: 'valueNegative', shown } : { ok: true, value };
}

const rhythmWords = { monthly: 'M', quarterly: 'Q', semester: 'S' } as const;

/**
 * Rules decided here:
 * - the person is found by NIP; their approved SKP (or one closed by a mutasi) of the year that
 *   covers the period holds the IKI, found by its text after trimming and case folding; two IKI
 *   with that text are ambiguous;
 * - the period is of the year's rhythm and the chosen year, inside the SKP, and open for entry
 *   today (or reopened by HR);
 * - the value is a number ≥ 0 and the data source is given (as on the entry form);
 * - a value the appraiser corrected is not replaced unless `mayOverrideCorrection`;
 * - the same cell twice in one file: the later row is refused, naming the earlier.
 */
export function buildRealisationImportPlan(workbook: WorkbookRows, existing: RealisationImportExisting, options: RealisationImportOptions): RealisationImportPlan {
  const { year, convention, today } = options;
  const skpsOfYear = existing.skps.filter((s) => s.officeId === options.officeId && s.year === year);
  const plan: RealisationImportPlan = {
    fileName: typeof workbook?.fileName === 'string' ? workbook.fileName : '',
    sheetName: null,
    headerRowNumber: null,
    year,
    ignoredColumns: [],
    fileIssues: [],
    rows: [],
    invalidRows: [],
    counts: { new: 0, changed: 0, unchanged: 0, invalid: 0 },
    basis: { skps: new Map(skpsOfYear.map((s) => [s.id, s.rev])), realisations: new Map(), monitoringYear: monitoringYearBasis(existing.monitoringYear) },
  };
  const table = detectRealisationWorkbook(workbook);
  if (!table) {
    plan.fileIssues.push(issue(null, null, null, 'file.noTable'));
    return plan;
  }
  Object.assign(plan, { sheetName: table.sheetName, headerRowNumber: table.headerRowNumber, ignoredColumns: table.ignoredColumns });
  for (const field of requiredRealisationFields) if (!table.fieldColumns.has(field)) plan.fileIssues.push(issue(null, null, null, 'file.columnMissing', { field }));
  if (plan.fileIssues.length > 0) return plan;

  const byNip = new Map(existing.employees.filter((e) => e.officeId === options.officeId).map((e) => [e.nip, e]));
  const skpsOf = new Map<string, SkpWithRev[]>();
  for (const s of skpsOfYear) skpsOf.set(s.employeeId, [...(skpsOf.get(s.employeeId) ?? []), s]);
  const stored = new Map(existing.realisations.map((r) => [r.id, r]));
  const seen = new Map<string, number>();
  const rules = existing.monitoringYear.rules;

  const rows = (workbook.sheets[table.sheetIndex]?.rows ?? []) as readonly (readonly Cell[])[];
  const nipColumn = table.fieldColumns.get('nip')!;
  for (let i = table.headerRowIndex + 1; i < rows.length; i += 1) {
    const row = rows[i];
    if (!row || isBlankRow(row)) continue;
    const rowNumber = i + 1;
    if (cleanText(cellAt(row, nipColumn.index)) === nipColumn.header) continue; // a repeated header row
    const cell = (field: RealisationField): Cell => {
      const c = table.fieldColumns.get(field);
      return c ? cellAt(row, c.index) : null;
    };
    const text = (field: RealisationField) => cleanText(cell(field));
    const errors: RowIssue[] = [];
    const error = (field: RealisationField | null, code: string, params?: Record<string, string | number>) => errors.push(issue(rowNumber, table, field, `row.${code}`, params));

    // NIP → the person.
    let employee: Employee | null = null;
    const nip = readNipCell(cell('nip'));
    if (nip.kind === 'missing') error('nip', 'nipMissing');
    else if (nip.kind === 'number') error('nip', 'nipStoredAsNumber', { value: quoted(nip.shown) });
    else if (!/^\d{18}$/.test(nip.nip)) error('nip', 'nipNotEighteenDigits', { value: quoted(nip.shown) });
    else {
      employee = byNip.get(nip.nip) ?? null;
      if (!employee) error('nip', 'nipUnknown', { value: nip.nip });
    }

    // Period → a key of the year's rhythm.
    let period: MonitoringPeriod | null = null;
    const periodText = text('period');
    if (periodText === '') error('period', 'periodMissing');
    else {
      const parsed = parsePeriodText(periodText);
      if (!parsed) error('period', 'periodUnknown', { value: quoted(periodText) });
      else if (parsed.rhythm !== rules.rhythm) error('period', 'periodOtherRhythm', { value: quoted(periodText), rhythm: rules.rhythm, example: `${year}-${rhythmWords[rules.rhythm]}${rules.rhythm === 'monthly' ? '01' : '1'}` });
      else if (parsed.year !== year) error('period', 'periodOtherYear', { value: quoted(periodText), year });
      else period = parsed;
    }

    const value = parseValueCell(cell('value'), convention);
    if (!value.ok) error('value', value.code, { value: quoted(value.shown) });
    const source = text('source');
    if (source === '') error('source', 'sourceMissing');
    else if (source.length > realisationLimits.source) error('source', 'tooLong', { max: realisationLimits.source });
    const note = text('note');
    if (note.length > realisationLimits.note) error('note', 'tooLong', { max: realisationLimits.note });

    // The person's approved SKP covering the period, and the IKI in it.
    const ikiText = text('iki');
    let found: { skp: SkpWithRev; rhkId: string; ikiId: string; text: string; unit: string } | null = null;
    if (ikiText === '') error('iki', 'ikiMissing');
    else if (employee) {
      const live = (skpsOf.get(employee.id) ?? []).filter((s) => s.status === 'approved' || s.status === 'closed');
      if (live.length === 0) error('nip', 'noApprovedSkp', { name: displayName(employee), year });
      else if (period) {
        const covering = live.filter((s) => isWithinSkp(period!.key, s));
        if (covering.length === 0) error('period', 'periodOutsideSkp', { value: period.key, start: live[0]!.periodStart, end: live[live.length - 1]!.periodEnd });
        else {
          const wanted = textKey(ikiText);
          const matches = covering.flatMap((skp) => skp.rhk.flatMap((r) => r.indicators.filter((k) => textKey(k.text) === wanted).map((k) => ({ skp, rhkId: r.id, ikiId: k.id, text: k.text, unit: k.unit }))));
          if (matches.length === 0) error('iki', 'ikiNotFound', { value: quoted(ikiText), name: displayName(employee) });
          else if (matches.length > 1) error('iki', 'ikiAmbiguous', { value: quoted(ikiText), count: matches.length });
          else found = matches[0]!;
        }
      }
    }

    if (period && found) {
      const problem = entryProblem(period, { deadlineDays: rules.deadlineDays, dueSoonDays: rules.dueSoonDays, today, reopenedUntil: existing.monitoringYear.reopened[period.key]?.until ?? null });
      if (problem?.code === 'monitoring.periodLocked') error('period', 'periodLocked', { value: period.key, closedOn: String(problem.params?.closedOn ?? '') });
      else if (problem) error('period', 'periodNotStarted', { value: period.key, start: period.start });
    }

    const id = found && period ? realisationKey(found.skp.id, found.ikiId, period.key) : null;
    const before = id ? stored.get(id) : undefined;
    if (id && before?.correction && !options.mayOverrideCorrection && value.ok && value.value !== before.value) {
      error('value', 'corrected', { by: before.correction.by, value: before.value });
    }
    if (id && seen.has(id)) error(null, 'duplicate', { first: seen.get(id)! });

    if (errors.length > 0 || !employee || !found || !period || !value.ok || !id) {
      plan.invalidRows.push({ rowNumber, nip: nip.kind === 'missing' ? null : nip.shown, iki: ikiText || null, period: periodText || null, issues: errors });
      continue;
    }
    seen.set(id, rowNumber);
    (plan.basis.realisations as Map<string, number>).set(id, before?.rev ?? 0);
    const same = before && before.value === value.value && before.source === source && before.note === note;
    plan.rows.push({
      rowNumber, change: !before ? 'new' : same ? 'unchanged' : 'changed', id, nip: employee.nip, name: displayName(employee), skpId: found.skp.id, employeeId: employee.id,
      rhkId: found.rhkId, ikiId: found.ikiId, ikiText: found.text, unit: found.unit, periodKey: period.key, value: value.value, source, note,
      before: before ? { value: before.value, source: before.source, note: before.note } : null,
    });
  }
  if (plan.rows.length === 0 && plan.invalidRows.length === 0) plan.fileIssues.push(issue(null, null, null, 'file.noDataRows', { row: table.headerRowNumber }));
  for (const r of plan.rows) plan.counts[r.change] += 1;
  plan.counts.invalid = plan.invalidRows.length;
  return plan;
}
