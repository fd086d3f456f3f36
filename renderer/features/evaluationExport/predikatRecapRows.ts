import type { DistributionBreach, Distribution } from '../../../shared/evaluation/distribution';
import type { OrgPredikat, Predikat, Rating } from '../../../shared/evaluation/tables';
import type { Evaluation, EvaluationStatus } from '../../../shared/evaluation/types';
import type { Unit } from '../../../shared/people';
import type { SkpSnapshot } from '../../../shared/skp/types';
import { localDay } from '../skpRecap/skpRecapRows';

/** One person's evaluation for a period in the predikat recap, as the SKP's snapshot names them. */
export interface PredikatRecapRow {
  unit: string;
  nip: string;
  name: string;
  jabatan: string;
  pangkat: string;
  periodKey: string;
  hasil: Rating | null;
  perilaku: Rating | null;
  predikat: Predikat | null;
  /** `none`: not rated yet (or a draft the reader may not see). */
  status: EvaluationStatus | 'none';
  /** The PC's calendar day it was finalised (YYYY-MM-DD), or null. */
  finalisedAt: string | null;
  /** Finalised although the unit's distribution broke the curve: the official's reason. */
  overrideReason: string;
}

export interface RecapSource {
  skp: { version: number; snapshot: SkpSnapshot };
  evaluation: Pick<Evaluation, 'periodKey' | 'hasil' | 'perilaku' | 'predikat' | 'status' | 'finalisedAt' | 'distributionOverride'> | null;
}

/**
 * One row per monitored SKP the reader may see (from evaluationRows), rated or not, in the order
 * of unit name then person name. `scope`: only the SKPs whose unit (the snapshot's) is in it;
 * null for all.
 */
export function predikatRecapRows(sources: readonly RecapSource[], periodKey: string, scope: ReadonlySet<string> | null = null): PredikatRecapRow[] {
  return sources
    .filter(({ skp }) => scope === null || scope.has(skp.snapshot.employee.unitId ?? ''))
    .sort(
      (a, b) =>
        a.skp.snapshot.employee.unit.localeCompare(b.skp.snapshot.employee.unit, 'id') ||
        a.skp.snapshot.employee.name.localeCompare(b.skp.snapshot.employee.name, 'id') ||
        a.skp.version - b.skp.version,
    )
    .map(({ skp, evaluation }) => {
      const e = skp.snapshot.employee;
      return {
        unit: e.unit,
        nip: e.nip,
        name: e.name,
        jabatan: e.jabatan,
        pangkat: e.pangkat,
        periodKey,
        hasil: evaluation?.hasil ?? null,
        perilaku: evaluation?.perilaku ?? null,
        predikat: evaluation?.predikat ?? null,
        status: evaluation?.status ?? 'none',
        finalisedAt: localDay(evaluation?.finalisedAt ?? null),
        overrideReason: evaluation?.distributionOverride?.reason ?? '',
      };
    });
}

/** One result unit's distribution for the office export: the unit's name (null: no result recorded at or above). */
export interface DistributionRow {
  unit: string | null;
  org: OrgPredikat | null;
  distribution: Distribution;
  breaches: DistributionBreach[];
}

/** officeDistribution's units by name (the evaluations under no result last), named from the unit list. */
export function distributionRows(units: readonly Pick<Unit, 'id' | 'name'>[], distributions: readonly { unitId: string | null; org: OrgPredikat | null; distribution: Distribution; breaches: DistributionBreach[] }[]): DistributionRow[] {
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  return distributions
    .map((d) => ({ unit: d.unitId === null ? null : (nameOf.get(d.unitId) ?? d.unitId), org: d.org, distribution: d.distribution, breaches: d.breaches }))
    .sort((a, b) => (a.unit === null ? 1 : 0) - (b.unit === null ? 1 : 0) || (a.unit ?? '').localeCompare(b.unit ?? '', 'id'));
}
