import { deriveAppraiserChain } from '../appraiserChain';
import { formatNip } from '../nip';
import type { AppraiserOverride, Employee, Position } from '../people';
import type { RosterColumn } from './headers';
import type { OfficeIndex } from './officeIndex';
import { rowIssue, type ReadRow } from './rows';
import type { FieldChange, RosterExisting, RosterPlanOptions, RowIssue } from './types';

/**
 * The NIP Atasan column, applied after every row has its final record. The positions stay the
 * source of truth: a position the import creates reports to the atasan's position, so the
 * chain derives the atasan by itself; where the chain (computed on the state after the import)
 * still gives someone else, HR's override records the atasan, with the reason from the options.
 * An override that already names the atasan is kept as it is, so importing the same file
 * twice changes nothing.
 */

/** A row that will be imported, with its final record (the plan fills it in). */
export interface Draft {
  read: ReadRow;
  existing: Employee | undefined;
  employee: Employee;
  notes: RowIssue[];
  /** Set when the row's position is one this plan creates. */
  createdPosition: Position | null;
}

export const employeeDisplay = (e: Employee): string => `${e.name} (${formatNip(e.nip)})`;

function sameOverride(a: AppraiserOverride | null, b: AppraiserOverride | null): boolean {
  return a === b || (a !== null && b !== null && a.appraiserId === b.appraiserId && a.reason === b.reason && a.delegated === b.delegated);
}

interface Link {
  draft: Draft;
  atasan: Employee;
}

/** Returns the appraiser change of each existing employee whose override the import changes. */
export function applyNipAtasan(
  drafts: readonly Draft[],
  index: OfficeIndex,
  existing: RosterExisting,
  options: RosterPlanOptions,
  column: RosterColumn | null,
): Map<Draft, FieldChange> {
  const changes = new Map<Draft, FieldChange>();
  const fileByNip = new Map<string, Employee>();
  for (const d of drafts) if (!fileByNip.has(d.employee.nip)) fileByNip.set(d.employee.nip, d.employee);

  const links: Link[] = [];
  for (const draft of drafts) {
    const nip = draft.read.nipAtasan;
    if (nip === undefined) continue;
    const note = (code: string, params: Record<string, string | number> = {}) =>
      draft.notes.push(rowIssue('note', draft.read.rowNumber, column, code, { value: formatNip(nip), ...params }));
    const atasan = fileByNip.get(nip) ?? index.officeEmployeeByNip.get(nip);
    if (!atasan) note('atasanUnknown');
    else if (draft.employee.status !== 'active') note('atasanIgnoredNotActive');
    else {
      if (atasan.status !== 'active') note('atasanNotActive', { name: atasan.name });
      links.push({ draft, atasan });
    }
  }
  if (links.length === 0) return changes;

  // A new position reports to the position of the first row's atasan that has one.
  for (const { draft, atasan } of links) {
    const position = draft.createdPosition;
    if (!position || position.reportsToId !== null || atasan.positionId === null || atasan.positionId === position.id) continue;
    position.reportsToId = atasan.positionId;
    draft.notes.push(
      rowIssue('note', draft.read.rowNumber, column, 'positionReportsToSet', {
        value: position.name,
        superior: index.positionById.get(atasan.positionId)?.name ?? '',
      }),
    );
  }

  // The state after the import; the linked rows without overrides, to see what positions give.
  const positions = [...existing.positions, ...index.positionsToCreate];
  const linked = new Set(links.map((l) => l.draft));
  const afterById = new Map<string, Employee>();
  for (const e of existing.employees) afterById.set(e.id, e);
  for (const d of drafts) afterById.set(d.employee.id, linked.has(d) ? { ...d.employee, appraiserOverride: null } : d.employee);
  const derived = deriveAppraiserChain([...afterById.values()], positions, options.officeId);

  const changed: { draft: Draft; to: Employee | undefined }[] = [];
  for (const { draft, atasan } of links) {
    const current = draft.employee.appraiserOverride;
    const fromPositions = derived.get(draft.employee.id)?.appraiserId ?? null;
    const keep = current !== null && current.appraiserId === atasan.id;
    const next: AppraiserOverride | null = keep ? current : fromPositions === atasan.id ? null : { appraiserId: atasan.id, reason: options.overrideReason, delegated: false };
    if (sameOverride(current, next)) continue;
    draft.employee = { ...draft.employee, appraiserOverride: next };
    const fromPositionsPerson = fromPositions === null ? undefined : afterById.get(fromPositions);
    // Overrides do not change what positions give, so the appraiser after the import is known here.
    changed.push({ draft, to: next ? atasan : fromPositionsPerson });
    const params = { atasan: employeeDisplay(atasan), ...(fromPositionsPerson ? { derived: employeeDisplay(fromPositionsPerson) } : {}) };
    const code = next === null ? 'appraiserOverrideRemoved' : fromPositionsPerson ? 'appraiserOverrideSet' : 'appraiserOverrideSetNoDerived';
    draft.notes.push(rowIssue('note', draft.read.rowNumber, column, code, params));
  }
  if (!changed.some((c) => c.draft.existing)) return changes;

  // Who the person's appraiser was, for the preview.
  const before = deriveAppraiserChain(existing.employees, existing.positions, options.officeId);
  const beforeById = new Map<string, Employee>();
  for (const e of existing.employees) if (!beforeById.has(e.id)) beforeById.set(e.id, e);
  for (const { draft, to } of changed) {
    if (!draft.existing) continue;
    const fromId = before.get(draft.existing.id)?.appraiserId;
    const fromPerson = fromId ? beforeById.get(fromId) : undefined;
    const from = fromPerson ? employeeDisplay(fromPerson) : null;
    const toDisplay = to ? employeeDisplay(to) : null;
    if (from !== toDisplay) changes.set(draft, { field: 'appraiser', from, to: toDisplay });
  }
  return changes;
}
