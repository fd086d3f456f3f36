import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { periodsOf, type MonitoringPeriod } from '../../../shared/monitoring/periods';
import { capaianByNode, type RhkCapaian } from '../../../shared/monitoring/rhkCapaian';
import type { MonitoringRules } from '../../../shared/monitoring/rules';
import type { Cascade } from '../../../shared/skp/cascade';
import { useRepo } from '../../app/RepoContext';
import { cascadeCapaian } from '../../db/monitoring/cascadeCapaian';
import { getMonitoringYear } from '../../db/monitoring/monitoringYears';
import { useSignedInSession } from '../auth/session';

export interface CascadeColours {
  /** The year's periods (its rhythm), for the picker. */
  periods: MonitoringPeriod[];
  rules: MonitoringRules | undefined;
  /** The period the tree is coloured by, when it is one of the year's; null otherwise. */
  periodKey: string | null;
  /** Capaian by tree key (`r:`, `i:`), computed once per period (or data) change; undefined while it loads or when off. */
  byNode: ReadonlyMap<string, RhkCapaian> | undefined;
}

/**
 * The colours of the pohon kinerja for one period: the year's rules, that period's realisations
 * for the SKPs in the tree (the repository keeps to what this person may read), and the IKU
 * computed from the whole tree, not a unit's part of it.
 */
export function useCascadeCapaian(year: number, chosen: string | null, cascade: Cascade | undefined, skpIds: readonly string[] | undefined): CascadeColours {
  const repo = useRepo();
  const session = useSignedInSession();
  const monitoringYear = useLiveQuery(() => getMonitoringYear(repo, session, year), [repo, session, year]);
  const periods = useMemo(() => (monitoringYear ? periodsOf(year, monitoringYear.rules.rhythm) : []), [monitoringYear, year]);
  const periodKey = chosen !== null && periods.some((p) => p.key === chosen) ? chosen : null;
  const loaded = useLiveQuery(async () => (periodKey && skpIds ? cascadeCapaian(repo, session, periodKey, skpIds) : null), [repo, session, periodKey, skpIds]);
  const byNode = useMemo(() => {
    if (!loaded || !cascade || loaded.periodKey !== periodKey) return undefined;
    return capaianByNode(cascade.goals, loaded.byRhk, loaded.rules);
  }, [loaded, cascade, periodKey]);
  return { periods, rules: monitoringYear?.rules, periodKey, byNode };
}
