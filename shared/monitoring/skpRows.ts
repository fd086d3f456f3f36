import type { Skp } from '../skp/types';
import type { RealisationRow } from './aggregates';
import { periodsWithin, type Rhythm } from './periods';
import { defaultRollup } from './rollup';
import type { Realisation } from './types';

type SkpLike = Pick<Skp, 'id' | 'status' | 'approvedAt' | 'periodStart' | 'periodEnd' | 'rhk' | 'snapshot'>;

/**
 * Whether an SKP is monitored: approved, or closed by a mutasi after it had been approved (it
 * keeps its own months). A draft closed before approval never had targets to measure.
 */
export function isMonitored(skp: Pick<Skp, 'status' | 'approvedAt'>): boolean {
  return skp.status === 'approved' || (skp.status === 'closed' && skp.approvedAt !== null);
}

/**
 * The aggregate rows of one SKP: every IKI in every period of the year's rhythm that the SKP
 * covers, with its realisation or null (expected, missing). None for an SKP not monitored. The
 * unit is the one in the SKP's snapshot (frozen at approval), so moving a person later does not
 * move the numbers their approved SKP already counted.
 */
export function rowsOfSkp(skp: SkpLike, realisations: readonly Pick<Realisation, 'ikiId' | 'periodKey' | 'value'>[], rhythm: Rhythm): RealisationRow[] {
  if (!isMonitored(skp)) return [];
  const periods = periodsWithin(skp.periodStart, skp.periodEnd, rhythm);
  const values = new Map(realisations.map((r) => [`${r.ikiId}\n${r.periodKey}`, r.value]));
  const unitId = skp.snapshot.employee.unitId ?? '';
  const rows: RealisationRow[] = [];
  for (const rhk of skp.rhk) {
    const ikuId = rhk.parent?.kind === 'iku' ? rhk.parent.ikuId : null;
    for (const iki of rhk.indicators) {
      const rollup = iki.rollup ?? defaultRollup(iki.unit);
      for (const period of periods) {
        rows.push({
          unitId,
          ikuId,
          skpId: skp.id,
          ikiId: iki.id,
          periodKey: period.key,
          value: values.get(`${iki.id}\n${period.key}`) ?? null,
          target: iki.target,
          polarity: iki.polarity,
          rollup,
          periodCount: periods.length,
        });
      }
    }
  }
  return rows;
}
