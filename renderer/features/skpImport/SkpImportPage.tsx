import { Alert, Anchor, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AppErrorData } from '../../../shared/errors';
import { defaultLanguage, isLanguage } from '../../../shared/languages';
import { buildSkpImportPlan, type SkpImportPlan } from '../../../shared/skp/import/plan';
import type { WorkbookRows } from '../../../shared/spreadsheet';
import { useRepo } from '../../app/RepoContext';
import { ErrorText, toErrorData } from '../../components/ErrorText';
import { notifyError } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { saveWorkbook } from '../../components/saveWorkbook';
import { newId } from '../../db/repository';
import { applySkpImportPlan, skpImportBasis, type SkpImportResult } from '../../db/skp/skpImport';
import { api } from '../../platform/api';
import { useSignedInSession } from '../auth/session';
import { FileDrop } from '../import/FileDrop';
import { YearSelect, yearFromSearch } from '../skp/YearSelect';
import { exportSkpRecap } from '../skpRecap/exportSkpRecap';
import { SkpImportPreview } from './SkpImportPreview';
import { skpTargetsTemplate } from './skpTargetsTemplate';

type Step =
  | { name: 'choose' }
  | { name: 'reading'; fileName: string; phase: 'read' | 'check' }
  | { name: 'preview'; workbook: WorkbookRows; plan: SkpImportPlan }
  | { name: 'writing'; written: number; total: number }
  | { name: 'done'; result: SkpImportResult };

/** HR's targets import: choose a file, see per person what would change, then write it in one transaction. */
export function SkpImportPage() {
  const { t, i18n } = useTranslation(['skpImport', 'people']);
  const repo = useRepo();
  const session = useSignedInSession();
  const [search, setSearch] = useSearchParams();
  const year = yearFromSearch(search);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<AppErrorData | null>(null);
  const [allOrNothing, setAllOrNothing] = useState(false);

  const plan = async (workbook: WorkbookRows, forYear: number): Promise<SkpImportPlan> => {
    const existing = await skpImportBasis(repo, session, forYear);
    const convention = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
    return buildSkpImportPlan(workbook, existing, { officeId: session.officeId, year: forYear, convention, newId });
  };

  const read = async (file: File) => {
    setError(null);
    setStep({ name: 'reading', fileName: file.name, phase: 'read' });
    try {
      const workbook = await api.readSpreadsheet({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      setStep({ name: 'reading', fileName: file.name, phase: 'check' });
      await new Promise((resolve) => setTimeout(resolve, 0)); // let "checking" show before the work
      setStep({ name: 'preview', workbook, plan: await plan(workbook, year) });
    } catch (e) {
      setError(toErrorData(e));
      setStep({ name: 'choose' });
    }
  };

  // Another year means other SKPs to compare with: plan the same file again.
  useEffect(() => {
    if (step.name !== 'preview' || step.plan.year === year) return;
    let current = true;
    void plan(step.workbook, year).then((next) => current && setStep({ ...step, plan: next }), notifyError);
    return () => {
      current = false;
    };
    // Only the year triggers a new plan; the step it starts from is the one on screen.
  }, [year]);

  const write = async (ready: SkpImportPlan) => {
    setError(null);
    setStep({ name: 'writing', written: 0, total: 1 });
    try {
      const result = await applySkpImportPlan(repo, session, ready, { allOrNothing }, ({ written, total }) => setStep({ name: 'writing', written, total }));
      setStep({ name: 'done', result });
    } catch (e) {
      setError(toErrorData(e));
      setStep({ name: 'choose' });
    }
  };

  const toSave = step.name === 'preview' ? step.plan.counts.newSkp + step.plan.counts.rhkAdded : 0;
  const blocked = step.name === 'preview' && (step.plan.fileIssues.length > 0 || (allOrNothing && step.plan.counts.invalid > 0));
  const template = () => void saveWorkbook(skpTargetsTemplate(t, i18n.language, year), (fileName) => t('people:employees.exported', { fileName }));

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} onClick={template}>
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
          <Text role="status">{step.phase === 'read' ? t('people:import.reading', { fileName: step.fileName }) : t('people:import.checking')}</Text>
          <Progress value={step.phase === 'read' ? 40 : 80} animated aria-label={t('people:import.reading', { fileName: step.fileName })} />
        </Stack>
      )}
      {step.name === 'preview' && (
        <>
          <Title order={2} size="h3">
            {t('preview', { fileName: step.plan.fileName })}
          </Title>
          <SkpImportPreview plan={step.plan} allOrNothing={allOrNothing} onAllOrNothing={setAllOrNothing} />
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
      {step.name === 'writing' && (
        <Stack gap={4}>
          <Text role="status">{t('writing', { written: step.written, total: step.total })}</Text>
          <Progress value={(100 * step.written) / Math.max(step.total, 1)} aria-label={t('writing', { written: step.written, total: step.total })} />
        </Stack>
      )}
      {step.name === 'done' && (
        <Stack>
          <Alert color="green" variant="light" role="status">
            {t('done', { ...step.result })}
          </Alert>
          <Group>
            <Button onClick={() => setStep({ name: 'choose' })}>{t('people:import.another')}</Button>
            {/* Who still has no SKP, or only a draft, after this import. */}
            <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} onClick={() => void exportSkpRecap(repo, session, { year, unitId: null })}>
              {t('recap.button', { year })}
            </Button>
            <Anchor component={Link} to={`/skp?year=${year}`}>
              {t('backToList')}
            </Anchor>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
