import { AppError } from '../../../shared/errors';
import { periodsOf } from '../../../shared/monitoring/periods';
import { officeView, type OfficeView } from '../../../shared/monitoring/officeView';
import { year as yearSchema } from '../../../shared/skp/schemas';
import { parseOrThrow } from '../../../shared/validation';
import { requireUser, type Repo, type Session } from '../repository';
import { fromRecord } from './aggregates';
import { monitoringYearOf } from './monitoringYears';

/**
 * The Office dashboard for HR and the head of office: read from the year's aggregates (one record
 * per unit, IKU and period), the units and the goals — a few thousand rows in a 15,000-person
 * office — and computed by shared/monitoring/officeView.ts.
 */
export async function officeDashboard(repo: Repo, session: Session, year: number, periodKey: string): Promise<OfficeView> {
  await requireUser(repo.db, session, 'skp.readAll');
  parseOrThrow(yearSchema, year);
  const { db } = repo;
  const { rules } = await monitoringYearOf(db, session.officeId, year);
  const periodKeys = periodsOf(year, rules.rhythm).map((p) => p.key);
  if (!periodKeys.includes(periodKey)) throw new AppError('monitoring.rhythmMixed', { key: periodKey, rhythm: rules.rhythm });
  const [aggregates, units, goals] = await Promise.all([
    db.aggregates.where('[officeId+year]').equals([session.officeId, year]).toArray(),
    db.units.where('officeId').equals(session.officeId).toArray(),
    db.goals.where('year').equals(year).toArray(),
  ]);
  return officeView(
    aggregates.map(fromRecord),
    units,
    goals.filter((g) => g.officeId === session.officeId),
    periodKeys,
    periodKey,
  );
}
