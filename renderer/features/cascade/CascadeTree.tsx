import { ScrollArea } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { RhkCapaian } from '../../../shared/monitoring/rhkCapaian';
import { flattenVisible, type CascadeNode, type CascadeRow } from '../../../shared/skp/cascade';
import { useFormat } from '../../i18n/format';
import { CapaianMarker, capaianName, noCapaian } from './CapaianMarker';
import classes from './CascadeTree.module.css';
import { toggled, treeKeyAction } from './treeKeys';

/** Row height per zoom step: compact, normal, large. */
export const densities = [30, 40, 52] as const;
export type Density = 0 | 1 | 2;

interface Props {
  label: string;
  roots: readonly CascadeNode[];
  expanded: ReadonlySet<string>;
  onExpandedChange: (next: Set<string>) => void;
  density: Density;
  height: string;
  empty: ReactNode;
  /** When the tree is coloured by capaian: per RHK and IKU key (useCascadeCapaian); absent ones show "no data". */
  capaian?: ReadonlyMap<string, RhkCapaian>;
}

/**
 * The pohon kinerja as an ARIA tree that renders only the rows in view (60,000 RHK stay
 * smooth). Rows are flat treeitems with aria-level/posinset/setsize, the pattern for virtual
 * trees; the tree holds focus and points at the active row with aria-activedescendant, so
 * the arrow keys work even when the row they lead to is not yet rendered.
 */
export function CascadeTree({ label, roots, expanded, onExpandedChange, density, height, empty, capaian }: Props) {
  const navigate = useNavigate();
  const rows = useMemo(() => flattenVisible(roots, expanded), [roots, expanded]);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const activeIndex = useMemo(() => {
    const index = activeKey === null ? -1 : rows.findIndex((r) => r.node.key === activeKey);
    return index === -1 ? 0 : index;
  }, [rows, activeKey]);
  const viewport = useRef<HTMLDivElement>(null);
  const rowHeight = densities[density];
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => viewport.current, estimateSize: () => rowHeight, overscan: 12 });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const idPrefix = useId();
  const rowId = (key: string) => `${idPrefix}${key}`;

  const toggle = useCallback((key: string) => onExpandedChange(toggled(expanded, key)), [expanded, onExpandedChange]);
  const open = useCallback((row: CascadeRow) => {
    if (row.node.kind === 'rhk') void navigate(`/skp/${row.node.skpId}`);
  }, [navigate]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = treeKeyAction(rows, activeIndex, event.key);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'focus') {
      setActiveKey(rows[action.index]!.node.key);
      virtualizer.scrollToIndex(action.index, { align: 'auto' });
    } else if (action.kind === 'toggle') {
      setActiveKey(rows[activeIndex]!.node.key);
      toggle(action.key);
    } else open(rows[action.index]!);
  };

  const items = virtualizer.getVirtualItems();
  const active = rows[activeIndex];
  const activeRendered = active !== undefined && items.some((item) => item.index === activeIndex);
  return (
    <div className={classes.frame} data-density={density}>
      <ScrollArea.Autosize viewportRef={viewport} mah={height} type="auto">
        {rows.length === 0 ? (
          <div className={classes.empty}>{empty}</div>
        ) : (
          <div
            role="tree"
            aria-label={label}
            tabIndex={0}
            aria-activedescendant={activeRendered ? rowId(active.node.key) : undefined}
            className={classes.tree}
            style={{ height: virtualizer.getTotalSize() }}
            onKeyDown={onKeyDown}
          >
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <TreeRow
                  key={row.node.key}
                  id={rowId(row.node.key)}
                  row={row}
                  capaian={capaian && (row.node.kind === 'rhk' || row.node.kind === 'iku') ? (capaian.get(row.node.key) ?? noCapaian) : undefined}
                  start={item.start}
                  height={rowHeight}
                  active={item.index === activeIndex}
                  onActivate={setActiveKey}
                  onToggle={toggle}
                  onOpen={open}
                />
              );
            })}
          </div>
        )}
      </ScrollArea.Autosize>
    </div>
  );
}

interface RowProps {
  id: string;
  row: CascadeRow;
  /** Set when the tree is coloured and this row is an RHK or IKU. */
  capaian: RhkCapaian | undefined;
  start: number;
  height: number;
  active: boolean;
  onActivate: (key: string) => void;
  onToggle: (key: string) => void;
  onOpen: (row: CascadeRow) => void;
}

/** One row, memoised so that scrolling renders only the rows coming into view. Plain elements: cheaper than Mantine's. */
const TreeRow = memo(function TreeRow({ id, row, capaian, start, height, active, onActivate, onToggle, onOpen }: RowProps) {
  const { t } = useTranslation(['cascade', 'skp']);
  const format = useFormat();
  const { node, depth } = row;
  const expandable = node.children.length > 0;
  const name = capaian ? `${itemName(node, t)}, ${capaianName(capaian, t as TFunction<'cascade'>, format.locale)}` : itemName(node, t);
  return (
    <div
      role="treeitem"
      id={id}
      aria-level={depth + 1}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      aria-expanded={expandable ? row.expanded : undefined}
      aria-selected={active}
      aria-label={name}
      className={classes.row}
      data-active={active || undefined}
      data-kind={node.kind}
      data-capaian={capaian ? (capaian.capaian === null ? 'none' : (capaian.status ?? 'none')) : undefined}
      style={{ height, transform: `translateY(${start}px)`, paddingInlineStart: `calc(${depth} * var(--cascade-indent))` }}
      onClick={() => {
        onActivate(node.key);
        if (node.kind === 'rhk') onOpen(row);
        else if (expandable) onToggle(node.key);
      }}
    >
      {expandable ? (
        <button
          type="button"
          tabIndex={-1}
          className={classes.toggle}
          aria-label={t(row.expanded ? 'collapse' : 'expand', { label: node.label })}
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => {
            e.stopPropagation();
            onActivate(node.key);
            onToggle(node.key);
          }}
        >
          {row.expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
        </button>
      ) : (
        <span className={classes.toggleSpace} />
      )}
      <span className={classes.tag} data-kind={node.kind}>
        {t(`kind.${node.kind}`)}
      </span>
      {capaian && <CapaianMarker capaian={capaian} />}
      {node.kind === 'rhk' ? (
        <>
          <Link to={`/skp/${node.skpId}`} tabIndex={-1} className={classes.label} title={`${node.label}\n${t('openSkp', { owner: node.ownerName })}`} onClick={(e) => e.stopPropagation()}>
            {node.label}
          </Link>
          {node.rhkKind === 'tambahan' && <span className={classes.badge}>{t('tambahan')}</span>}
          {node.assignment.trim() !== '' && (
            <span className={classes.badge} title={t('assignmentTitle', { assignment: node.assignment })}>
              {t('assignment')}
            </span>
          )}
          <span className={classes.owner}>{node.ownerName}</span>
          <span className={classes.badge} data-tone={node.flags.draft ? 'draft' : node.status}>
            {t(`skp:status.${node.status}`)}
          </span>
          {node.flags.orphan && <span className={classes.badge} data-tone="problem">{t(node.flags.missingParent ? 'flag.missingParent' : 'flag.orphan')}</span>}
          {node.flags.notIntervened && <span className={classes.badge} data-tone="warning">{t('flag.notIntervened')}</span>}
          {node.flags.cycle && <span className={classes.badge} data-tone="problem">{t('flag.cycle')}</span>}
        </>
      ) : (
        <>
          <span className={classes.label} title={node.label}>
            {node.label}
          </span>
          {node.kind === 'iku' && node.iku.target !== null && (
            <span className={classes.owner}>
              {format.number(node.iku.target)} {node.iku.unit}
            </span>
          )}
          {node.kind === 'outside' && <span className={classes.owner}>{t('outsideHint')}</span>}
        </>
      )}
    </div>
  );
});

type T = TFunction<['cascade', 'skp']>;

/** What a screen reader announces for a row: its kind, text, and for an RHK the owner, status and problems. */
function itemName(node: CascadeNode, t: T): string {
  if (node.kind !== 'rhk') return `${t(`kind.${node.kind}`)}: ${node.label}`;
  const flags = [
    node.flags.orphan ? t(node.flags.missingParent ? 'flag.missingParent' : 'flag.orphan') : null,
    node.flags.notIntervened ? t('flag.notIntervened') : null,
    node.flags.cycle ? t('flag.cycle') : null,
  ].filter((f): f is string => f !== null);
  return [t('itemRhk', { label: node.label, owner: node.ownerName, status: node.status }), ...flags].join(', ');
}
