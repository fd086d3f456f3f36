import { golonganCodes } from '../golongan';
import { formatNip } from '../nip';
import type { Employee } from '../people';
import type { Cell, WorkbookRows } from '../spreadsheet';
import { cellAt, cleanText, isBlankRow } from './cells';
import { detectWorkbookTable, type DetectedTable } from './headers';
import { OfficeIndex } from './officeIndex';
import { applyNipAtasan, type Draft } from './planAppraisers';
import { placeCreatedUnits } from './placeUnits';
import { readRosterRow, rowIssue, type ReadRow } from './rows';
import type { FieldChange, PlannedRow, RosterExisting, RosterImportPlan, RosterPlanOptions, RowIssue, SkippedRow } from './types';
import { jenisJabatanLabels, unitKindLabels } from './values';

export type { FieldChange, PlannedRow, RosterExisting, RosterImportPlan, RosterPlanOptions, RowIssue, SkippedRow } from './types';

/**
 * Turns a roster file into an import plan: which people are new, which change (and how), which
 * stay as they are, which rows cannot be imported and why, and which units and positions will
 * be created. Pure and deterministic: ids come from `options.newId`, called in row order.
 *
 * Rules the brief left open, decided here:
 * - An empty cell says nothing: the stored value stays (only an empty status means active).
 * - A NIP already stored for another office makes the row invalid: moving a person between
 *   offices is a mutasi for HR to record, not a side effect of an import.
 * - In a Laporan SKP the same NIP twice is a mutasi: the row with the latest periode_akhir is
 *   current; on the same periode_akhir a definitive post (is_plt_plh = 0) beats an acting
 *   one; then the row further down the sheet wins. The others are skipped with a note.
 * - Rows that are not imported on purpose (those older rows, a repeated header row) go to
 *   `skippedRows`, so that every non-blank row is accounted for exactly once.
 * - Per-cell rules are in rows.ts; units and positions in officeIndex.ts; NIP Atasan in
 *   planAppraisers.ts.
 */
export function buildRosterPlan(workbook: WorkbookRows, existing: RosterExisting, options: RosterPlanOptions): RosterImportPlan {
  const fileName = typeof workbook?.fileName === 'string' ? workbook.fileName : '';
  const { table, skippedSheets } = detectWorkbookTable(workbook);
  if (!table) {
    return emptyPlan(fileName, [rowIssue('error', null, null, 'noTable')]);
  }
  const fileIssues: RowIssue[] = [];
  const fileNotes: RowIssue[] = [];
  if (skippedSheets.length > 0) fileNotes.push(rowIssue('note', null, null, 'sheetsSkipped', { sheet: table.sheetName, skipped: skippedSheets.join(', ') }));

  const index = new OfficeIndex(existing, options);
  const slots = readDataRows(workbook, table, index);
  if (slots.length === 0) fileIssues.push(rowIssue('error', null, null, 'noDataRows', { row: table.headerRowNumber }));
  resolveDuplicates(slots, table);

  const drafts: Draft[] = [];
  for (const slot of slots) {
    if (slot.kind === 'read' && slot.read.errors.length === 0) {
      const draft = draftRow(slot.read, table, index, options);
      if (draft) {
        slot.draft = draft;
        drafts.push(draft);
      }
    }
  }
  const appraiserChanges = applyNipAtasan(drafts, index, existing, options, table.fieldColumns.get('nipAtasan') ?? null);
  placeCreatedUnits(drafts, index, table.fieldColumns.get('unitKerja') ?? null);

  const rows: PlannedRow[] = [];
  const skippedRows: SkippedRow[] = [];
  for (const slot of slots) {
    if (slot.kind === 'skipped') skippedRows.push(slot.row);
    else rows.push(plannedRow(slot, appraiserChanges, index));
  }
  const counts = { new: 0, changed: 0, unchanged: 0, invalid: 0, skipped: skippedRows.length };
  for (const row of rows) counts[row.kind] += 1;
  return {
    fileName,
    sheetName: table.sheetName,
    source: table.source,
    headerRowNumber: table.headerRowNumber,
    columns: table.columns.map((c) => ({ header: c.header, field: c.field })),
    ignoredColumns: table.ignoredColumns,
    fileIssues,
    fileNotes,
    rows,
    skippedRows,
    unitsToCreate: index.unitsToCreate,
    positionsToCreate: index.positionsToCreate,
    counts,
  };
}

function plannedRow(slot: Extract<Slot, { kind: 'read' }>, appraiserChanges: ReadonlyMap<Draft, FieldChange>, index: OfficeIndex): PlannedRow {
  const { read, draft } = slot;
  if (!draft) return { kind: 'invalid', rowNumber: read.rowNumber, nip: read.nipText, name: read.nameText, issues: [...read.errors, ...read.notes] };
  const changes = draft.existing ? diff(draft.existing, draft.employee, index) : [];
  const appraiser = appraiserChanges.get(draft);
  if (appraiser) changes.push(appraiser);
  const kind = !draft.existing ? 'new' : changes.length > 0 || !sameRecord(draft.existing, draft.employee) ? 'changed' : 'unchanged';
  return { kind, rowNumber: read.rowNumber, nip: draft.employee.nip, employee: draft.employee, changes, notes: draft.notes };
}

function emptyPlan(fileName: string, fileIssues: RowIssue[]): RosterImportPlan {
  return {
    fileName,
    sheetName: null,
    source: 'roster',
    headerRowNumber: null,
    columns: [],
    ignoredColumns: [],
    fileIssues,
    fileNotes: [],
    rows: [],
    skippedRows: [],
    unitsToCreate: [],
    positionsToCreate: [],
    counts: { new: 0, changed: 0, unchanged: 0, invalid: 0, skipped: 0 },
  };
}

type Slot = { kind: 'read'; read: ReadRow; draft?: Draft } | { kind: 'skipped'; row: SkippedRow };

/** Every non-blank row below the header, read on its own; a repeated header row (printed page breaks) is skipped. */
function readDataRows(workbook: WorkbookRows, table: DetectedTable, index: OfficeIndex): Slot[] {
  const rows = (workbook.sheets[table.sheetIndex]?.rows ?? []) as readonly (readonly Cell[])[];
  const nipColumn = table.fieldColumns.get('nip');
  const nameColumn = table.fieldColumns.get('name');
  const context = { storedAsnType: (nip: string) => index.employeeByNip.get(nip)?.asnType };
  const slots: Slot[] = [];
  for (let i = table.headerRowIndex + 1; i < rows.length; i += 1) {
    const row = rows[i];
    if (!row || isBlankRow(row)) continue;
    const rowNumber = i + 1;
    if (nipColumn && nameColumn && cleanText(cellAt(row, nipColumn.index)) === nipColumn.header && cleanText(cellAt(row, nameColumn.index)) === nameColumn.header) {
      const notes = [rowIssue('note', rowNumber, null, 'repeatedHeaderSkipped', { header: table.headerRowNumber })];
      slots.push({ kind: 'skipped', row: { rowNumber, nip: null, name: null, notes } });
      continue;
    }
    slots.push({ kind: 'read', read: readRosterRow(row, rowNumber, table, context) });
  }
  return slots;
}

/**
 * Rows sharing a NIP. In an office roster they are all invalid (which one is right cannot be
 * told); in a Laporan SKP the older ones of a mutasi are skipped (see buildRosterPlan).
 */
function resolveDuplicates(slots: Slot[], table: DetectedTable): void {
  const byNip = new Map<string, number[]>();
  slots.forEach((slot, i) => {
    if (slot.kind !== 'read' || slot.read.nip === null || slot.read.nip === '') return;
    const list = byNip.get(slot.read.nip);
    if (list) list.push(i);
    else byNip.set(slot.read.nip, [i]);
  });
  const nipColumn = table.fieldColumns.get('nip') ?? null;
  const readAt = (i: number) => (slots[i] as Extract<Slot, { kind: 'read' }>).read;
  for (const [nip, group] of byNip) {
    if (group.length < 2) continue;
    if (table.source === 'roster') {
      for (const i of group) {
        const read = readAt(i);
        const otherRows = group.filter((j) => j !== i).map((j) => readAt(j).rowNumber).join(', ');
        read.errors.push(rowIssue('error', read.rowNumber, nipColumn, 'nipDuplicate', { value: formatNip(nip), otherRows }));
      }
      continue;
    }
    const current = group.reduce((best, i) => (isMoreCurrent(readAt(i), readAt(best)) ? i : best));
    const currentRow = readAt(current).rowNumber;
    for (const i of group) {
      if (i === current) continue;
      const read = readAt(i);
      const notes = [rowIssue('note', read.rowNumber, nipColumn, 'mutasiOlderRowSkipped', { value: formatNip(nip), currentRow })];
      slots[i] = { kind: 'skipped', row: { rowNumber: read.rowNumber, nip: read.nipText, name: read.nameText, notes } };
    }
  }
}

/** Latest periode_akhir (a missing one is oldest), then definitive over acting, then the lower row. */
function isMoreCurrent(a: ReadRow, b: ReadRow): boolean {
  const [pa, pb] = [a.periodeAkhir ?? '', b.periodeAkhir ?? ''];
  if (pa !== pb) return pa > pb;
  if (a.actingPost !== b.actingPost) return !a.actingPost;
  return a.rowNumber > b.rowNumber;
}

/** The row's final record, or null when the office's data makes it invalid (errors go on the read row). */
function draftRow(read: ReadRow, table: DetectedTable, index: OfficeIndex, options: RosterPlanOptions): Draft | null {
  const nip = read.nip ?? '';
  const column = (field: 'nip' | 'unitKerja' | 'jabatan' | 'golongan' | 'isPltPlh') => table.fieldColumns.get(field) ?? null;
  const error = (field: Parameters<typeof column>[0], code: string, params: Record<string, string | number> = {}) =>
    read.errors.push(rowIssue('error', read.rowNumber, column(field), code, params));
  const notes = [...read.notes];
  const note = (field: Parameters<typeof column>[0] | null, code: string, params: Record<string, string | number> = {}) =>
    notes.push(rowIssue('note', read.rowNumber, field ? column(field) : null, code, params));

  const existing = index.employeeByNip.get(nip);
  if (existing && existing.officeId !== options.officeId) {
    error('nip', 'nipInOtherOffice', { value: formatNip(nip) });
    return null;
  }

  let unitId = existing?.unitId ?? null;
  if (read.unitKerja !== undefined) {
    const unit = index.resolveUnit(read.unitKerja);
    if (!unit.ok) {
      error('unitKerja', unit.code === 'ambiguous' ? 'ambiguousUnit' : 'unknownUnit', { value: read.unitKerja });
      return null;
    }
    unitId = unit.record.id;
    if (unit.created) note('unitKerja', 'unitWillBeCreated', { value: unit.record.name, kind: unitKindLabels[unit.record.kind] });
  }

  let positionId = existing?.positionId ?? null;
  let createdPosition = null;
  if (read.jabatan !== undefined) {
    const position = index.resolvePosition(read.jabatan, unitId, read.jenisJabatan, existing?.positionId ?? null);
    if (!position.ok) {
      error('jabatan', position.code === 'ambiguous' ? 'ambiguousPosition' : 'unknownPosition', { value: read.jabatan });
      return null;
    }
    positionId = position.record.id;
    if (position.created) {
      createdPosition = position.record;
      note('jabatan', 'positionWillBeCreated', { value: position.record.name });
    }
    if (position.inferred) note('jabatan', 'jenisJabatanInferred', { value: position.record.name, jenis: jenisJabatanLabels[position.inferred].id });
    if (!position.created && read.jenisJabatan && read.jenisJabatan !== position.record.jenisJabatan) {
      note('jabatan', 'jenisJabatanDiffers', { value: jenisJabatanLabels[read.jenisJabatan].id, expected: jenisJabatanLabels[position.record.jenisJabatan].id });
    }
  }
  if (read.actingPost) note('isPltPlh', 'actingPost');

  const base: Employee = existing ?? {
    id: options.newId(),
    officeId: options.officeId,
    nip,
    asnType: 'pns',
    name: '',
    gelarDepan: '',
    gelarBelakang: '',
    golongan: null,
    positionId: null,
    unitId: null,
    status: 'active',
    tmtJabatan: null,
    appraiserOverride: null,
  };
  const asnType = read.asnType ?? base.asnType;
  let golongan = read.golongan ?? base.golongan;
  if (golongan !== null && !golonganSets[asnType].has(golongan)) {
    note('golongan', 'golonganCleared', { value: golongan });
    golongan = null;
  }
  const employee: Employee = {
    ...base,
    asnType,
    name: read.name ?? base.name,
    gelarDepan: read.gelarDepan ?? base.gelarDepan,
    gelarBelakang: read.gelarBelakang ?? base.gelarBelakang,
    golongan,
    positionId,
    unitId,
    status: read.status ?? base.status,
    tmtJabatan: read.tmtJabatan ?? base.tmtJabatan,
  };
  return { read, existing, employee, notes, createdPosition };
}

const golonganSets = { pns: new Set(golonganCodes('pns')), pppk: new Set(golonganCodes('pppk')) };

const orNull = (value: string | null): string | null => (value === null || value === '' ? null : value);

/** The changes between the stored record and the planned one, as the preview names them. */
function diff(before: Employee, after: Employee, index: OfficeIndex): FieldChange[] {
  const changes: FieldChange[] = [];
  const add = (field: FieldChange['field'], from: string | null, to: string | null) => {
    if (orNull(from) !== orNull(to)) changes.push({ field, from: orNull(from), to: orNull(to) });
  };
  add('name', before.name, after.name);
  add('gelarDepan', before.gelarDepan, after.gelarDepan);
  add('gelarBelakang', before.gelarBelakang, after.gelarBelakang);
  add('asnType', before.asnType, after.asnType);
  add('golongan', before.golongan, after.golongan);
  if (before.positionId !== after.positionId) {
    changes.push({ field: 'position', from: positionName(before.positionId, index), to: positionName(after.positionId, index) });
  }
  if (before.unitId !== after.unitId) changes.push({ field: 'unit', from: unitName(before.unitId, index), to: unitName(after.unitId, index) });
  add('status', before.status, after.status);
  add('tmtJabatan', before.tmtJabatan, after.tmtJabatan);
  return changes;
}

const positionName = (id: string | null, index: OfficeIndex) => (id === null ? null : (index.positionById.get(id)?.name ?? id));
const unitName = (id: string | null, index: OfficeIndex) => (id === null ? null : (index.unitById.get(id)?.name ?? id));

function sameRecord(a: Employee, b: Employee): boolean {
  const [x, y] = [a.appraiserOverride, b.appraiserOverride];
  const sameOverride = x === y || (x !== null && y !== null && x.appraiserId === y.appraiserId && x.reason === y.reason && x.delegated === y.delegated);
  return (
    sameOverride &&
    a.name === b.name &&
    a.gelarDepan === b.gelarDepan &&
    a.gelarBelakang === b.gelarBelakang &&
    a.asnType === b.asnType &&
    a.golongan === b.golongan &&
    a.positionId === b.positionId &&
    a.unitId === b.unitId &&
    a.status === b.status &&
    a.tmtJabatan === b.tmtJabatan &&
    a.officeId === b.officeId
  );
}
