import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { deriveAppraiserChain, type ChainEntry } from '../../../shared/appraiserChain';
import { useRepo } from '../../app/RepoContext';
import { listPositions, listUnits } from '../../db/people/organisation';
import { visibleEmployees, type PeopleScope } from '../../db/people/employees';
import type { EmployeeRecord, PositionRecord, UnitRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';

export interface PeopleData {
  scope: PeopleScope;
  employees: EmployeeRecord[];
  own: EmployeeRecord | null;
  units: UnitRecord[];
  positions: PositionRecord[];
  employeesById: Map<string, EmployeeRecord>;
  unitsById: Map<string, UnitRecord>;
  positionsById: Map<string, PositionRecord>;
  /** Computed over the people this person may see. */
  chain: Map<string, ChainEntry>;
}

/** The people this person may see, with the office's structure, kept live as records change. */
export function usePeopleData(): PeopleData | undefined {
  const repo = useRepo();
  const session = useSignedInSession();
  const loaded = useLiveQuery(async () => {
    const [visible, units, positions] = await Promise.all([visibleEmployees(repo, session), listUnits(repo, session), listPositions(repo, session)]);
    return { ...visible, units, positions };
  }, [repo, session]);

  return useMemo(() => {
    if (!loaded) return undefined;
    return {
      ...loaded,
      employeesById: new Map(loaded.employees.map((e) => [e.id, e])),
      unitsById: new Map(loaded.units.map((u) => [u.id, u])),
      positionsById: new Map(loaded.positions.map((p) => [p.id, p])),
      chain: deriveAppraiserChain(loaded.employees, loaded.positions, session.officeId),
    };
  }, [loaded, session.officeId]);
}
