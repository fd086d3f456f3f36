import i18next, { type TFunction } from 'i18next';
import { localIsoDate } from '../../../shared/monitoring/days';
import type { ExportWorkbookRequest } from '../../../shared/spreadsheet';
import { notifyError } from '../../components/notify';
import { saveWorkbook } from '../../components/saveWorkbook';
import { visibleEmployees } from '../../db/people/employees';
import { listUnits } from '../../db/people/organisation';
import { getMonitoringYear } from '../../db/monitoring/monitoringYears';
import type { Repo, Session } from '../../db/repository';
import { visibleSkps } from '../../db/skp/skps';
import { capaianRecapRows, type CapaianRecapRow } from './capaianRecapRows';

const columns = [
  { key: 'nip', width: 22, type: 'text' },
  { key: 'name', width: 30, type: 'text' },
  { key: 'unit', width: 28, type: 'text' },
  { key: 'rhk', width: 44, type: 'text' },
  { key: 'iki', width: 44, type: 'text' },
  { key: 'target', width: 10, type: 'number' },
  { key: 'targetUnit', width: 12, type: 'text' },
  { key: 'realisation', width: 14, type: 'number' },
  { key: 'capaian', width: 16, type: 'number' },
  { key: 'toDate', width: 16, type: 'number' },
  { key: 'status', width: 14, type: 'text' },
  { key: 'flags', width: 30, type: 'text' },
] as const satisfies readonly { key: string; width: number; type: 'text' | 'number' | 'date' }[];

/**
 * The recap as a styled sheet (title, bold frozen header, widths, autofilter and formula
 * neutralising come from the shared export): NIP as text, capaian as percent numbers (75 = 75 %)
 * capped at the year's cap and empty when missing.
 */
export function capaianRecapWorkbook(t: TFunction<['realisationImport', 'monitoring']>, rows: readonly CapaianRecapRow[], { unitName, periodLabel, periodKey, day }: { unitName: string; periodLabel: string; periodKey: string; day: string }): ExportWorkbookRequest {
  return {
    suggestedName: `${t('recap.fileName', { period: periodKey })}-${day}.xlsx`,
    sheets: [
      {
        name: t('recap.sheet').slice(0, 31),
        title: `${t('recap.title', { unit: unitName, period: periodLabel })} — ${day}`.slice(0, 250),
        columns: columns.map((c) => ({ ...c, header: t(`recap.columns.${c.key}`) })),
        rows: rows.map((r) => ({
          nip: r.nip,
          name: r.name,
          unit: r.unit || null,
          rhk: r.rhk,
          iki: r.iki,
          target: r.target,
          targetUnit: r.targetUnit || null,
          realisation: r.realisation,
          capaian: r.capaian,
          toDate: r.toDate,
          status: r.status ? t(`monitoring:status.${r.status}`) : null,
          flags: [...(r.flags.length > 0 ? [t('recap.flagged')] : []), ...(r.corrected ? [t('recap.corrected')] : [])].join('; ') || null,
        })),
      },
    ],
  };
}

/**
 * Saves the capaian recap of a unit (with its sub-units; null for the whole office) for a period
 * as .xlsx. Reads are scoped as everywhere (visibleSkps): a Pejabat Penilai gets the people
 * they appraise. Never throws: a failure is shown as a notification.
 */
export async function exportCapaianRecap(
  repo: Repo,
  session: Session,
  { year, periodKey, periodLabel, unitId, language = i18next.language }: { year: number; periodKey: string; periodLabel: string; unitId: string | null; language?: string },
): Promise<void> {
  const t = i18next.getFixedT(language, ['realisationImport', 'monitoring']) as TFunction<['realisationImport', 'monitoring']>;
  let request: ExportWorkbookRequest;
  try {
    const [{ employees }, units, skps, monitoringYear] = await Promise.all([visibleEmployees(repo, session), listUnits(repo, session), visibleSkps(repo, session, year), getMonitoringYear(repo, session, year)]);
    const live = skps.filter((s) => s.status === 'approved' || s.status === 'closed');
    const realisations = live.length === 0 ? [] : await repo.db.realisations.where('skpId').anyOf(live.map((s) => s.id)).toArray();
    const rows = capaianRecapRows({ skps: live, employees, units, realisations, rules: monitoringYear.rules, periodKey, unitId });
    const unitName = units.find((u) => (unitId ? u.id === unitId : u.parentId === null))?.name ?? '';
    request = capaianRecapWorkbook(t, rows, { unitName, periodLabel, periodKey, day: localIsoDate(repo.clock.now()) });
  } catch (error) {
    notifyError(error);
    return;
  }
  await saveWorkbook(request, (fileName) => t('recap.exported', { fileName }));
}
