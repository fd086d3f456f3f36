import { describe, expect, it } from 'vitest';
import type { CascadeNode, CascadeRow, RhkNode } from '../../../shared/skp/cascade';
import { toggled, treeKeyAction } from './treeKeys';

const rhk = (id: string, children: RhkNode[] = []): RhkNode => ({
  kind: 'rhk',
  key: `r:${id}`,
  id,
  label: id,
  skpId: `skp-${id}`,
  employeeId: 'e',
  ownerName: 'E',
  unitId: null,
  status: 'approved',
  form: 'ja_jf',
  rhkKind: 'utama',
  assignment: '',
  flags: { orphan: false, missingParent: false, notIntervened: false, draft: false, cycle: false },
  children,
});
const goal: CascadeNode = { kind: 'goal', key: 'g:g', id: 'g', label: 'G', order: 1, children: [{ kind: 'iku', key: 'i:i', id: 'i', label: 'I', goalId: 'g', iku: { id: 'i', text: 'I', target: 1, unit: '%', polarity: 'higher' }, children: [rhk('a', [rhk('b')])] }] };

// g (expanded) › i (expanded) › a (collapsed, has b)
const rows: CascadeRow[] = [
  { node: goal, depth: 0, expanded: true, position: 1, siblings: 1 },
  { node: goal.children[0]!, depth: 1, expanded: true, position: 1, siblings: 1 },
  { node: goal.children[0]!.children[0]!, depth: 2, expanded: false, position: 1, siblings: 1 },
];

describe('treeKeyAction', () => {
  it('moves by one, by page and to the ends, staying inside the rows', () => {
    expect(treeKeyAction(rows, 0, 'ArrowDown')).toEqual({ kind: 'focus', index: 1 });
    expect(treeKeyAction(rows, 2, 'ArrowDown')).toEqual({ kind: 'focus', index: 2 });
    expect(treeKeyAction(rows, 0, 'ArrowUp')).toEqual({ kind: 'focus', index: 0 });
    expect(treeKeyAction(rows, 0, 'PageDown')).toEqual({ kind: 'focus', index: 2 });
    expect(treeKeyAction(rows, 2, 'Home')).toEqual({ kind: 'focus', index: 0 });
    expect(treeKeyAction(rows, 0, 'End')).toEqual({ kind: 'focus', index: 2 });
  });

  it('opens a closed branch with Right, and steps into an open one', () => {
    expect(treeKeyAction(rows, 2, 'ArrowRight')).toEqual({ kind: 'toggle', key: 'r:a' });
    expect(treeKeyAction(rows, 1, 'ArrowRight')).toEqual({ kind: 'focus', index: 2 });
  });

  it('closes an open branch with Left, or steps out to the parent', () => {
    expect(treeKeyAction(rows, 1, 'ArrowLeft')).toEqual({ kind: 'toggle', key: 'i:i' });
    expect(treeKeyAction(rows, 2, 'ArrowLeft')).toEqual({ kind: 'focus', index: 1 });
  });

  it('opens an RHK with Enter and toggles other branches', () => {
    expect(treeKeyAction(rows, 2, 'Enter')).toEqual({ kind: 'open', index: 2 });
    expect(treeKeyAction(rows, 0, 'Enter')).toEqual({ kind: 'toggle', key: 'g:g' });
  });

  it('ignores other keys and an empty tree', () => {
    expect(treeKeyAction(rows, 0, 'a')).toBeNull();
    expect(treeKeyAction([], 0, 'ArrowDown')).toBeNull();
  });
});

describe('toggled', () => {
  it('switches one key and leaves the input alone', () => {
    const before = new Set(['a']);
    expect([...toggled(before, 'b')]).toEqual(['a', 'b']);
    expect([...toggled(before, 'a')]).toEqual([]);
    expect([...before]).toEqual(['a']);
  });
});
