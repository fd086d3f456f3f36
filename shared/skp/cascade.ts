import { AppError } from '../errors';
import { displayName, type Employee } from '../people';
import type { RhkKind, SkpForm, SkpStatus } from './tables';
import type { Iku, OfficeGoal, RhkParent, Skp } from './types';

/**
 * The pohon kinerja (performance tree, domain.md §3): each office goal (sasaran strategis),
 * its IKU, the head's RHK that intervene the IKU, and below them every RHK that intervenes a
 * leader's RHK. Built from the SKPs that are live (every status but `closed`), with the problems
 * a planner must fix flagged on the RHK:
 * - `orphan`: intervenes nothing and names no assignment (non-JPT), or names a parent that does
 *   not exist among the live SKPs (`missingParent`);
 * - `notIntervened`: an RHK utama of a leader (someone who appraises others) that no RHK intervenes;
 * - `draft`: its SKP is a draft or was returned;
 * - `cycle`: its parent links loop (synced or imported data can do that). Each loop is cut at one
 *   member, which becomes a root in `cycles`, so every live RHK appears exactly once.
 * Everything is indexed by Map and walked with explicit stacks: 60,000 RHK and any depth.
 */

export interface RhkFlags {
  orphan: boolean;
  /** The parent it names (an RHK or an IKU) is not among the live records. */
  missingParent: boolean;
  notIntervened: boolean;
  draft: boolean;
  cycle: boolean;
}

interface NodeBase {
  /** Unique within a tree: `g:`/`i:`/`r:` and the record's id (used for expansion state). */
  key: string;
  id: string;
  label: string;
}

export interface GoalNode extends NodeBase {
  kind: 'goal';
  order: number;
  children: IkuNode[];
}

export interface IkuNode extends NodeBase {
  kind: 'iku';
  goalId: string;
  iku: Iku;
  children: RhkNode[];
}

export interface RhkNode extends NodeBase {
  kind: 'rhk';
  skpId: string;
  employeeId: string;
  /** The owner's name (from the employee list, else the SKP's snapshot). */
  ownerName: string;
  unitId: string | null;
  status: SkpStatus;
  form: SkpForm;
  rhkKind: RhkKind;
  assignment: string;
  flags: RhkFlags;
  children: RhkNode[];
}

/**
 * A leader's RHK in an SKP the reader may not open (a Pejabat Penilai sees their own SKP and
 * their staff's, not their leader's): shown by its text so that what hangs below it is not
 * mistaken for an orphan.
 */
export interface OutsideNode extends NodeBase {
  kind: 'outside';
  children: RhkNode[];
}

export type CascadeNode = GoalNode | IkuNode | RhkNode | OutsideNode;

export interface CascadeCounts {
  rhk: number;
  orphans: number;
  notIntervened: number;
  drafts: number;
  cycles: number;
}

export interface Cascade {
  /** The office goals in their order, each with its IKU and what hangs below them. */
  goals: GoalNode[];
  /** Roots that are not problems: RHK from an assignment, and JPT RHK that name no IKU. */
  detached: RhkNode[];
  /** Leader RHK outside the SKPs given (see `outsideParents`), with the RHK that intervene them. */
  outside: OutsideNode[];
  /** Orphan RHK (with whatever intervenes them below), for the list the user must see. */
  orphans: RhkNode[];
  /** One member of each loop of parent links, the loop hanging below it. */
  cycles: RhkNode[];
  counts: CascadeCounts;
}

type EmployeeInfo = Pick<Employee, 'id' | 'name' | 'gelarDepan' | 'gelarBelakang' | 'unitId'>;

export interface CascadeInput {
  goals: readonly OfficeGoal[];
  /** Any SKPs of the year; closed ones are left out. */
  skps: readonly Skp[];
  /** For names and units; an SKP whose owner is missing here keeps its snapshot's name. */
  employees?: ReadonlyMap<string, EmployeeInfo> | readonly EmployeeInfo[];
  /**
   * Employees who appraise someone: their RHK utama must be intervened. Defaults to the
   * appraisers named on the live SKPs (leaders whose staff have an SKP).
   */
  leaders?: ReadonlySet<string>;
  /**
   * RHK that exist but are not among `skps` because the reader may not see their SKP, by id,
   * with their text. An RHK intervening one of these is not an orphan.
   */
  outsideParents?: ReadonlyMap<string, string>;
}

const isDraft = (status: SkpStatus) => status === 'draft' || status === 'returned';

export function buildCascade(input: CascadeInput): Cascade {
  const live = input.skps.filter((s) => s.status !== 'closed');
  const employees = input.employees instanceof Map ? input.employees : new Map((input.employees as readonly EmployeeInfo[] | undefined)?.map((e) => [e.id, e]));
  const leaders = input.leaders ?? new Set(live.flatMap((s) => (s.appraiserId ? [s.appraiserId] : [])));

  const goals = [...input.goals].sort((a, b) => a.order - b.order);
  const ikuNodes = new Map<string, IkuNode>();
  const goalNodes: GoalNode[] = goals.map((goal) => ({
    kind: 'goal',
    key: `g:${goal.id}`,
    id: goal.id,
    label: goal.statement,
    order: goal.order,
    children: goal.indicators.map((iku) => {
      const node: IkuNode = { kind: 'iku', key: `i:${iku.id}`, id: iku.id, label: iku.text, goalId: goal.id, iku, children: [] };
      if (!ikuNodes.has(iku.id)) ikuNodes.set(iku.id, node);
      return node;
    }),
  }));

  const rhkNodes = new Map<string, RhkNode>();
  const ordered: RhkNode[] = [];
  const parents: (RhkParent | null)[] = [];
  for (const skp of live) {
    const owner = employees.get(skp.employeeId);
    const ownerName = owner ? displayName(owner) : skp.snapshot.employee.name;
    const unitId = owner?.unitId ?? null;
    const draft = isDraft(skp.status);
    for (const rhk of skp.rhk) {
      if (rhkNodes.has(rhk.id)) continue; // ids are unique across the office; a duplicate is ignored
      const node: RhkNode = {
        kind: 'rhk',
        key: `r:${rhk.id}`,
        id: rhk.id,
        label: rhk.text,
        skpId: skp.id,
        employeeId: skp.employeeId,
        ownerName,
        unitId,
        status: skp.status,
        form: skp.form,
        rhkKind: rhk.kind,
        assignment: rhk.assignment,
        flags: { orphan: false, missingParent: false, notIntervened: false, draft, cycle: false },
        children: [],
      };
      rhkNodes.set(rhk.id, node);
      ordered.push(node);
      parents.push(rhk.parent);
    }
  }

  // Parent links as indexes into `ordered` (-1: none, or not an RHK), for the loop search.
  const index = new Map<RhkNode, number>();
  for (let i = 0; i < ordered.length; i += 1) index.set(ordered[i]!, i);
  const parentIndex = new Int32Array(ordered.length).fill(-1);
  const above: (CascadeNode | undefined)[] = new Array<CascadeNode | undefined>(ordered.length);
  const outside = new Map<string, OutsideNode>();
  const outsideOf = (id: string): OutsideNode | undefined => {
    const text = input.outsideParents?.get(id);
    if (text === undefined) return undefined;
    let node = outside.get(id);
    if (!node) outside.set(id, (node = { kind: 'outside', key: `o:${id}`, id, label: text, children: [] }));
    return node;
  };
  for (let i = 0; i < ordered.length; i += 1) {
    const parent = parents[i];
    if (!parent) continue;
    const node = parent.kind === 'rhk' ? (rhkNodes.get(parent.rhkId) ?? outsideOf(parent.rhkId)) : ikuNodes.get(parent.ikuId);
    above[i] = node;
    if (node?.kind === 'rhk') parentIndex[i] = index.get(node)!;
  }
  const cut = cutCycles(ordered, parentIndex);

  const detached: RhkNode[] = [];
  const orphans: RhkNode[] = [];
  const cycles: RhkNode[] = [];
  for (let i = 0; i < ordered.length; i += 1) {
    const node = ordered[i]!;
    const parentNode = above[i];
    if (cut[i] === 1) cycles.push(node);
    else if (parents[i] === null) {
      if (node.form !== 'jpt' && node.assignment.trim() === '') {
        node.flags.orphan = true;
        orphans.push(node);
      } else detached.push(node);
    } else if (parentNode) (parentNode.children as RhkNode[]).push(node);
    else {
      node.flags.orphan = true;
      node.flags.missingParent = true;
      orphans.push(node);
    }
  }

  const counts: CascadeCounts = { rhk: ordered.length, orphans: orphans.length, notIntervened: 0, drafts: 0, cycles: 0 };
  for (const node of ordered) {
    if (node.rhkKind === 'utama' && node.children.length === 0 && leaders.has(node.employeeId)) node.flags.notIntervened = true;
    if (node.flags.notIntervened) counts.notIntervened += 1;
    if (node.flags.draft) counts.drafts += 1;
    if (node.flags.cycle) counts.cycles += 1;
  }
  return { goals: goalNodes, detached, outside: [...outside.values()], orphans, cycles, counts };
}

/**
 * Flags every RHK on a loop of parent links and marks (1 in the result), per loop, the member
 * where the tree cuts it; that member's parent link is not followed, so the rest of the loop
 * hangs below it. Each node is walked once.
 */
function cutCycles(ordered: readonly RhkNode[], parentIndex: Int32Array): Uint8Array {
  const cut = new Uint8Array(ordered.length);
  const state = new Int32Array(ordered.length); // 0 unseen, walk number while on the walk, -1 done
  const path: number[] = [];
  let walk = 0;
  for (let start = 0; start < ordered.length; start += 1) {
    if (state[start] !== 0) continue;
    walk += 1;
    path.length = 0;
    let i = start;
    while (i !== -1 && state[i] === 0) {
      state[i] = walk;
      path.push(i);
      i = parentIndex[i]!;
    }
    if (i !== -1 && state[i] === walk) {
      for (let p = path.indexOf(i); p < path.length; p += 1) ordered[path[p]!]!.flags.cycle = true;
      cut[path[path.length - 1]!] = 1;
    }
    for (const visited of path) state[visited] = -1;
  }
  return cut;
}

/**
 * Whether linking `rhkId` under `newParentRhkId` would make a loop: the new parent is the RHK
 * itself or lies below it. A loop already in the data that does not pass through `rhkId` ends
 * the walk instead of hanging it.
 */
export function wouldCreateCycle(parentOf: (rhkId: string) => string | null | undefined, rhkId: string, newParentRhkId: string): boolean {
  const seen = new Set<string>();
  let id: string | null | undefined = newParentRhkId;
  while (id !== null && id !== undefined && !seen.has(id)) {
    if (id === rhkId) return true;
    seen.add(id);
    id = parentOf(id);
  }
  return false;
}

/** The parent-RHK lookup `wouldCreateCycle` needs, over the live SKPs given. */
export function rhkParentLookup(skps: readonly Skp[]): (rhkId: string) => string | null {
  const parents = new Map<string, string | null>();
  for (const skp of skps) {
    if (skp.status === 'closed') continue;
    for (const rhk of skp.rhk) if (!parents.has(rhk.id)) parents.set(rhk.id, rhk.parent?.kind === 'rhk' ? rhk.parent.rhkId : null);
  }
  return (rhkId) => parents.get(rhkId) ?? null;
}

const childrenOf = (node: CascadeNode): readonly CascadeNode[] => node.children;

/**
 * Only the branches that hold an RHK of someone in `unitIds` (pass a unit with its sub-units),
 * with the goals, IKU and leader RHK above them so the path stays visible. Nodes are copies;
 * counts are over the matching RHK only.
 */
export function filterCascade(cascade: Cascade, unitIds: ReadonlySet<string>): Cascade {
  const matches = (node: CascadeNode) => node.kind === 'rhk' && node.unitId !== null && unitIds.has(node.unitId);
  const keep = (roots: readonly CascadeNode[]) => pruneForest(roots, matches);
  const counts: CascadeCounts = { rhk: 0, orphans: 0, notIntervened: 0, drafts: 0, cycles: 0 };
  const result: Cascade = {
    goals: keep(cascade.goals) as GoalNode[],
    detached: keep(cascade.detached) as RhkNode[],
    outside: keep(cascade.outside) as OutsideNode[],
    orphans: keep(cascade.orphans) as RhkNode[],
    cycles: keep(cascade.cycles) as RhkNode[],
    counts,
  };
  for (const roots of [result.goals, result.detached, result.outside, result.orphans, result.cycles]) {
    walk(roots, (node) => {
      if (node.kind !== 'rhk' || !matches(node)) return;
      counts.rhk += 1;
      if (node.flags.orphan) counts.orphans += 1;
      if (node.flags.notIntervened) counts.notIntervened += 1;
      if (node.flags.draft) counts.drafts += 1;
      if (node.flags.cycle) counts.cycles += 1;
    });
  }
  return result;
}

/** Copies of the nodes that match or have a matching descendant; post-order, no recursion. */
function pruneForest(roots: readonly CascadeNode[], matches: (node: CascadeNode) => boolean): CascadeNode[] {
  const kept = new Map<CascadeNode, CascadeNode>(); // node → its pruned copy
  const stack: { node: CascadeNode; done: boolean }[] = roots.map((node) => ({ node, done: false })).reverse();
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (!top.done) {
      stack.push({ node: top.node, done: true });
      for (let i = top.node.children.length - 1; i >= 0; i -= 1) stack.push({ node: childrenOf(top.node)[i]!, done: false });
      continue;
    }
    const children: CascadeNode[] = [];
    for (const child of childrenOf(top.node)) {
      const copy = kept.get(child);
      if (copy) children.push(copy);
      kept.delete(child);
    }
    if (children.length > 0 || matches(top.node)) kept.set(top.node, { ...top.node, children } as CascadeNode);
  }
  return roots.flatMap((root) => kept.get(root) ?? []);
}

/** Visits every node, parents before children, without recursion. */
export function walk(roots: readonly CascadeNode[], visit: (node: CascadeNode, depth: number) => void): void {
  const stack: [CascadeNode, number][] = roots.map((node): [CascadeNode, number] => [node, 0]).reverse();
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    visit(node, depth);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push([children[i]!, depth + 1]);
  }
}

/** One line of a tree view. `depth` starts at 0; `position` is 1-based among siblings (aria-posinset). */
export interface CascadeRow {
  node: CascadeNode;
  depth: number;
  expanded: boolean;
  position: number;
  siblings: number;
}

/** The rows a tree view shows: every root, and the children of expanded nodes, in order. */
export function flattenVisible(roots: readonly CascadeNode[], expanded: ReadonlySet<string>): CascadeRow[] {
  const rows: CascadeRow[] = [];
  const stack: CascadeRow[] = [];
  const pushLevel = (nodes: readonly CascadeNode[], depth: number) => {
    for (let i = nodes.length - 1; i >= 0; i -= 1) {
      const node = nodes[i]!;
      stack.push({ node, depth, expanded: node.children.length > 0 && expanded.has(node.key), position: i + 1, siblings: nodes.length });
    }
  };
  pushLevel(roots, 0);
  while (stack.length > 0) {
    const row = stack.pop()!;
    rows.push(row);
    if (row.expanded) pushLevel(childrenOf(row.node), row.depth + 1);
  }
  return rows;
}

/** The keys to expand so that levels 0 … `levels − 1` show their children (Infinity: everything). */
export function expandedToLevel(roots: readonly CascadeNode[], levels: number): Set<string> {
  const keys = new Set<string>();
  walk(roots, (node, depth) => {
    if (depth < levels && node.children.length > 0) keys.add(node.key);
  });
  return keys;
}

/**
 * Splits a leader's target among `count` staff so the parts add up to the total exactly
 * (largest remainder, extra units to the first parts): 10 among 3 → [4, 3, 3]. Parts get
 * `decimals` places, or as many as the total has if that is more, so nothing is lost.
 */
export function splitTarget(total: number, count: number, decimals = 0): number[] {
  if (!Number.isInteger(count) || count < 1) throw new AppError('skp.splitCountInvalid', { count: String(count) });
  if (!Number.isFinite(total) || total < 0) throw new AppError('skp.targetNegative', { total: String(total) });
  const places = Math.min(Math.max(decimals, decimalPlaces(total)), 10);
  const scale = 10 ** places;
  const units = Math.round(total * scale);
  const base = Math.floor(units / count);
  const extra = units - base * count;
  return Array.from({ length: count }, (_, i) => (base + (i < extra ? 1 : 0)) / scale);
}

function decimalPlaces(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = value.toString();
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]) + (text.split('e')[0]!.split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}
