import { parsePeriodKey } from '../../../shared/monitoring/periods';

/** Periods in time order (start date), so "earlier" means earlier whatever the rhythm. */
export function compareKeys(a: string, b: string): number {
  const pa = parsePeriodKey(a);
  const pb = parsePeriodKey(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return pa.start < pb.start ? -1 : pa.start > pb.start ? 1 : 0;
}
