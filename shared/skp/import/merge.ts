import type { Iki, Rhk, RhkParent } from '../types';
import type { SkpForm } from '../tables';
import type { PlannedIki, PlannedPerson, PlannedRhk } from './types';
import { textKey, type TargetRow } from './rows';

/**
 * How an RHK of the file meets the stored one of the same text: the file's values win where
 * it gives them; an empty cell keeps the stored value (as in the roster import). IKI are
 * matched by aspek and text: a matched one takes the file's target, unit and polarity, a new
 * one is added, and stored IKI the file does not name stay. An import never deletes.
 */
export interface RhkValues {
  kind: Rhk['kind'] | null;
  assignment: string | null;
  parent: RhkParent | null;
  /** False when the file names no leader RHK: the stored link stays. */
  parentGiven: boolean;
}

const parentKey = (p: RhkParent | null): string => (p === null ? '' : p.kind === 'rhk' ? `rhk:${p.rhkId}` : `iku:${p.ikuId}`);

const sameIki = (a: Iki, b: Iki): boolean => a.aspek === b.aspek && a.text === b.text && a.target === b.target && a.unit === b.unit && a.polarity === b.polarity;

export function mergeRhk(
  id: string,
  text: string,
  values: RhkValues,
  rows: readonly TargetRow[],
  form: SkpForm,
  before: Rhk | null,
  newId: () => string,
): Pick<PlannedRhk, 'outcome' | 'rhk' | 'indicators' | 'changes'> {
  const indicators: PlannedIki[] = [];
  const used = new Set<string>();
  for (const row of rows) {
    const aspek = form === 'jpt' ? null : row.aspek;
    const match = before?.indicators.find((i) => !used.has(i.id) && i.aspek === aspek && textKey(i.text) === textKey(row.ikiText ?? ''));
    if (match) used.add(match.id);
    const iki: Iki = {
      id: match?.id ?? newId(),
      aspek,
      text: row.ikiText ?? '',
      target: row.target,
      unit: row.unit ?? '',
      polarity: row.polarity ?? match?.polarity ?? 'higher',
    };
    indicators.push({ iki, change: !match ? 'added' : sameIki(match, iki) ? 'unchanged' : 'changed', before: match ?? null });
  }
  const kind = values.kind ?? before?.kind ?? 'utama';
  const assignment = values.assignment ?? before?.assignment ?? '';
  const parent = values.parentGiven ? values.parent : (before?.parent ?? null);
  const byId = new Map(indicators.map((p) => [p.iki.id, p.iki]));
  const rhk: Rhk = {
    id: before?.id ?? id,
    kind,
    text: before?.text ?? text,
    parent,
    assignment,
    perspektif: before?.perspektif ?? null,
    indicators: before ? [...before.indicators.map((i) => byId.get(i.id) ?? i), ...indicators.filter((p) => p.change === 'added').map((p) => p.iki)] : indicators.map((p) => p.iki),
  };
  if (!before) return { outcome: 'added', rhk, indicators, changes: [] };
  const changes: ('kind' | 'leader' | 'assignment')[] = [];
  if (kind !== before.kind) changes.push('kind');
  if (parentKey(parent) !== parentKey(before.parent)) changes.push('leader');
  if (assignment !== before.assignment) changes.push('assignment');
  const outcome = changes.length > 0 || indicators.some((p) => p.change !== 'unchanged') ? 'changed' : 'unchanged';
  return { outcome, rhk, indicators, changes };
}

/** An SKP's RHK list after the import: changed RHK replaced where they stand, added ones at the end in file order. */
export function rhkAfterImport(stored: readonly Rhk[], person: Pick<PlannedPerson, 'rhk'>): Rhk[] {
  const changed = new Map(person.rhk.filter((p) => p.outcome === 'changed').map((p) => [p.rhk.id, p.rhk]));
  return [...stored.map((r) => changed.get(r.id) ?? r), ...person.rhk.filter((p) => p.outcome === 'added').map((p) => p.rhk)];
}
