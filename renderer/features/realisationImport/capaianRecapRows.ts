import type { ProgressStatus } from '../../../shared/monitoring/capaian';
import { periodsWithin } from '../../../shared/monitoring/periods';
import type { MonitoringRules } from '../../../shared/monitoring/rules';
import type { Realisation } from '../../../shared/monitoring/types';
import type { Employee, Unit } from '../../../shared/people';
import type { Skp } from '../../../shared/skp/types';
import { ikiProgress } from '../monitoring/monitoringProgress';

/** One IKI of one person's SKP in the capaian recap of a unit for a period. */
export interface CapaianRecapRow {
  nip: string;
  name: string;
  unit: string;
  rhk: string;
  iki: string;
  target: number | null;
  targetUnit: string;
  /** The period's realisation; null when missing (never 0). */
  realisation: number | null;
  /** Percent numbers (75 = 75 %), shown capped at the year's cap; null when missing. */
  capaian: number | null;
  toDate: number | null;
  status: ProgressStatus | null;
  /** Flag codes of the realisation (data checks), and whether the appraiser corrected it. */
  flags: string[];
  corrected: boolean;
}

export interface CapaianRecapInput {
  skps: readonly Skp[];
  employees: readonly Employee[];
  units: readonly Unit[];
  realisations: readonly Realisation[];
  rules: MonitoringRules;
  periodKey: string;
  /** The unit and everything below it; null for the whole office. */
  unitId: string | null;
}

const percent = (ratio: number | null | undefined): number | null => (ratio === null || ratio === undefined ? null : Math.round(ratio * 10_000) / 100);

/**
 * One row per IKI of each approved SKP (or one closed by a mutasi) that covers the period, for
 * the people of the unit and its sub-units, in the order of units (depth first), then name.
 * Capaian comes from the same rules as the entry screen (ikiProgress), so the recap and the
 * screen never disagree.
 */
export function capaianRecapRows({ skps, employees, units, realisations, rules, periodKey, unitId }: CapaianRecapInput): CapaianRecapRow[] {
  const children = new Map<string | null, Unit[]>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const order = new Map<string, number>();
  const walk = (parent: string | null) => {
    for (const u of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      order.set(u.id, order.size);
      walk(u.id);
    }
  };
  walk(null);
  const inScope = new Set<string>();
  const mark = (id: string) => {
    inScope.add(id);
    for (const c of children.get(id) ?? []) mark(c.id);
  };
  if (unitId) mark(unitId);
  const employeeById = new Map(employees.map((e) => [e.id, e]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const bySkp = new Map<string, Realisation[]>();
  for (const r of realisations) bySkp.set(r.skpId, [...(bySkp.get(r.skpId) ?? []), r]);

  const people: { skp: Skp; unitOrder: number; name: string; unitName: string; nip: string }[] = [];
  for (const skp of skps) {
    if (skp.status !== 'approved' && skp.status !== 'closed') continue;
    const employee = employeeById.get(skp.employeeId);
    const unit = employee?.unitId ? unitById.get(employee.unitId) : undefined;
    if (unitId && (!unit || !inScope.has(unit.id))) continue;
    if (!periodsWithin(skp.periodStart, skp.periodEnd, rules.rhythm).some((p) => p.key === periodKey)) continue;
    people.push({ skp, unitOrder: unit ? (order.get(unit.id) ?? Infinity) : Infinity, name: skp.snapshot.employee.name, unitName: unit?.name ?? skp.snapshot.employee.unit, nip: employee?.nip ?? skp.snapshot.employee.nip });
  }
  people.sort((a, b) => a.unitOrder - b.unitOrder || a.name.localeCompare(b.name) || a.skp.version - b.skp.version);

  const rows: CapaianRecapRow[] = [];
  for (const { skp, name, unitName, nip } of people) {
    const periods = periodsWithin(skp.periodStart, skp.periodEnd, rules.rhythm);
    const stored = bySkp.get(skp.id) ?? [];
    for (const rhk of skp.rhk) {
      for (const iki of rhk.indicators) {
        const mine = stored.filter((r) => r.ikiId === iki.id);
        const values = new Map(mine.map((r) => [r.periodKey, r.value]));
        const progress = ikiProgress(iki, periods, periodKey, values, rules);
        const current = mine.find((r) => r.periodKey === periodKey);
        rows.push({
          nip, name, unit: unitName, rhk: rhk.text, iki: iki.text, target: iki.target, targetUnit: iki.unit,
          realisation: progress.value,
          capaian: percent(progress.period?.shown),
          toDate: percent(progress.toDateCapaian?.shown),
          status: progress.status,
          flags: current?.flags.map((f) => f.code) ?? [],
          corrected: !!current?.correction,
        });
      }
    }
  }
  return rows;
}
