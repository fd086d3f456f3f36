import type { Cell } from '../spreadsheet';

/**
 * Reading cells defensively: rows come from files anyone can make, so a cell may be missing
 * (ragged rows), or, whatever the type says, hold something odd. Nothing here throws.
 */

export function cellAt(row: readonly Cell[] | undefined, index: number): Cell {
  if (!Array.isArray(row) || index < 0 || index >= row.length) return null;
  return (row[index] as Cell | undefined) ?? null;
}

/** The text the sheet shows: a number's displayed text (`w`) when there is one. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell !== 'object') return '';
  if ('n' in cell) {
    if (typeof cell.w === 'string') return cell.w;
    return typeof cell.n === 'number' ? String(cell.n) : '';
  }
  if ('d' in cell && typeof cell.d === 'string') return cell.d;
  return '';
}

const ALREADY_CLEAN = /^(?:\S+(?: \S+)*)?$/;

/** Whitespace and line breaks inside a value collapse to single spaces. */
export function cleanText(cell: Cell | undefined): string {
  const text = cellText(cell);
  // Most cells are clean already: checking is cheaper than rebuilding (10,000 rows × 12 cells).
  return ALREADY_CLEAN.test(text) ? text : text.replace(/\s+/g, ' ').trim();
}

export function isBlankCell(cell: Cell | undefined): boolean {
  return !/\S/.test(cellText(cell));
}

export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  if (!Array.isArray(row)) return true;
  for (let i = 0; i < row.length; i += 1) if (!isBlankCell(row[i] as Cell | undefined)) return false;
  return true;
}

export function isNumberCell(cell: Cell | undefined): cell is { n: number; w?: string } {
  return typeof cell === 'object' && cell !== null && 'n' in cell;
}

/** A value as quoted back in a message: whole when short, cut with an ellipsis when long. */
export function quoted(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
