import i18next, { type TFunction } from 'i18next';
import type { ExportWorkbookRequest } from '../../../shared/spreadsheet';
import { notifyError } from '../../components/notify';
import { saveWorkbook } from '../../components/saveWorkbook';
import { visibleEmployees } from '../../db/people/employees';
import { listPositions, listUnits } from '../../db/people/organisation';
import type { Repo, Session } from '../../db/repository';
import { visibleSkps } from '../../db/skp/skps';
import { skpRecapRows, type SkpRecapRow } from './skpRecapRows';

const columns = [
  { key: 'nip', width: 22, type: 'text' },
  { key: 'name', width: 32, type: 'text' },
  { key: 'jabatan', width: 34, type: 'text' },
  { key: 'unit', width: 30, type: 'text' },
  { key: 'status', width: 16, type: 'text' },
  { key: 'version', width: 8, type: 'number' },
  { key: 'rhkUtama', width: 11, type: 'number' },
  { key: 'rhkTambahan', width: 13, type: 'number' },
  { key: 'iki', width: 11, type: 'number' },
  { key: 'submittedAt', width: 16, type: 'date' },
  { key: 'approvedAt', width: 16, type: 'date' },
] as const satisfies readonly { key: keyof SkpRecapRow; width: number; type: 'text' | 'number' | 'date' }[];

/** The recap rows as a styled sheet: headers and statuses in `t`'s language, NIP as text, dates as dates. */
export function skpRecapWorkbook(t: TFunction<['skpImport', 'skp']>, rows: readonly SkpRecapRow[], { unitName, year, day }: { unitName: string; year: number; day: string }): ExportWorkbookRequest {
  return {
    suggestedName: `${t('recap.fileName', { year })}-${day}.xlsx`,
    sheets: [
      {
        name: t('recap.sheet').slice(0, 31),
        title: `${t('recap.title', { unit: unitName, year })} — ${day}`,
        columns: columns.map((c) => ({ ...c, header: t(`recap.columns.${c.key}`) })),
        rows: rows.map((r) => ({
          nip: r.nip,
          name: r.name,
          jabatan: r.jabatan || null,
          unit: r.unit || null,
          status: r.status === 'none' ? t('recap.noSkp') : t(`skp:status.${r.status}`),
          version: r.version,
          rhkUtama: r.rhkUtama,
          rhkTambahan: r.rhkTambahan,
          iki: r.iki,
          submittedAt: r.submittedAt,
          approvedAt: r.approvedAt,
        })),
      },
    ],
  };
}

/**
 * Saves the SKP recap of a unit (with its sub-units; `unitId: null` for the whole office) for a
 * year as a styled .xlsx through the host's save dialog, in `language` (default: the one on
 * screen), and tells the person how it went. Reads are scoped as everywhere: a Pejabat Penilai
 * gets the people they appraise. Never throws: a failure is shown as a notification.
 */
export async function exportSkpRecap(repo: Repo, session: Session, { year, unitId, language = i18next.language }: { year: number; unitId: string | null; language?: string }): Promise<void> {
  const t = i18next.getFixedT(language, ['skpImport', 'skp']) as TFunction<['skpImport', 'skp']>;
  let request: ExportWorkbookRequest;
  try {
    const [{ employees }, units, positions, skps] = await Promise.all([visibleEmployees(repo, session), listUnits(repo, session), listPositions(repo, session), visibleSkps(repo, session, year)]);
    const rows = skpRecapRows({ employees, positions, units, skps, year, unitId });
    const unitName = units.find((u) => (unitId ? u.id === unitId : u.parentId === null))?.name ?? '';
    const now = repo.clock.now();
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    request = skpRecapWorkbook(t, rows, { unitName, year, day });
  } catch (error) {
    // saveWorkbook reports its own failures; this reports failures to read the data.
    notifyError(error);
    return;
  }
  await saveWorkbook(request, (fileName) => t('recap.exported', { fileName }));
}
