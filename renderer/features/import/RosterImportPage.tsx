import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildRosterPlan, type RosterImportPlan } from '../../../shared/roster/plan';
import type { WorkbookRows } from '../../../shared/spreadsheet';
import { useRepo } from '../../app/RepoContext';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { visibleEmployees } from '../../db/people/employees';
import { listPositions, listUnits } from '../../db/people/organisation';
import { applyRosterPlan } from '../../db/people/rosterImport';
import { newId } from '../../db/repository';
import { useSignedInSession } from '../auth/session';
import { FileDrop } from './FileDrop';
import { ImportPreview } from './ImportPreview';
import { DoneStep, PreviewStep, ReadingProgress, WritingProgress } from './ImportSteps';
import { rosterTemplate } from './rosterTemplate';
import { TemplateButton } from './TemplateButton';
import { useImportFlow } from './useImportFlow';

/** Choose a file, see exactly what would change, then write it in one transaction. */
export function RosterImportPage() {
  const { t, i18n } = useTranslation(['people', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const [createMissing, setCreateMissing] = useState(true);

  const plan = async (workbook: WorkbookRows): Promise<RosterImportPlan> => {
    const [{ employees }, units, positions] = await Promise.all([visibleEmployees(repo, session), listUnits(repo, session), listPositions(repo, session)]);
    const root = units.find((u) => u.parentId === null);
    return buildRosterPlan(workbook, { employees, units, positions }, {
      officeId: session.officeId,
      rootUnitId: root?.id ?? '',
      createMissing,
      overrideReason: t('import.overrideReason', { fileName: workbook.fileName }),
      newId,
    });
  };
  // Creating missing units/positions or not changes which rows are valid: plan again.
  const flow = useImportFlow({ plan, apply: (ready, options, onProgress) => applyRosterPlan(repo, session, ready, options, onProgress), replanOn: createMissing });
  const { step } = flow;
  const changes = step.name === 'preview' ? step.plan.counts.new + step.plan.counts.changed : 0;

  return (
    <Stack>
      <PageHeader
        title={t('import.title')}
        intro={t('import.intro')}
        actions={
          <TemplateButton workbook={() => rosterTemplate(t, i18n.language)}>{t('import.template')}</TemplateButton>
        }
      />
      <FormAlert error={flow.error} />
      {step.name === 'choose' && <FileDrop onFile={flow.read} />}
      {step.name === 'reading' && <ReadingProgress fileName={step.fileName} phase={step.phase} />}
      {step.name === 'preview' && (
        <PreviewStep
          title={t('import.preview', { fileName: step.plan.fileName })}
          nothingToDo={changes === 0 && step.plan.fileIssues.length === 0 && t('import.nothingToDo')}
          confirm={t('import.confirm', { count: changes })}
          disabled={flow.blocked || changes + step.plan.unitsToCreate.length + step.plan.positionsToCreate.length === 0}
          onConfirm={() => flow.write(step.plan)}
          onCancel={flow.restart}
        >
          <ImportPreview plan={step.plan} createMissing={createMissing} onCreateMissing={setCreateMissing} allOrNothing={flow.allOrNothing} onAllOrNothing={flow.setAllOrNothing} />
        </PreviewStep>
      )}
      {step.name === 'writing' && <WritingProgress label={t('import.writing', { written: step.written, total: step.total })} written={step.written} total={step.total} />}
      {step.name === 'done' && (
        <DoneStep message={t('import.done', { ...step.result })} onAnother={flow.restart}>
          <Anchor component={Link} to="/employees">
            {t('nav.employees' as never, { ns: 'common' })}
          </Anchor>
        </DoneStep>
      )}
    </Stack>
  );
}
