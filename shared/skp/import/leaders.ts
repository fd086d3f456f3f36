import { formatNip } from '../../nip';
import { quoted } from '../../roster/cells';
import type { RhkParent } from '../types';
import { isEditable } from '../workflow';
import { isInvalid, type Group } from './groups';
import type { TargetTable } from './headers';
import { mergeRhk } from './merge';
import type { Office } from './office';
import { issue, textKey } from './rows';
import type { LeaderRef, PlannedRhk, RowIssue, SkpImportOptions } from './types';

interface Candidate {
  rhkId: string;
  text: string;
  ownerId: string;
  /** Set when the RHK is a new one from this file: it counts only if its own rows are valid. */
  group: Group | null;
}

type LeaderResult = { ok: true; parent: RhkParent | null; ref: LeaderRef | null } | { ok: false; issue: RowIssue };

/** Plans each RHK, finding its leader RHK first (which may be another RHK of the file, planned on demand). */
export class LeaderPlanner {
  /** New RHK of the file by owner and text key: leaders that exist only in this file. */
  private readonly newByOwner = new Map<string, Map<string, Group>>();
  private readonly groupById = new Map<string, Group>();

  constructor(
    groups: readonly Group[],
    private readonly office: Office,
    private readonly table: TargetTable,
    private readonly options: SkpImportOptions,
  ) {
    for (const g of groups) if (!g.single) this.groupById.set(g.id, g);
    for (const g of groups) {
      if (g.single || !g.employee || g.before) continue;
      const byText = this.newByOwner.get(g.employee.id) ?? new Map<string, Group>();
      byText.set(textKey(g.rows[0]!.rhkText!), g);
      this.newByOwner.set(g.employee.id, byText);
    }
  }

  /** The group's planned RHK, or null when it cannot be imported (its errors say why). */
  evaluate(group: Group): PlannedRhk | null {
    if (group.state === 'done' || group.state === 'visiting') return group.planned;
    group.state = 'visiting';
    group.planned = this.plan(group);
    group.state = 'done';
    return group.planned;
  }

  private plan(group: Group): PlannedRhk | null {
    if (group.single || !group.employee || isInvalid(group)) return null;
    const leader = this.resolveLeader(group);
    if (!leader.ok) {
      group.errors.push(leader.issue);
      return null;
    }
    const first = group.rows[0]!;
    const values = { kind: group.kind, assignment: group.assignment, parent: leader.parent, parentGiven: group.leaderText !== null };
    const merged = mergeRhk(group.id, first.rhkText!, values, group.rows, group.form, group.before, this.options.newId);
    const live = this.office.liveSkp.get(group.employee.id);
    if (merged.outcome === 'changed' && live && !isEditable(live.status)) {
      group.errors.push(issue('error', first.rowNumber, null, 'row.skpNotEditable', { status: live.status }));
      return null;
    }
    return {
      ...merged,
      rowNumbers: group.rows.map((r) => r.rowNumber),
      before: group.before,
      leader: leader.ref ?? this.describe(merged.rhk.parent),
      notes: [...group.notes, ...group.rows.flatMap((r) => r.notes)],
    };
  }

  private resolveLeader(group: Group): LeaderResult {
    if (group.leaderText === null) return { ok: true, parent: null, ref: null };
    const at = group.rows.find((r) => r.leaderText !== null)!;
    const value = group.leaderText;
    const fail = (code: string, params: Record<string, string | number> = {}): LeaderResult => ({
      ok: false,
      issue: issue('error', at.rowNumber, this.table.fieldColumns.get('leaderRhk') ?? null, code, { value: quoted(value), ...params }),
    });
    const key = textKey(value);
    const employeeId = group.employee!.id;
    for (const ownerId of this.office.superiorsOf(employeeId)) {
      const found = new Map<string, Candidate>();
      for (const rhk of this.office.rhkByOwner.get(ownerId)?.get(key) ?? []) found.set(rhk.id, { rhkId: rhk.id, text: rhk.text, ownerId, group: null });
      const fresh = this.newByOwner.get(ownerId)?.get(key);
      if (fresh) found.set(fresh.id, { rhkId: fresh.id, text: fresh.rows[0]!.rhkText!, ownerId, group: fresh });
      if (found.size === 0) continue;
      const owner = this.office.nameOf(ownerId);
      if (found.size > 1) return fail('row.leaderAmbiguous', { name: owner.name, count: found.size });
      const candidate = [...found.values()][0]!;
      if (candidate.group) {
        if (candidate.group.state === 'visiting') return fail('row.leaderLoop', { name: owner.name });
        if (!this.evaluate(candidate.group)) return fail('row.leaderRowInvalid', { name: owner.name, rows: candidate.group.rows.map((r) => r.rowNumber).join(', ') });
      }
      if (this.leadsBackTo(candidate.rhkId, group.id)) return fail('row.leaderLoop', { name: owner.name });
      return { ok: true, parent: { kind: 'rhk', rhkId: candidate.rhkId }, ref: { rhkId: candidate.rhkId, text: candidate.text, ownerId, ownerName: owner.name, ownerNip: owner.nip, inFile: !!candidate.group } };
    }
    const other = [...(this.office.textOwners.get(key) ?? [])].find((id) => id !== employeeId);
    if (other) {
      const owner = this.office.nameOf(other);
      return fail('row.leaderNotSuperior', { name: owner.name, nip: formatNip(owner.nip) });
    }
    return fail('row.leaderNotFound');
  }

  /**
   * Whether following leader links up from `rhkId` reaches `target` (possible only where the
   * appraiser chain loops): links as this file plans them, else as stored.
   */
  private leadsBackTo(rhkId: string, target: string): boolean {
    const seen = new Set<string>();
    for (let up: string | null | undefined = rhkId; up && !seen.has(up); ) {
      if (up === target) return true;
      seen.add(up);
      const planned: RhkParent | null | undefined = this.groupById.get(up)?.planned?.rhk.parent;
      up = planned !== undefined ? (planned?.kind === 'rhk' ? planned.rhkId : null) : this.office.rhkParent.get(up);
    }
    return false;
  }

  /** A stored link the file left as it is, named for the preview. */
  private describe(parent: RhkParent | null): LeaderRef | null {
    if (parent?.kind !== 'rhk') return null;
    const owner = this.office.rhkOwner.get(parent.rhkId);
    if (!owner) return null;
    const who = this.office.nameOf(owner.employeeId);
    return { rhkId: parent.rhkId, text: owner.text, ownerId: owner.employeeId, ownerName: who.name, ownerNip: who.nip, inFile: false };
  }
}

