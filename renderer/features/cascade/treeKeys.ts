import type { CascadeRow } from '../../../shared/skp/cascade';

/** What a key press in the tree does (WAI-ARIA tree view pattern). */
export type TreeAction = { kind: 'focus'; index: number } | { kind: 'toggle'; key: string } | { kind: 'open'; index: number } | null;

const PAGE = 10;

/**
 * Down/Up move by one, PageDown/PageUp by ten, Home/End to the ends; Right opens a closed
 * branch or steps into an open one; Left closes an open branch or steps out to its parent;
 * Enter opens an RHK's SKP, or opens/closes any other branch.
 */
export function treeKeyAction(rows: readonly CascadeRow[], active: number, key: string): TreeAction {
  if (rows.length === 0) return null;
  const at = Math.min(Math.max(active, 0), rows.length - 1);
  const row = rows[at]!;
  const hasChildren = row.node.children.length > 0;
  const focus = (index: number) => ({ kind: 'focus', index: Math.min(Math.max(index, 0), rows.length - 1) }) as const;
  switch (key) {
    case 'ArrowDown':
      return focus(at + 1);
    case 'ArrowUp':
      return focus(at - 1);
    case 'PageDown':
      return focus(at + PAGE);
    case 'PageUp':
      return focus(at - PAGE);
    case 'Home':
      return focus(0);
    case 'End':
      return focus(rows.length - 1);
    case 'ArrowRight':
      if (!hasChildren) return null;
      return row.expanded ? focus(at + 1) : { kind: 'toggle', key: row.node.key };
    case 'ArrowLeft': {
      if (row.expanded) return { kind: 'toggle', key: row.node.key };
      for (let i = at - 1; i >= 0; i -= 1) if (rows[i]!.depth < row.depth) return focus(i);
      return null;
    }
    case 'Enter':
      if (row.node.kind === 'rhk') return { kind: 'open', index: at };
      return hasChildren ? { kind: 'toggle', key: row.node.key } : null;
    default:
      return null;
  }
}

/** The expansion set with one key switched. */
export function toggled(expanded: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(expanded);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}
