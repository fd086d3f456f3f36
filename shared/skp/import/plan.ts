import { displayName } from '../../people';
import { cellAt, cleanText, isBlankRow } from '../../roster/cells';
import type { Cell, WorkbookRows } from '../../spreadsheet';
import { detectTargetWorkbook, requiredFields, type TargetTable } from './headers';
import { checkGroup, checkRhkCounts, groupRows, isInvalid, type Group } from './groups';
import { LeaderPlanner } from './leaders';
import { Office } from './office';
import { issue, readTargetRow, type TargetRow } from './rows';
import type { InvalidRow, PlannedPerson, RowIssue, SkpImportExisting, SkpImportOptions, SkpImportPlan } from './types';

export type * from './types';
export { rhkAfterImport } from './merge';

/**
 * Turns a targets file into an import plan: per person whether a new SKP is made, RHK are
 * added or changed, or everything is already there; every row that cannot be imported, with
 * its reasons. Pure and deterministic: ids come from `options.newId`.
 *
 * Rules decided here:
 * - Rows with the same NIP and the same RHK text (trimmed, case folded) are one RHK with one
 *   IKI per row. Its jenis, leader RHK and assignment may be given on any of its rows; two
 *   rows giving different values are a fault. One faulty row keeps its whole RHK out (never
 *   half an RHK); the other rows say which row is at fault.
 * - The RHK goes into the person's live SKP of the year (any status but closed); a person
 *   without one gets a new draft for the whole year. An SKP that is submitted or approved
 *   cannot take a new or changed RHK; an RHK already there unchanged is simply unchanged.
 * - The leader RHK is found by its text among the RHK of the person's superiors (appraiser
 *   chain, nearest first) in their SKP of the year, or among the RHK this same file gives
 *   them; the nearest superior holding that text wins, so a Kasi who copied the Kabid's text
 *   is the one intervened. Two RHK of that superior with the text are ambiguous.
 * - An empty cell keeps what is stored (merge.ts); a new RHK is utama, a new IKI higher-is-better.
 * - The JPT form has no aspek (ignored with a note); the JA/JF form needs one per IKI, and a
 *   leader RHK or an assignment source per RHK (what submission will ask for anyway).
 */
export function buildSkpImportPlan(workbook: WorkbookRows, existing: SkpImportExisting, options: SkpImportOptions): SkpImportPlan {
  const fileName = typeof workbook?.fileName === 'string' ? workbook.fileName : '';
  const basis = new Map(existing.skps.filter((s) => s.officeId === options.officeId && s.year === options.year).map((s) => [s.id, s.rev]));
  const { table, skippedSheets } = detectTargetWorkbook(workbook);
  const plan = emptyPlan(fileName, options.year, basis);
  if (!table) {
    plan.fileIssues.push(issue('error', null, null, 'file.noTable'));
    return plan;
  }
  Object.assign(plan, {
    sheetName: table.sheetName,
    headerRowNumber: table.headerRowNumber,
    columns: table.columns.map((c) => ({ header: c.header, field: c.field })),
    ignoredColumns: table.ignoredColumns,
  });
  if (skippedSheets.length > 0) plan.fileNotes.push(issue('note', null, null, 'file.sheetsSkipped', { sheet: table.sheetName, skipped: skippedSheets.join(', ') }));
  for (const field of requiredFields) if (!table.fieldColumns.has(field)) plan.fileIssues.push(issue('error', null, null, 'file.columnMissing', { field }));
  const rows = readRows(workbook, table, options, plan.fileNotes);
  if (rows.length === 0) plan.fileIssues.push(issue('error', null, null, 'file.noDataRows', { row: table.headerRowNumber }));
  if (plan.fileIssues.length > 0) return plan;

  const office = new Office(existing, options);
  const groups = groupRows(rows, office, options);
  for (const group of groups) checkGroup(group, table, office, options.year);
  checkRhkCounts(groups, office);
  const planner = new LeaderPlanner(groups, office, table, options);
  for (const group of groups) planner.evaluate(group);

  collectResults(plan, groups, office, options);
  return plan;
}

function emptyPlan(fileName: string, year: number, basis: ReadonlyMap<string, number>): SkpImportPlan {
  return {
    fileName, sheetName: null, headerRowNumber: null, year, columns: [], ignoredColumns: [], fileIssues: [], fileNotes: [], people: [], invalidRows: [],
    counts: { newSkp: 0, rhkAdded: 0, unchanged: 0, invalid: 0, rhk: { added: 0, changed: 0, unchanged: 0 } },
    basis,
  };
}

function readRows(workbook: WorkbookRows, table: TargetTable, options: SkpImportOptions, fileNotes: RowIssue[]): TargetRow[] {
  const sheetRows = (workbook.sheets[table.sheetIndex]?.rows ?? []) as readonly (readonly Cell[])[];
  const nip = table.fieldColumns.get('nip')!;
  const rhk = table.fieldColumns.get('rhk')!;
  const out: TargetRow[] = [];
  for (let i = table.headerRowIndex + 1; i < sheetRows.length; i += 1) {
    const row = sheetRows[i];
    if (!row || isBlankRow(row)) continue;
    // A header repeated on every printed page.
    if (cleanText(cellAt(row, nip.index)) === nip.header && cleanText(cellAt(row, rhk.index)) === rhk.header) {
      fileNotes.push(issue('note', i + 1, null, 'file.repeatedHeaderSkipped', { header: table.headerRowNumber }));
      continue;
    }
    out.push(readTargetRow(row, i + 1, table, options.convention));
  }
  return out;
}

/** People with their valid RHK, and every other row with its reasons; a faulty RHK's error goes on its first row. */
function collectResults(plan: SkpImportPlan, groups: readonly Group[], office: Office, options: SkpImportOptions): void {
  const people = new Map<string, PlannedPerson>();
  const invalid: InvalidRow[] = [];
  for (const group of groups) {
    const employee = group.employee;
    if (group.planned && employee && !isInvalid(group)) {
      let person = people.get(employee.id);
      if (!person) {
        const live = office.liveSkp.get(employee.id);
        person = {
          outcome: live ? 'unchanged' : 'newSkp', employeeId: employee.id, nip: employee.nip, name: displayName(employee), jabatan: office.jabatan.get(employee.id) ?? '',
          skpId: live?.id ?? options.newId(), skpStatus: live?.status ?? null, form: group.form, rhk: [],
        };
        people.set(employee.id, person);
      }
      person.rhk.push(group.planned);
      if (person.outcome === 'unchanged' && group.planned.outcome !== 'unchanged') person.outcome = 'rhkAdded';
      plan.counts.rhk[group.planned.outcome] += 1;
      continue;
    }
    group.rows[0]!.errors.push(...group.errors);
    const faulty = group.rows.filter((r) => r.errors.length > 0).map((r) => r.rowNumber);
    for (const row of group.rows) {
      if (row.errors.length === 0) row.errors.push(issue('error', row.rowNumber, null, 'row.groupInvalid', { rows: faulty.join(', ') }));
      invalid.push({ rowNumber: row.rowNumber, nip: row.nipText, name: employee ? displayName(employee) : row.nameText, rhk: row.rhkText, issues: [...row.errors, ...row.notes] });
    }
  }
  plan.people = [...people.values()];
  plan.invalidRows = invalid.sort((a, b) => a.rowNumber - b.rowNumber);
  for (const person of plan.people) plan.counts[person.outcome] += 1;
  plan.counts.invalid = plan.invalidRows.length;
}
