import { useLiveQuery } from 'dexie-react-hooks';
import { useRepo } from '../../app/RepoContext';
import { visibleSkps } from '../../db/skp/skps';
import type { SkpRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';

/** The year's SKPs this person may read, kept live: a colleague submitting one shows at once. */
export function useYearSkps(year: number): { year: number; skps: SkpRecord[] } | undefined {
  const repo = useRepo();
  const session = useSignedInSession();
  return useLiveQuery(async () => ({ year, skps: await visibleSkps(repo, session, year) }), [repo, session, year]);
}
