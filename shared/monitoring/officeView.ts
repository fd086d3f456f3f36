import type { Iku } from '../skp/types';
import { completeness, meanCapaian, sumAggregates, type UnitPeriodAggregate } from './aggregates';

/**
 * The Office dashboard's numbers, from the aggregates of one year (a few thousand records, never
 * the realisations): the office as a whole per period (the trend), each IKU against its target,
 * and each unit with its sub-units. Pure; renderer/db/monitoring/officeDashboard.ts loads.
 *
 * An IKU's capaian in a period is the mean capaian of the indicators that measure it directly:
 * the IKI of the head's RHK that intervene it (the Perjanjian Kinerja of the head of office).
 */

interface UnitLike {
  id: string;
  parentId: string | null;
  name: string;
}
interface GoalLike {
  id: string;
  order: number;
  statement: string;
  indicators: Pick<Iku, 'id' | 'text' | 'target' | 'unit' | 'polarity'>[];
}

export interface Figures {
  aggregate: UnitPeriodAggregate;
  /** Mean capped capaian of the rated indicators (ratio), null when none is rated. */
  capaian: number | null;
  /** Share of expected realisations entered, null when none is expected. */
  completeness: number | null;
}

const figures = (aggregate: UnitPeriodAggregate): Figures => ({ aggregate, capaian: meanCapaian(aggregate), completeness: completeness(aggregate) });

export interface IkuFigures extends Figures {
  goalId: string;
  goal: string;
  iku: GoalLike['indicators'][number];
}

export interface UnitFigures extends Figures {
  unitId: string;
  /** Null for indicators counted under a unit this office no longer has (or none). */
  name: string | null;
  /** 0 for a top unit; the table indents by it. */
  depth: number;
  parentId: string | null;
}

export interface OfficeView {
  periodKey: string;
  office: Figures;
  trend: (Figures & { periodKey: string })[];
  ikus: IkuFigures[];
  /** Units in tree order (by name within a parent), each with its sub-units counted in; only units with something expected. */
  units: UnitFigures[];
}

export function officeView(
  aggregates: readonly UnitPeriodAggregate[],
  units: readonly UnitLike[],
  goals: readonly GoalLike[],
  periodKeys: readonly string[],
  periodKey: string,
): OfficeView {
  const inPeriod = aggregates.filter((a) => a.periodKey === periodKey);
  const trend = periodKeys.map((key) => ({ periodKey: key, ...figures(sumAggregates('', null, key, aggregates.filter((a) => a.periodKey === key))) }));
  const ikus = [...goals]
    .sort((a, b) => a.order - b.order)
    .flatMap((goal) =>
      goal.indicators.map((iku) => ({
        goalId: goal.id,
        goal: goal.statement,
        iku,
        ...figures(sumAggregates('', iku.id, periodKey, inPeriod.filter((a) => a.ikuId === iku.id))),
      })),
    );
  return { periodKey, office: figures(sumAggregates('', null, periodKey, inPeriod)), trend, ikus, units: unitFigures(inPeriod, units, periodKey) };
}

/**
 * Each unit in tree order (by name within a parent) with its sub-units counted in, from records
 * of one period (or several summed, e.g. a year: the sums stay counts of rated rows, so the mean
 * is over every rated indicator-period). Units with nothing expected are left out unless
 * `keepEmpty` (the organisation results list every unit); records under an unknown unit make a
 * last row with unitId ''.
 */
export function unitFigures(inPeriod: readonly UnitPeriodAggregate[], units: readonly UnitLike[], periodKey: string, { keepEmpty = false } = {}): UnitFigures[] {
  const known = new Map(units.map((u) => [u.id, u]));
  const own = new Map<string, UnitPeriodAggregate[]>();
  for (const a of inPeriod) {
    if (!own.has(a.unitId)) own.set(a.unitId, []);
    own.get(a.unitId)!.push(a);
  }
  const children = new Map<string | null, UnitLike[]>();
  for (const u of units) {
    const parent = u.parentId !== null && known.has(u.parentId) ? u.parentId : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(u);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name));

  // Depth-first with an explicit stack (any depth); each unit's total is its own plus its children's.
  const out: UnitFigures[] = [];
  const totals = new Map<string, UnitPeriodAggregate>();
  const visit = (root: UnitLike) => {
    const order: { unit: UnitLike; depth: number }[] = [];
    const stack = [{ unit: root, depth: 0 }];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next.unit.id)) continue;
      seen.add(next.unit.id);
      order.push(next);
      const kids = children.get(next.unit.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ unit: kids[i]!, depth: next.depth + 1 });
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const { unit } = order[i]!;
      const parts = [...(own.get(unit.id) ?? []), ...(children.get(unit.id) ?? []).map((c) => totals.get(c.id)!).filter(Boolean)];
      totals.set(unit.id, sumAggregates(unit.id, null, periodKey, parts));
    }
    for (const { unit, depth } of order) {
      const total = totals.get(unit.id)!;
      if (!keepEmpty && total.onTrack + total.atRisk + total.behind + total.unrated + total.missing === 0) continue;
      out.push({ unitId: unit.id, name: unit.name, depth, parentId: unit.parentId, ...figures(total) });
    }
  };
  for (const top of children.get(null) ?? []) visit(top);
  // Indicators under a unit the office no longer has (or none): shown, never dropped.
  const orphans = inPeriod.filter((a) => !known.has(a.unitId));
  if (orphans.length > 0) out.push({ unitId: '', name: null, depth: 0, parentId: null, ...figures(sumAggregates('', null, periodKey, orphans)) });
  return out;
}
