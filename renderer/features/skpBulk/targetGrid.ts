import { splitTarget } from '../../../shared/skp/cascade';
import { defaultAspek, type Aspek, type Polarity } from '../../../shared/skp/tables';
import type { Iki } from '../../../shared/skp/types';

/**
 * The new RHK's indicators and the grid of per-person targets on the bulk-assignment page:
 * prefilled from the leader's RHK, copied or split from the leader's targets, and checked
 * before anything is sent to the repository.
 */

/** An IKI row of the new RHK; `key` is local to the page, `leaderTarget` what its source IKI asks of the leader. */
export interface IkiDraft {
  key: string;
  aspek: Aspek;
  text: string;
  unit: string;
  polarity: Polarity;
  leaderTarget: number | null;
}

/** employeeId → IKI key → target (null while empty). */
export type TargetGrid = Record<string, Record<string, number | null>>;

/** The leader's IKIs as the new RHK's starting rows; a JPT leader's IKIs have no aspek, so they get the usual order. */
export function draftsFromLeader(indicators: readonly Iki[]): IkiDraft[] {
  return indicators.map((iki, i) => ({
    key: iki.id,
    aspek: iki.aspek ?? defaultAspek[i] ?? 'kuantitas',
    text: iki.text,
    unit: iki.unit,
    polarity: iki.polarity,
    leaderTarget: iki.target,
  }));
}

/** Everyone chosen gets the leader's target for one IKI. */
export function copyTarget(grid: TargetGrid, people: readonly string[], ikiKey: string, target: number): TargetGrid {
  const next = { ...grid };
  for (const id of people) next[id] = { ...next[id], [ikiKey]: target };
  return next;
}

/**
 * The leader's target for one IKI split among the chosen people, in their order, so the
 * parts add up to it exactly (largest remainder: 10 among 3 → 4, 3, 3).
 */
export function splitTargetAmong(grid: TargetGrid, people: readonly string[], ikiKey: string, total: number): TargetGrid {
  if (people.length === 0) return grid;
  const parts = splitTarget(total, people.length);
  const next = { ...grid };
  people.forEach((id, i) => (next[id] = { ...next[id], [ikiKey]: parts[i]! }));
  return next;
}

export const cellValue = (grid: TargetGrid, employeeId: string, ikiKey: string): number | null => grid[employeeId]?.[ikiKey] ?? null;

/** A cell that cannot be saved: empty, not a number, or negative. */
export interface GridProblem {
  employeeId: string;
  ikiKey: string;
  problem: 'missing' | 'notNumber' | 'negative';
}

/** Every bad cell, row by row (people in the given order), then IKI by IKI. */
export function gridProblems(grid: TargetGrid, people: readonly string[], ikis: readonly Pick<IkiDraft, 'key'>[]): GridProblem[] {
  const out: GridProblem[] = [];
  for (const employeeId of people) {
    for (const { key } of ikis) {
      const value = cellValue(grid, employeeId, key);
      if (value === null) out.push({ employeeId, ikiKey: key, problem: 'missing' });
      else if (typeof value !== 'number' || !Number.isFinite(value)) out.push({ employeeId, ikiKey: key, problem: 'notNumber' });
      else if (value < 0) out.push({ employeeId, ikiKey: key, problem: 'negative' });
    }
  }
  return out;
}

/** One person's targets in IKI order, as bulkAssignRhk takes them (call after gridProblems found none). */
export function targetsOf(grid: TargetGrid, employeeId: string, ikis: readonly Pick<IkiDraft, 'key'>[]): number[] {
  return ikis.map(({ key }) => cellValue(grid, employeeId, key) ?? Number.NaN);
}

/** The rows' fields that must be filled before saving (the text of the RHK is checked beside them). */
export function ikiDraftProblems(ikis: readonly IkiDraft[]): { index: number; field: 'text' | 'unit' }[] {
  const out: { index: number; field: 'text' | 'unit' }[] = [];
  ikis.forEach((iki, index) => {
    if (!iki.text.trim()) out.push({ index, field: 'text' });
    if (!iki.unit.trim()) out.push({ index, field: 'unit' });
  });
  return out;
}

/**
 * How an IKI is named in the grid and in messages: its aspek, numbered when two rows share
 * one ("Kuantitas 2"), so every cell's accessible name is unique.
 */
export function ikiLabels(ikis: readonly Pick<IkiDraft, 'key' | 'aspek'>[], aspekLabel: (aspek: Aspek) => string): Map<string, string> {
  const total = new Map<Aspek, number>();
  for (const iki of ikis) total.set(iki.aspek, (total.get(iki.aspek) ?? 0) + 1);
  const seen = new Map<Aspek, number>();
  const out = new Map<string, string>();
  for (const iki of ikis) {
    const n = (seen.get(iki.aspek) ?? 0) + 1;
    seen.set(iki.aspek, n);
    out.set(iki.key, total.get(iki.aspek)! > 1 ? `${aspekLabel(iki.aspek)} ${n}` : aspekLabel(iki.aspek));
  }
  return out;
}
