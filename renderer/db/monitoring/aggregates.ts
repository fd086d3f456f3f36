import type { Table } from 'dexie';
import { aggregateRulesOf, emptyAggregate, isEmptyAggregate, recompute, shiftAggregate, type AggregateRules, type UnitPeriodAggregate } from '../../../shared/monitoring/aggregates';
import type { Rhythm } from '../../../shared/monitoring/periods';
import { defaultMonitoringRules, type MonitoringRules } from '../../../shared/monitoring/rules';
import { isMonitored, rowsOfSkp } from '../../../shared/monitoring/skpRows';
import { monitoringYearId } from '../../../shared/monitoring/types';
import type { AggregateRecord, MonitoringYearRecord, RealisationRecord, SkpRecord } from '../records';

/**
 * The dashboard aggregates table (DESIGN.md, Monitoring), kept equal to a full recomputation:
 * the repository hands every transaction's before-images of SKPs, realisations and year rules
 * to maintainAggregates() before it commits; rebuildAggregates() is the recomputation (used
 * when a year's rules change, by the schema upgrade, and by the test that holds the two equal).
 * Runs on a Dexie database or transaction alike (the upgrade has only the latter).
 */

interface Tables {
  table(name: string): Table;
}

/** Records as they were before the transaction touched them (null: created in it). */
export interface BeforeImages {
  skps: Map<string, SkpRecord | null>;
  realisations: Map<string, RealisationRecord | null>;
  monitoringYears: Map<string, MonitoringYearRecord | null>;
}

export const emptyBeforeImages = (): BeforeImages => ({ skps: new Map(), realisations: new Map(), monitoringYears: new Map() });

const recordId = (officeId: string, year: number, a: UnitPeriodAggregate) => JSON.stringify([officeId, year, a.unitId, a.ikuId, a.periodKey]);

function toRecord(officeId: string, year: number, a: UnitPeriodAggregate): AggregateRecord {
  return { ...a, id: recordId(officeId, year, a), officeId, year, ikuId: a.ikuId ?? '' };
}

export function fromRecord({ id: _id, officeId: _office, year: _year, ...a }: AggregateRecord): UnitPeriodAggregate {
  return { ...a, ikuId: a.ikuId === '' ? null : a.ikuId };
}

async function rulesOf(db: Tables, officeId: string, year: number): Promise<MonitoringRules> {
  const stored = (await db.table('monitoringYears').get(monitoringYearId(officeId, year))) as MonitoringYearRecord | undefined;
  return stored?.rules ?? defaultMonitoringRules;
}

type Minimal = Pick<RealisationRecord, 'ikiId' | 'periodKey' | 'value'>;

/** Every aggregate of an office's year from its SKPs and realisations, replacing what was stored. */
export async function rebuildAggregates(db: Tables, officeId: string, year: number): Promise<number> {
  const rules = await rulesOf(db, officeId, year);
  const skps = ((await db.table('skps').where('year').equals(year).toArray()) as SkpRecord[]).filter((s) => s.officeId === officeId && isMonitored(s));
  const values = new Map<string, Minimal[]>(skps.map((s) => [s.id, []]));
  // One pass over the office's realisations, keeping only what a row needs.
  await db
    .table('realisations')
    .where('officeId')
    .equals(officeId)
    .each((r: RealisationRecord) => values.get(r.skpId)?.push({ ikiId: r.ikiId, periodKey: r.periodKey, value: r.value }));
  function* rows() {
    for (const skp of skps) yield* rowsOfSkp(skp, values.get(skp.id)!, rules.rhythm);
  }
  const fresh = [...recompute(rows(), aggregateRulesOf(rules)).values()].filter((a) => !isEmptyAggregate(a));
  const table = db.table('aggregates');
  await table.where('[officeId+year]').equals([officeId, year]).delete();
  await table.bulkPut(fresh.map((a) => toRecord(officeId, year, a)));
  return fresh.length;
}

/** The rules that change what an aggregate holds (not the deadline, not reopenings). */
const aggregateRulesKey = (rules: MonitoringRules) => JSON.stringify([rules.rhythm, rules.onTrackPercent, rules.atRiskPercent, rules.capPercent]);

/**
 * Brings the aggregates up to date with one transaction's writes: a year whose rules changed is
 * rebuilt; otherwise each touched SKP's rows before and after are counted out and in.
 */
export async function maintainAggregates(db: Tables, before: BeforeImages): Promise<void> {
  if (before.skps.size === 0 && before.realisations.size === 0 && before.monitoringYears.size === 0) return;
  const rebuilt = new Set<string>();
  for (const [id, prev] of before.monitoringYears) {
    const now = (await db.table('monitoringYears').get(id)) as MonitoringYearRecord | undefined;
    if (!now || aggregateRulesKey(prev?.rules ?? defaultMonitoringRules) === aggregateRulesKey(now.rules)) continue;
    await rebuildAggregates(db, now.officeId, now.year);
    rebuilt.add(monitoringYearId(now.officeId, now.year));
  }

  const touchedRealisations = [...before.realisations.keys()];
  const currentRealisations = (await db.table('realisations').bulkGet(touchedRealisations)) as (RealisationRecord | undefined)[];
  const skpIds = new Set(before.skps.keys());
  touchedRealisations.forEach((id, i) => skpIds.add((currentRealisations[i] ?? before.realisations.get(id)!).skpId));
  if (skpIds.size === 0) return;

  const ids = [...skpIds];
  const skpsNow = (await db.table('skps').bulkGet(ids)) as (SkpRecord | undefined)[];
  const pairs = ids
    .map((id, i) => {
      const now = skpsNow[i] ?? null;
      const prev = before.skps.has(id) ? before.skps.get(id)! : now;
      return { id, prev, now, any: (now ?? prev)! };
    })
    .filter(({ prev, now, any }) => ((prev && isMonitored(prev)) || (now && isMonitored(now))) && !rebuilt.has(monitoringYearId(any.officeId, any.year)));
  if (pairs.length === 0) return;

  const realisationsNow = new Map<string, RealisationRecord[]>(pairs.map((p) => [p.id, []]));
  for (const r of (await db.table('realisations').where('skpId').anyOf(pairs.map((p) => p.id)).toArray()) as RealisationRecord[]) realisationsNow.get(r.skpId)!.push(r);

  const rules = new Map<string, { rhythm: Rhythm; aggregate: AggregateRules }>();
  const deltas = new Map<string, { officeId: string; year: number; delta: UnitPeriodAggregate }>();
  for (const { id, prev, now, any } of pairs) {
    const yearKey = monitoringYearId(any.officeId, any.year);
    if (!rules.has(yearKey)) {
      const r = await rulesOf(db, any.officeId, any.year);
      rules.set(yearKey, { rhythm: r.rhythm, aggregate: aggregateRulesOf(r) });
    }
    const { rhythm, aggregate } = rules.get(yearKey)!;
    const after = realisationsNow.get(id)!;
    // The SKP's realisations as they were: touched ones swapped back for their before-images.
    const earlier = after.filter((r) => !before.realisations.has(r.id));
    for (const old of before.realisations.values()) if (old && old.skpId === id) earlier.push(old);
    const removed = recompute(prev ? rowsOfSkp(prev, earlier, rhythm) : [], aggregate);
    const added = recompute(now ? rowsOfSkp(now, after, rhythm) : [], aggregate);
    for (const key of new Set([...removed.keys(), ...added.keys()])) {
      const sample = (added.get(key) ?? removed.get(key))!;
      const full = recordId(any.officeId, any.year, sample);
      const current = deltas.get(full) ?? { officeId: any.officeId, year: any.year, delta: emptyAggregate(sample.unitId, sample.ikuId, sample.periodKey) };
      deltas.set(full, { ...current, delta: shiftAggregate(current.delta, added.get(key), removed.get(key)) });
    }
  }
  const table = db.table('aggregates');
  const keys = [...deltas.keys()];
  const stored = (await table.bulkGet(keys)) as (AggregateRecord | undefined)[];
  const puts: AggregateRecord[] = [];
  const deletes: string[] = [];
  keys.forEach((key, i) => {
    const { officeId, year, delta } = deltas.get(key)!;
    const base = stored[i] ? fromRecord(stored[i]) : emptyAggregate(delta.unitId, delta.ikuId, delta.periodKey);
    const next = shiftAggregate(base, delta, undefined);
    if (isEmptyAggregate(next)) deletes.push(key);
    else puts.push(toRecord(officeId, year, next));
  });
  await Promise.all([table.bulkPut(puts), table.bulkDelete(deletes)]);
}
