import { Alert, Anchor, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppErrorData } from '../../../shared/errors';
import { buildRosterPlan, type RosterImportPlan } from '../../../shared/roster/plan';
import type { WorkbookRows } from '../../../shared/spreadsheet';
import { useRepo } from '../../app/RepoContext';
import { ErrorText, toErrorData } from '../../components/ErrorText';
import { PageHeader } from '../../components/PageHeader';
import { saveWorkbook } from '../../components/saveWorkbook';
import { notifyError } from '../../components/notify';
import { visibleEmployees } from '../../db/people/employees';
import { listPositions, listUnits } from '../../db/people/organisation';
import { applyRosterPlan, type ImportResult } from '../../db/people/rosterImport';
import { newId } from '../../db/repository';
import { api } from '../../platform/api';
import { useSignedInSession } from '../auth/session';
import { FileDrop } from './FileDrop';
import { ImportPreview } from './ImportPreview';
import { rosterTemplate } from './rosterTemplate';

type Step =
  | { name: 'choose' }
  | { name: 'reading'; fileName: string; phase: 'read' | 'check' }
  | { name: 'preview'; workbook: WorkbookRows; plan: RosterImportPlan }
  | { name: 'writing'; plan: RosterImportPlan; written: number; total: number }
  | { name: 'done'; result: ImportResult };

/** Choose a file, see exactly what would change, then write it in one transaction. */
export function RosterImportPage() {
  const { t, i18n } = useTranslation(['people', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<AppErrorData | null>(null);
  const [createMissing, setCreateMissing] = useState(true);
  const [allOrNothing, setAllOrNothing] = useState(false);

  const plan = async (workbook: WorkbookRows, create: boolean): Promise<RosterImportPlan> => {
    const [{ employees }, units, positions] = await Promise.all([visibleEmployees(repo, session), listUnits(repo, session), listPositions(repo, session)]);
    const root = units.find((u) => u.parentId === null);
    return buildRosterPlan(workbook, { employees, units, positions }, {
      officeId: session.officeId,
      rootUnitId: root?.id ?? '',
      createMissing: create,
      overrideReason: t('import.overrideReason', { fileName: workbook.fileName }),
      newId,
    });
  };

  const read = async (file: File) => {
    setError(null);
    setStep({ name: 'reading', fileName: file.name, phase: 'read' });
    try {
      const workbook = await api.readSpreadsheet({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      setStep({ name: 'reading', fileName: file.name, phase: 'check' });
      await new Promise((resolve) => setTimeout(resolve, 0)); // let "checking" show before the work
      setStep({ name: 'preview', workbook, plan: await plan(workbook, createMissing) });
    } catch (e) {
      setError(toErrorData(e));
      setStep({ name: 'choose' });
    }
  };

  // Creating missing units/positions or not changes which rows are valid: plan again.
  useEffect(() => {
    if (step.name !== 'preview') return;
    let current = true;
    void plan(step.workbook, createMissing).then((next) => current && setStep({ ...step, plan: next }), notifyError);
    return () => {
      current = false;
    };
    // Only the choice triggers a new plan; the step it starts from is the one on screen.
  }, [createMissing]);

  const write = async (ready: RosterImportPlan) => {
    setError(null);
    setStep({ name: 'writing', plan: ready, written: 0, total: 1 });
    try {
      const result = await applyRosterPlan(repo, session, ready, { allOrNothing }, ({ written, total }) => setStep({ name: 'writing', plan: ready, written, total }));
      setStep({ name: 'done', result });
    } catch (e) {
      setError(toErrorData(e));
      setStep({ name: 'choose' });
    }
  };

  const changes = step.name === 'preview' ? step.plan.counts.new + step.plan.counts.changed : 0;
  const blocked = step.name === 'preview' && (step.plan.fileIssues.length > 0 || (allOrNothing && step.plan.counts.invalid > 0));

  return (
    <Stack>
      <PageHeader
        title={t('import.title')}
        intro={t('import.intro')}
        actions={
          <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} onClick={() => void saveWorkbook(rosterTemplate(t, i18n.language), (fileName) => t('employees.exported', { fileName }))}>
            {t('import.template')}
          </Button>
        }
      />
      {error && (
        <Alert color="red" role="alert" variant="light">
          <ErrorText error={error} />
        </Alert>
      )}
      {step.name === 'choose' && <FileDrop onFile={(file) => void read(file)} />}
      {step.name === 'reading' && (
        <Stack gap={4}>
          <Text role="status">{step.phase === 'read' ? t('import.reading', { fileName: step.fileName }) : t('import.checking')}</Text>
          <Progress value={step.phase === 'read' ? 40 : 80} animated aria-label={t('import.reading', { fileName: step.fileName })} />
        </Stack>
      )}
      {step.name === 'preview' && (
        <>
          <Title order={2} size="h3">
            {t('import.preview', { fileName: step.plan.fileName })}
          </Title>
          <ImportPreview plan={step.plan} createMissing={createMissing} onCreateMissing={setCreateMissing} allOrNothing={allOrNothing} onAllOrNothing={setAllOrNothing} />
          {changes === 0 && step.plan.fileIssues.length === 0 && <Text role="status">{t('import.nothingToDo')}</Text>}
          <Group>
            <Button onClick={() => void write(step.plan)} disabled={blocked || changes + step.plan.unitsToCreate.length + step.plan.positionsToCreate.length === 0}>
              {t('import.confirm', { count: changes })}
            </Button>
            <Button variant="default" onClick={() => setStep({ name: 'choose' })}>
              {t('import.cancel')}
            </Button>
          </Group>
        </>
      )}
      {step.name === 'writing' && (
        <Stack gap={4}>
          <Text role="status">{t('import.writing', { written: step.written, total: step.total })}</Text>
          <Progress value={(100 * step.written) / Math.max(step.total, 1)} aria-label={t('import.writing', { written: step.written, total: step.total })} />
        </Stack>
      )}
      {step.name === 'done' && (
        <Stack>
          <Alert color="green" variant="light" role="status">
            {t('import.done', { ...step.result })}
          </Alert>
          <Group>
            <Button onClick={() => setStep({ name: 'choose' })}>{t('import.another')}</Button>
            <Anchor component={Link} to="/employees">
              {t('nav.employees' as never, { ns: 'common' })}
            </Anchor>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
