import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';

/**
 * The employee list's floor: the same rows, cells and styles as VirtualTable, virtualised by
 * TanStack's core (what react-virtual wraps) and kept in plain DOM by hand, with no React, no
 * Mantine and no light rows. Rows that come into view are created, rows that leave are removed,
 * nothing else. What it drops while scrolling is what this browser on this machine drops for
 * such a list at all; the app's own count is read against it.
 */

const ROW_HEIGHT = 44;

// VirtualTable.module.css and EmployeeCells.module.css with Mantine's values written out.
const STYLE = `
body { margin: 0; font-family: -apple-system, BlinkMacSystemFont, Segoe UI, Roboto, Helvetica, Arial, sans-serif; line-height: 1.55; }
.table { border: 1px solid #dee2e6; border-radius: 4px; overflow: hidden; margin: 16px; }
.viewport { overflow-y: auto; scrollbar-gutter: stable; scrollbar-width: thin; max-height: calc(100vh - 330px); }
.rows { contain: strict; position: relative; }
.row { display: grid; grid-template-columns: minmax(14rem, 2fr) 12.5rem 5rem minmax(12rem, 2fr) minmax(10rem, 1.5fr) 7rem;
  align-items: center; column-gap: 12px; padding-inline: 12px; contain: layout paint style; height: ${ROW_HEIGHT}px;
  border-bottom: 1px solid #e9ecef; font-size: 14px; }
.row[data-odd] { background: #f8f9fa; }
.cell { min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.link { all: unset; cursor: pointer; color: #228be6; font-size: 14px; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.status { display: inline-block; padding: 0 0.625rem; border-radius: 1rem; font-size: 0.6875rem; font-weight: 700; line-height: 1.25rem;
  text-transform: uppercase; letter-spacing: 0.016rem; color: #2f9e44; background: rgba(64, 192, 87, 0.1); }
`;

/** One row as the list shows it: name (a button), NIP, golongan, position, unit, status (a badge). */
function rowElement(cells: string[], index: number): HTMLElement {
  const row = document.createElement('div');
  row.setAttribute('role', 'row');
  row.setAttribute('aria-rowindex', String(index + 2));
  row.className = 'row';
  if (index % 2 === 1) row.dataset.odd = 'true';
  cells.forEach((text, column) => {
    const cell = document.createElement('div');
    cell.setAttribute('role', 'cell');
    cell.className = 'cell';
    if (column === 0 || column === cells.length - 1) {
      const inner = document.createElement(column === 0 ? 'button' : 'span');
      inner.className = column === 0 ? 'link' : 'status';
      inner.textContent = text;
      cell.append(inner);
    } else {
      cell.title = text;
      cell.textContent = text;
    }
    row.append(cell);
  });
  return row;
}

/** Replaces the page with the list of `rows` (six texts each), scrolled to the top. */
export function mountRawList(rows: string[][]): void {
  // Adopted, not a <style> element: the page's CSP admits no inline style without the nonce.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  document.adoptedStyleSheets = [sheet];
  const table = document.createElement('div');
  table.setAttribute('role', 'table');
  table.className = 'table';
  const viewport = document.createElement('div');
  viewport.className = 'viewport';
  viewport.dataset.tableViewport = '';
  const group = document.createElement('div');
  group.setAttribute('role', 'rowgroup');
  group.className = 'rows';
  group.style.height = `${rows.length * ROW_HEIGHT}px`;
  const shown = document.createElement('div');
  group.append(shown);
  viewport.append(group);
  table.append(viewport);
  document.body.replaceChildren(table);

  const mounted = new Map<number, HTMLElement>();
  const render = (virtualizer: Virtualizer<HTMLDivElement, HTMLElement>) => {
    const items = virtualizer.getVirtualItems();
    const wanted = new Set(items.map((item) => item.index));
    for (const [index, element] of mounted) {
      if (wanted.has(index)) continue;
      element.remove();
      mounted.delete(index);
    }
    // In order, so the rows stack as the app's do; a row already in place is not moved.
    let before: HTMLElement | null = null;
    for (let i = items.length - 1; i >= 0; i--) {
      const index = items[i]!.index;
      let element = mounted.get(index);
      if (!element) {
        element = rowElement(rows[index]!, index);
        mounted.set(index, element);
        shown.insertBefore(element, before);
      }
      before = element;
    }
    shown.style.transform = `translateY(${items[0]?.start ?? 0}px)`;
  };
  const virtualizer = new Virtualizer<HTMLDivElement, HTMLElement>({
    count: rows.length,
    getScrollElement: () => viewport,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    onChange: render,
  });
  virtualizer._didMount();
  virtualizer._willUpdate();
  render(virtualizer);
}
