import { Alert, Anchor, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AppErrorData } from '../../../shared/errors';
import { defaultLanguage, isLanguage } from '../../../shared/languages';
import { localIsoDate } from '../../../shared/monitoring/days';
import { realisationTemplateColumns } from '../../../shared/monitoring/import/headers';
import { buildRealisationImportPlan, type RealisationImportPlan } from '../../../shared/monitoring/import/plan';
import type { ExportWorkbookRequest, WorkbookRows } from '../../../shared/spreadsheet';
import { useRepo } from '../../app/RepoContext';
import { ErrorText, toErrorData } from '../../components/ErrorText';
import { notifyError } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { saveWorkbook } from '../../components/saveWorkbook';
import { applyRealisationImportPlan, realisationImportBasis } from '../../db/monitoring/realisationImport';
import { api } from '../../platform/api';
import { useSignedInSession } from '../auth/session';
import { FileDrop } from '../import/FileDrop';
import { YearSelect, yearFromSearch } from '../skp/YearSelect';
import { RealisationImportPreview } from './RealisationImportPreview';

type Step =
  | { name: 'choose' }
  | { name: 'reading'; fileName: string }
  | { name: 'preview'; workbook: WorkbookRows; plan: RealisationImportPlan; today: string }
  | { name: 'writing' }
  | { name: 'done'; written: number };

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
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<AppErrorData | null>(null);
  const [allOrNothing, setAllOrNothing] = useState(false);

  const plan = async (workbook: WorkbookRows, forYear: number) => {
    const existing = await realisationImportBasis(repo, session, forYear);
    const convention = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
    const today = localIsoDate(repo.clock.now());
    return { today, plan: buildRealisationImportPlan(workbook, existing, { officeId: session.officeId, year: forYear, convention, today, mayOverrideCorrection: false }) };
  };

  const read = async (file: File) => {
    setError(null);
    setStep({ name: 'reading', fileName: file.name });
    try {
      const workbook = await api.readSpreadsheet({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      setStep({ name: 'preview', workbook, ...(await plan(workbook, year)) });
    } catch (e) {
      setError(toErrorData(e));
      setStep({ name: 'choose' });
    }
  };

  useEffect(() => {
    if (step.name !== 'preview' || step.plan.year === year) return;
    let current = true;
    void plan(step.workbook, year).then((next) => current && setStep({ ...step, ...next }), notifyError);
    return () => {
      current = false;
    };
    // Only the year triggers a new plan.
  }, [year]);

  const write = async (ready: RealisationImportPlan) => {
    setError(null);
    setStep({ name: 'writing' });
    try {
      const { written } = await applyRealisationImportPlan(repo, session, ready, { allOrNothing });
      setStep({ name: 'done', written });
    } catch (e) {
      setError(toErrorData(e));
      setStep({ name: 'choose' });
    }
  };

  const toSave = step.name === 'preview' ? step.plan.counts.new + step.plan.counts.changed : 0;
  const blocked = step.name === 'preview' && (step.plan.fileIssues.length > 0 || (allOrNothing && step.plan.counts.invalid > 0));

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} onClick={() => void saveWorkbook(template(t, i18n.language, year), (fileName) => t('people:employees.exported', { fileName }))}>
            {t('template')}
          </Button>
        }
      />
      <Group align="flex-end">
        <YearSelect value={year} onChange={(y) => setSearch({ year: String(y) })} />
      </Group>
      {error && (
        <Alert color="red" role="alert" variant="light">
          <ErrorText error={error} />
        </Alert>
      )}
      {step.name === 'choose' && <FileDrop onFile={(file) => void read(file)} hint={t('dropHint')} />}
      {step.name === 'reading' && (
        <Stack gap={4}>
          <Text role="status">{t('people:import.reading', { fileName: step.fileName })}</Text>
          <Progress value={50} animated aria-label={t('people:import.reading', { fileName: step.fileName })} />
        </Stack>
      )}
      {step.name === 'preview' && (
        <>
          <Title order={2} size="h3">
            {t('preview', { fileName: step.plan.fileName })}
          </Title>
          <RealisationImportPreview plan={step.plan} today={step.today} allOrNothing={allOrNothing} onAllOrNothing={setAllOrNothing} />
          {toSave === 0 && step.plan.fileIssues.length === 0 && <Text role="status">{t('nothingToDo')}</Text>}
          <Group>
            <Button onClick={() => void write(step.plan)} disabled={blocked || toSave === 0}>
              {t('confirm', { count: toSave })}
            </Button>
            <Button variant="default" onClick={() => setStep({ name: 'choose' })}>
              {t('people:import.cancel')}
            </Button>
          </Group>
        </>
      )}
      {step.name === 'writing' && <Text role="status">{t('writing')}</Text>}
      {step.name === 'done' && (
        <Stack>
          <Alert color="green" variant="light" role="status">
            {t('done', { count: step.written })}
          </Alert>
          <Group>
            <Button onClick={() => setStep({ name: 'choose' })}>{t('people:import.another')}</Button>
            <Anchor component={Link} to={`/monitoring?year=${year}`}>
              {t('toMonitoring')}
            </Anchor>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
