import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { defaultLanguage, isLanguage } from '../../../shared/languages';
import { localIsoDate } from '../../../shared/monitoring/days';
import { realisationTemplateColumns } from '../../../shared/monitoring/import/headers';
import { buildRealisationImportPlan, type RealisationImportPlan } from '../../../shared/monitoring/import/plan';
import type { ExportWorkbookRequest, WorkbookRows } from '../../../shared/spreadsheet';
import { useRepo } from '../../app/RepoContext';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { applyRealisationImportPlan, realisationImportBasis } from '../../db/monitoring/realisationImport';
import { useSignedInSession } from '../auth/session';
import { FileDrop } from '../import/FileDrop';
import { DoneStep, PreviewStep, ReadingProgress } from '../import/ImportSteps';
import { TemplateButton } from '../import/TemplateButton';
import { useImportFlow } from '../import/useImportFlow';
import { YearSelect, yearFromSearch } from '../skp/YearSelect';
import { RealisationImportPreview } from './RealisationImportPreview';

/** An empty realisations sheet with the headers in the active language (the importer reads both). */
function template(t: TFunction<'realisationImport'>, language: string, year: number): ExportWorkbookRequest {
  const lang = isLanguage(language) ? language : defaultLanguage;
  return { suggestedName: `${t('templateFileName', { year })}.xlsx`, sheets: [{ name: t('templateSheet'), title: t('templateTitle', { year }), columns: realisationTemplateColumns(lang), rows: [] }] };
}

/** HR imports realisations from a sheet: read in the worker, preview, then one write. */
export function RealisationImportPage() {
  const { t, i18n } = useTranslation(['realisationImport', 'people']);
  const repo = useRepo();
  const session = useSignedInSession();
  const [search, setSearch] = useSearchParams();
  const year = yearFromSearch(search);

  // The plan keeps the day it was made on: the preview says which periods that date allows.
  const plan = async (workbook: WorkbookRows): Promise<RealisationImportPlan & { today: string }> => {
    const existing = await realisationImportBasis(repo, session, year);
    const convention = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
    const today = localIsoDate(repo.clock.now());
    return { ...buildRealisationImportPlan(workbook, existing, { officeId: session.officeId, year, convention, today, mayOverrideCorrection: false }), today };
  };
  const flow = useImportFlow({
    plan,
    apply: (ready, options) => applyRealisationImportPlan(repo, session, ready, options),
    replanOn: year,
    isCurrent: (planned) => planned.year === year,
    announceCheck: false,
  });
  const { step } = flow;
  const toSave = step.name === 'preview' ? step.plan.counts.new + step.plan.counts.changed : 0;

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <TemplateButton workbook={() => template(t, i18n.language, year)}>{t('template')}</TemplateButton>
        }
      />
      <Group align="flex-end">
        <YearSelect value={year} onChange={(y) => setSearch({ year: String(y) })} />
      </Group>
      <FormAlert error={flow.error} />
      {step.name === 'choose' && <FileDrop onFile={flow.read} hint={t('dropHint')} />}
      {step.name === 'reading' && <ReadingProgress fileName={step.fileName} />}
      {step.name === 'preview' && (
        <PreviewStep
          title={t('preview', { fileName: step.plan.fileName })}
          nothingToDo={toSave === 0 && step.plan.fileIssues.length === 0 && t('nothingToDo')}
          confirm={t('confirm', { count: toSave })}
          disabled={flow.blocked || toSave === 0}
          onConfirm={() => flow.write(step.plan)}
          onCancel={flow.restart}
        >
          <RealisationImportPreview plan={step.plan} today={step.plan.today} allOrNothing={flow.allOrNothing} onAllOrNothing={flow.setAllOrNothing} />
        </PreviewStep>
      )}
      {step.name === 'writing' && <Text role="status">{t('writing')}</Text>}
      {step.name === 'done' && (
        <DoneStep message={t('done', { count: step.result.written })} onAnother={flow.restart}>
          <Anchor component={Link} to={`/monitoring?year=${year}`}>
            {t('toMonitoring')}
          </Anchor>
        </DoneStep>
      )}
    </Stack>
  );
}
