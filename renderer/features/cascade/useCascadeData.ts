import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildCascade, type Cascade } from '../../../shared/skp/cascade';
import { useRepo } from '../../app/RepoContext';
import { listGoals } from '../../db/skp/goals';
import { leaderRhkTexts, visibleSkps } from '../../db/skp/skps';
import type { UnitRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { usePeopleData } from '../people/usePeopleData';

export interface CascadeData {
  cascade: Cascade;
  units: UnitRecord[];
  /** The SKPs the tree was built from, for reading their realisations when it is coloured. */
  skpIds: string[];
}

/**
 * The year's pohon kinerja over what this person may read, kept live. Someone who does not
 * read every SKP gets the texts of the leader RHK above their own (from SKPs they may not
 * open), so that their RHK are not shown as orphans.
 */
export function useCascadeData(year: number, readAll: boolean): CascadeData | undefined {
  const repo = useRepo();
  const session = useSignedInSession();
  const people = usePeopleData();
  const loaded = useLiveQuery(async () => {
    const [goals, skps] = await Promise.all([listGoals(repo, session, year), visibleSkps(repo, session, year)]);
    let outsideParents = new Map<string, string>();
    if (!readAll) {
      const live = skps.filter((s) => s.status !== 'closed');
      const seen = new Set(live.flatMap((s) => s.rhk.map((r) => r.id)));
      const above = live.flatMap((s) => s.rhk.filter((r) => r.parent?.kind === 'rhk' && !seen.has(r.parent.rhkId)));
      if (above.length > 0) outsideParents = await leaderRhkTexts(repo, session, { year, rhk: above });
    }
    return { year, goals, skps, outsideParents };
  }, [repo, session, year, readAll]);

  return useMemo(() => {
    if (!loaded || !people || loaded.year !== year) return undefined;
    const leaders = new Set<string>();
    for (const entry of people.chain.values()) if (entry.appraiserId) leaders.add(entry.appraiserId);
    const cascade = buildCascade({ goals: loaded.goals, skps: loaded.skps, employees: people.employeesById, leaders, outsideParents: loaded.outsideParents });
    return { cascade, units: people.units, skpIds: loaded.skps.filter((s) => s.status !== 'closed').map((s) => s.id) };
  }, [loaded, people, year]);
}
