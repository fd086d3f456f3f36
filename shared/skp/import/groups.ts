import { formatNip } from '../../nip';
import { displayName, type Employee } from '../../people';
import { skpLimits } from '../schemas';
import type { SkpForm } from '../tables';
import type { Rhk } from '../types';
import { isEditable } from '../workflow';
import type { TargetField, TargetTable } from './headers';
import type { Office } from './office';
import { issue, textKey, type TargetRow } from './rows';
import type { PlannedRhk, RowIssue, SkpImportOptions } from './types';

/** Rows of one person's one RHK. */
export interface Group {
  key: string;
  rows: TargetRow[];
  employee: Employee | null;
  form: SkpForm;
  /** The stored RHK of the same text in the person's live SKP. */
  before: Rhk | null;
  /** The RHK's id: the stored one's, or a fresh one (other rows of the file may name it as their leader). */
  id: string;
  kind: Rhk['kind'] | null;
  leaderText: string | null;
  assignment: string | null;
  /** Problems of the RHK as a whole; they go on its first row. */
  errors: RowIssue[];
  notes: RowIssue[];
  state: 'pending' | 'visiting' | 'done';
  planned: PlannedRhk | null;
  /** Rows without a NIP or an RHK text stand alone. */
  single: boolean;
}

export const isInvalid = (g: Group): boolean => g.errors.length > 0 || g.rows.some((r) => r.errors.length > 0);

export function groupRows(rows: TargetRow[], office: Office, options: SkpImportOptions): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const row of rows) {
    const employee = row.nip ? (office.employeeByNip.get(row.nip) ?? null) : null;
    const single = row.nip === null || row.rhkText === null;
    const key = single ? `#${row.rowNumber}` : `${row.nip}\u0000${textKey(row.rhkText!)}`;
    const known = byKey.get(key);
    if (known) {
      known.rows.push(row);
      continue;
    }
    const before = employee && row.rhkText ? (office.rhkByOwner.get(employee.id)?.get(textKey(row.rhkText))?.[0] ?? null) : null;
    const group: Group = {
      key, rows: [row], employee, form: employee ? (office.liveSkp.get(employee.id)?.form ?? office.form.get(employee.id) ?? 'ja_jf') : 'ja_jf',
      before, id: before?.id ?? options.newId(), kind: null, leaderText: null, assignment: null, errors: [], notes: [], state: 'pending', planned: null, single,
    };
    byKey.set(key, group);
    groups.push(group);
    if (employee && row.rhkText && !before) office.addOwner(textKey(row.rhkText), employee.id);
  }
  return groups;
}

/** What one group can tell on its own and with its person's records: everything but the leader RHK. */
export function checkGroup(group: Group, table: TargetTable, office: Office, year: number): void {
  const column = (field: TargetField) => table.fieldColumns.get(field) ?? null;
  const rowError = (row: TargetRow, field: TargetField | null, code: string, params: Record<string, string | number> = {}) =>
    row.errors.push(issue('error', row.rowNumber, field ? column(field) : null, code, params, field));
  if (group.single) return;
  const { employee } = group;
  for (const row of group.rows) {
    if (!employee) rowError(row, 'nip', 'row.nipUnknown', { value: formatNip(row.nip!) });
    else if (employee.status !== 'active') rowError(row, 'nip', 'row.employeeInactive', { name: displayName(employee) });
  }
  if (!employee) return;

  // One value per RHK for its jenis, leader and assignment: the first row that gives one sets it.
  const settle = (field: 'rhkKind' | 'leaderRhk' | 'assignment', valueOf: (r: TargetRow) => string | null, keyOf: (v: string) => string) => {
    let first: TargetRow | null = null;
    for (const row of group.rows) {
      const value = valueOf(row);
      if (value === null) continue;
      if (!first) first = row;
      else if (keyOf(value) !== keyOf(valueOf(first)!)) rowError(row, field, 'row.groupConflict', { value: value, other: valueOf(first)!, otherRow: first.rowNumber });
    }
    return first ? valueOf(first) : null;
  };
  group.kind = settle('rhkKind', (r) => r.kind, (v) => v) as Rhk['kind'] | null;
  group.leaderText = settle('leaderRhk', (r) => r.leaderText, textKey);
  group.assignment = settle('assignment', (r) => r.assignment, (v) => v);

  const seen = new Map<string, number>();
  group.rows.forEach((row, i) => {
    if (group.form === 'ja_jf' && row.aspek === null && row.errors.every((e) => e.column !== column('aspek')?.header)) rowError(row, 'aspek', 'row.aspekMissing');
    if (group.form === 'jpt' && row.aspek !== null) group.notes.push(issue('note', row.rowNumber, column('aspek'), 'row.aspekIgnoredJpt'));
    const key = `${group.form === 'jpt' ? '' : (row.aspek ?? '')}\u0000${textKey(row.ikiText ?? '')}`;
    const other = seen.get(key);
    if (other !== undefined && row.ikiText !== null) rowError(row, 'iki', 'row.ikiDuplicate', { otherRow: other });
    else seen.set(key, row.rowNumber);
    if (i >= skpLimits.ikiCount) rowError(row, 'iki', 'row.tooManyIki', { max: skpLimits.ikiCount });
  });

  const live = office.liveSkp.get(employee.id);
  const first = group.rows[0]!;
  if (!live && office.hasSkp.has(employee.id)) group.errors.push(issue('error', first.rowNumber, null, 'row.skpClosed', { year }));
  else if (live && !group.before && !isEditable(live.status)) group.errors.push(issue('error', first.rowNumber, null, 'row.skpNotEditable', { status: live.status }));
  const stored = group.before ?? null;
  if (group.form === 'ja_jf' && group.leaderText === null && group.assignment === null && !stored?.parent && !stored?.assignment) {
    group.errors.push(issue('error', first.rowNumber, column('leaderRhk'), 'row.leaderMissing'));
  }
}

/** An SKP holds at most `skpLimits.rhkCount` RHK: beyond that, the person's new RHK are all refused (which ones to keep would be a guess). */
export function checkRhkCounts(groups: Group[], office: Office): void {
  const added = new Map<string, Group[]>();
  for (const g of groups) if (g.employee && !g.before && !g.single) added.set(g.employee.id, [...(added.get(g.employee.id) ?? []), g]);
  for (const [employeeId, list] of added) {
    const stored = office.liveSkp.get(employeeId)?.rhk.length ?? 0;
    if (stored + list.length <= skpLimits.rhkCount) continue;
    for (const g of list) g.errors.push(issue('error', g.rows[0]!.rowNumber, null, 'row.tooManyRhk', { max: skpLimits.rhkCount, count: stored + list.length }));
  }
}

