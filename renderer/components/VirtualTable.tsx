import { Checkbox, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import classes from './VirtualTable.module.css';

export interface Column<Row> {
  key: string;
  header: string;
  /** CSS grid track, e.g. "minmax(12rem, 2fr)" or "8rem". */
  width: string;
  render: (row: Row) => ReactNode;
  sortable?: boolean;
  /** The cell as plain text, shown while the list flies past (see useFlyingRows); other cells stay empty then. */
  text?: (row: Row) => string;
}

export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

interface Props<Row> {
  label: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  sort?: SortState;
  onSort?: (sort: SortState) => void;
  onRowClick?: (row: Row) => void;
  /** Row selection by checkbox; `selectLabel` names the checkbox of a row. */
  selection?: { selected: ReadonlySet<string>; onChange: (next: Set<string>) => void; selectLabel: (row: Row) => string; selectAllLabel: string };
  height?: string;
  empty: ReactNode;
}

const ROW_HEIGHT = 44;
/** More rows than this passing in one frame (one scroll event) is flying past, not reading. */
const FLYING_ROWS_PER_FRAME = 3;

/**
 * Which rows show only their columns' plain text: those that came into view while the list
 * flew past faster than anyone reads. A full row costs the browser some 40 KB of elements,
 * styles and text layout; at a fast flick (9 rows a frame) that brought on a major collection
 * every few seconds, and its pause dropped frames. Light rows cost a fraction of that (npm run
 * bench). They stay light until the scrolling stops, then all fill in at once: a row never
 * switches while it is being read. A row already in the page stays full, so a jump that brings
 * it into view (focus, a click on a row half in view) never takes away its buttons.
 */
function useFlyingRows(isScrolling: boolean, offset: number, keys: string[]): ReadonlySet<string> {
  const seen = useRef({ offset, shown: new Set<string>(), light: new Set<string>() });
  const last = seen.current;
  const flying = isScrolling && Math.abs(offset - last.offset) > FLYING_ROWS_PER_FRAME * ROW_HEIGHT;
  const light = new Set<string>();
  if (isScrolling) for (const key of keys) if (last.light.has(key) || (flying && !last.shown.has(key))) light.add(key);
  seen.current = { offset, shown: new Set(keys), light };
  return light;
}

/**
 * A table that renders only the rows in view, so 15,000 people scroll smoothly. It keeps
 * table semantics for screen readers (role=table, aria-rowcount/rowindex, sortable column
 * headers with aria-sort) although the rows are positioned divs.
 */
export function VirtualTable<Row>({ label, columns, rows, rowKey, sort, onSort, onRowClick, selection, height = 'calc(100vh - 330px)', empty }: Props<Row>) {
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => viewport.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const template = [selection ? '2.75rem' : null, ...columns.map((c) => c.width)].filter(Boolean).join(' ');
  const items = virtualizer.getVirtualItems();
  const keys = items.map((item) => rowKey(rows[item.index]!));
  const light = useFlyingRows(virtualizer.isScrolling, virtualizer.scrollOffset ?? 0, keys);
  const selectAll = useMemo(() => {
    if (!selection) return undefined;
    const all = rows.length > 0 && rows.every((r) => selection.selected.has(rowKey(r)));
    return {
      label: selection.selectAllLabel,
      checked: all,
      indeterminate: !all && selection.selected.size > 0,
      toggle: () => selection.onChange(all ? new Set() : new Set(rows.map(rowKey))),
    };
  }, [selection, rows, rowKey]);

  const selected = selection?.selected;
  const onSelectionChange = selection?.onChange;
  const toggle = useCallback(
    (key: string) => {
      if (!selected || !onSelectionChange) return;
      const next = new Set(selected);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      onSelectionChange(next);
    },
    [selected, onSelectionChange],
  );

  return (
    <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className={classes.table} style={{ '--columns': template, '--row-height': `${ROW_HEIGHT}px` } as CSSProperties}>
      <div role="rowgroup">
        <HeaderRow columns={columns} sort={sort} onSort={onSort} selectAll={selectAll} />
      </div>
      {/*
        A native scroller, not Mantine's ScrollArea (a CSS table and scroll listeners of its own
        around the rows): a fast flick dropped fewer frames without them (npm run bench). The
        rowgroup is a layout boundary, so rows coming into view lay out nothing else. Not given a
        tabindex: a focusable element between table and rowgroup breaks the table's structure
        for screen readers, and Chromium lets the keyboard reach a scroller without one.
      */}
      <div ref={viewport} className={classes.viewport} style={{ maxHeight: height }} data-table-viewport>
        <div
          role="rowgroup"
          className={rows.length > 0 ? classes.rows : undefined}
          data-scrolling={virtualizer.isScrolling || undefined}
          style={{ height: Math.max(virtualizer.getTotalSize(), ROW_HEIGHT), position: 'relative' }}
        >
          {rows.length === 0 && (
            <div role="row" className={classes.emptyRow}>
              <div role="cell">{empty}</div>
            </div>
          )}
          {/*
            The rows in view stack in normal flow inside one block moved to the first one's place:
            no row carries a style of its own, so rows share their computed style and a fast
            flick restyles, lays out and paints far less than with one positioned row each.
          */}
          <div style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
            {items.map((item, i) => {
              const row = rows[item.index]!;
              const key = keys[i]!;
              return (
                <VirtualRow
                  key={key}
                  row={row}
                  index={item.index}
                  columns={columns}
                  selected={selection ? selection.selected.has(key) : undefined}
                  onToggle={selection ? toggle : undefined}
                  selectLabel={selection?.selectLabel}
                  rowId={key}
                  onRowClick={onRowClick}
                  light={light.has(key)}
                />
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

interface HeaderProps<Row> {
  columns: Column<Row>[];
  sort: SortState | undefined;
  onSort: ((sort: SortState) => void) | undefined;
  selectAll: { label: string; checked: boolean; indeterminate: boolean; toggle: () => void } | undefined;
}

/**
 * The column headers, memoised: the table re-renders on every scrolled frame, and the headers'
 * Mantine components would otherwise resolve their styles again each time (most of what a
 * fast scroll allocated, and so of the collections that dropped its frames).
 */
const HeaderRow = memo(function HeaderRow<Row>({ columns, sort, onSort, selectAll }: HeaderProps<Row>) {
  return (
    <div role="row" aria-rowindex={1} className={classes.header}>
      {selectAll && (
        <div role="columnheader" className={classes.cell}>
          <Checkbox aria-label={selectAll.label} checked={selectAll.checked} indeterminate={selectAll.indeterminate} onChange={selectAll.toggle} />
        </div>
      )}
      {columns.map((column) => {
        const active = sort?.key === column.key;
        const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : column.sortable ? 'none' : undefined;
        return (
          <div key={column.key} role="columnheader" aria-sort={ariaSort} className={classes.cell}>
            {column.sortable && onSort ? (
              <UnstyledButton
                className={classes.sortButton}
                onClick={() => onSort({ key: column.key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
              >
                <Text fw={700} size="sm" span>
                  {column.header}
                </Text>
                {active ? sort.direction === 'asc' ? <IconArrowUp size={14} aria-hidden /> : <IconArrowDown size={14} aria-hidden /> : <IconArrowsSort size={14} aria-hidden opacity={0.5} />}
              </UnstyledButton>
            ) : (
              <Text fw={700} size="sm">
                {column.header}
              </Text>
            )}
          </div>
        );
      })}
    </div>
  );
}) as <Row>(props: HeaderProps<Row>) => ReactNode;

interface RowProps<Row> {
  row: Row;
  rowId: string;
  index: number;
  columns: Column<Row>[];
  selected: boolean | undefined;
  onToggle: ((key: string) => void) | undefined;
  selectLabel: ((row: Row) => string) | undefined;
  onRowClick: ((row: Row) => void) | undefined;
  light: boolean;
}

/**
 * One row, memoised: while scrolling only the rows that come into view render (the others
 * keep their props), which keeps a fast flick through 15,000 people at full frame rate.
 * The parent must keep `columns` stable (useMemo) for this to hold.
 */
const VirtualRow = memo(function VirtualRow<Row>({ row, rowId, index, columns, selected, onToggle, selectLabel, onRowClick, light }: RowProps<Row>) {
  if (light) {
    // Cells up to the last one with text, so each text stays in its column.
    const shown = columns.slice(0, columns.findLastIndex((c) => c.text) + 1);
    return (
      <div role="row" aria-rowindex={index + 2} className={classes.row} data-odd={index % 2 === 1 ? true : undefined}>
        {onToggle && <div role="cell" className={classes.cell} />}
        {shown.map((column) => (
          <div key={column.key} role="cell" className={classes.cell}>
            {column.text?.(row)}
          </div>
        ))}
      </div>
    );
  }
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={classes.row}
      data-clickable={onRowClick ? true : undefined}
      data-odd={index % 2 === 1 ? true : undefined}
      onClick={onRowClick ? () => onRowClick(row) : undefined}
    >
      {onToggle && selectLabel && (
        <div role="cell" className={classes.cell} onClick={(e) => e.stopPropagation()}>
          <Checkbox aria-label={selectLabel(row)} checked={selected ?? false} onChange={() => onToggle(rowId)} />
        </div>
      )}
      {columns.map((column) => {
        const content = column.render(row);
        // Long plain text is cut with an ellipsis; the full text shows on hover.
        return (
          <div key={column.key} role="cell" className={classes.cell} title={typeof content === 'string' ? content : undefined}>
            {content}
          </div>
        );
      })}
    </div>
  );
}) as <Row>(props: RowProps<Row>) => ReactNode;
