import { AppError } from '../../../shared/errors';
import { requirePeriodKey } from '../../../shared/monitoring/periods';
import { officeCapaian, type RhkCapaian } from '../../../shared/monitoring/rhkCapaian';
import type { MonitoringRules } from '../../../shared/monitoring/rules';
import { requireUser, type Repo, type Session } from '../repository';
import { mayRead, planningContext } from '../skp/planningContext';
import { monitoringYearOf } from './monitoringYears';

export interface CascadeCapaian {
  periodKey: string;
  /** The year's rules the colours were computed with (thresholds, cap). */
  rules: MonitoringRules;
  /** Per RHK id, for the RHK of approved SKPs the person may read. */
  byRhk: Map<string, RhkCapaian>;
}

/**
 * The capaian of every RHK in the given SKPs for one period, for colouring the pohon kinerja.
 * Reads that period's realisations through the period index (one quarter of a large office is
 * a fraction of the year's rows), and only for the SKPs this person may read: an RHK of an SKP
 * they may not open gets nothing, whatever the caller passed.
 */
export async function cascadeCapaian(repo: Repo, session: Session, periodKey: string, skpIds: readonly string[]): Promise<CascadeCapaian> {
  const user = await requireUser(repo.db, session);
  const period = requirePeriodKey(periodKey);
  const { rules } = await monitoringYearOf(repo.db, session.officeId, period.year);
  if (rules.rhythm !== period.rhythm) throw new AppError('monitoring.rhythmMixed', { key: periodKey, rhythm: rules.rhythm });
  const ctx = await planningContext(repo.db, user);
  // Only approved SKPs have realisations and are in the tree (a mutasi-closed one has them but is not).
  const skps = (await repo.db.skps.bulkGet([...skpIds])).filter(
    (s): s is NonNullable<typeof s> => !!s && s.officeId === session.officeId && s.year === period.year && s.status === 'approved' && mayRead(ctx, s),
  );
  const readable = new Set(skps.map((s) => s.id));
  const rows = (await repo.db.realisations.where('periodKey').equals(periodKey).toArray()).filter((r) => readable.has(r.skpId));
  return { periodKey, rules, byRhk: officeCapaian(skps, rows, rules, periodKey) };
}
