import i18next, { type TFunction } from 'i18next';
import { unitAndBelow } from '../../../shared/people';
import { nationalRecordRows } from '../../../shared/evaluation/nationalRecord';
import { defaultLanguage, intlLocale, isLanguage } from '../../../shared/languages';
import { localIsoDate } from '../../../shared/monitoring/days';
import { notifyError, notifySuccess } from '../../components/notify';
import { saveWorkbook } from '../../components/saveWorkbook';
import { evaluationRows, officeDistribution } from '../../db/evaluation/evaluations';
import { getOffice } from '../../db/office';
import { listUnits } from '../../db/people/organisation';
import type { Repo, Session } from '../../db/repository';
import { api } from '../../platform/api';
import { distributionWorkbook, nationalRecordCsv, nationalRecordCsvName, nationalRecordWorkbook, predikatRecapWorkbook, type ExportContext } from './evaluationWorkbooks';
import { distributionRows, predikatRecapRows } from './predikatRecapRows';

export type EvaluationExportKind = 'recap' | 'nationalXlsx' | 'nationalCsv' | 'distribution';

export interface EvaluationExportOptions {
  year: number;
  periodKey: string;
  periodLabel: string;
  /** The recap of one unit and its sub-units; null for everyone the reader may see. */
  unitId?: string | null;
  language?: string;
}

/**
 * Saves one of the evaluation exports for a period through the host's save dialog (a download
 * in the web host), in `language` (default: the one on screen). Reads are scoped by the
 * repository as everywhere: the recap and the national record hold what the reader may see (an
 * appraiser their subordinates, HR and the head the office); the office distribution is for HR
 * and the head only (officeDistribution refuses anyone else). Never throws: a failure is shown.
 */
export async function exportEvaluation(repo: Repo, session: Session, kind: EvaluationExportKind, { year, periodKey, periodLabel, unitId = null, language = i18next.language }: EvaluationExportOptions): Promise<void> {
  const lang = isLanguage(language) ? language : defaultLanguage;
  const t: TFunction<['evaluationExport', 'evaluation']> = i18next.getFixedT(lang, ['evaluationExport', 'evaluation']);
  try {
    const [office, units] = await Promise.all([getOffice(repo.db, session.officeId), listUnits(repo, session)]);
    const ctx: ExportContext = { office: office?.name ?? '', periodKey, periodLabel, day: localIsoDate(repo.clock.now()) };
    if (kind === 'distribution') {
      const rows = distributionRows(units, await officeDistribution(repo, session, periodKey));
      return await saveWorkbook(distributionWorkbook(t, lang, intlLocale[lang], rows, ctx), (fileName) => t('exported', { fileName }));
    }
    const sources = await evaluationRows(repo, session, year, periodKey);
    if (kind === 'recap') {
      const rows = predikatRecapRows(sources, periodKey, unitId ? unitAndBelow(units, unitId) : null);
      const unit = unitId ? (units.find((u) => u.id === unitId)?.name ?? null) : null;
      return await saveWorkbook(predikatRecapWorkbook(t, lang, rows, { ...ctx, unit }), (fileName) => t('exported', { fileName }));
    }
    const rows = nationalRecordRows(sources);
    if (kind === 'nationalXlsx') return await saveWorkbook(nationalRecordWorkbook(t, rows, ctx), (fileName) => t('exported', { fileName }));
    const result = await api.saveFile({ suggestedName: nationalRecordCsvName(t, ctx), mimeType: 'text/csv', bytes: nationalRecordCsv(rows) });
    if (result.saved) notifySuccess(t('exported', { fileName: result.fileName ?? '' }));
  } catch (error) {
    notifyError(error);
  }
}
