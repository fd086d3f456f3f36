import { Anchor, Button, Group, Stack } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { defaultLanguage, isLanguage } from '../../../shared/languages';
import { buildSkpImportPlan, type SkpImportPlan } from '../../../shared/skp/import/plan';
import type { WorkbookRows } from '../../../shared/spreadsheet';
import { useRepo } from '../../app/RepoContext';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { newId } from '../../db/repository';
import { applySkpImportPlan, skpImportBasis } from '../../db/skp/skpImport';
import { useSignedInSession } from '../auth/session';
import { FileDrop } from '../import/FileDrop';
import { DoneStep, PreviewStep, ReadingProgress, WritingProgress } from '../import/ImportSteps';
import { TemplateButton } from '../import/TemplateButton';
import { useImportFlow } from '../import/useImportFlow';
import { YearSelect, yearFromSearch } from '../skp/YearSelect';
import { exportSkpRecap } from '../skpRecap/exportSkpRecap';
import { SkpImportPreview } from './SkpImportPreview';
import { skpTargetsTemplate } from './skpTargetsTemplate';

/** HR's targets import: choose a file, see per person what would change, then write it in one transaction. */
export function SkpImportPage() {
  const { t, i18n } = useTranslation(['skpImport', 'people']);
  const repo = useRepo();
  const session = useSignedInSession();
  const [search, setSearch] = useSearchParams();
  const year = yearFromSearch(search);

  const plan = async (workbook: WorkbookRows): Promise<SkpImportPlan> => {
    const existing = await skpImportBasis(repo, session, year);
    const convention = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
    return buildSkpImportPlan(workbook, existing, { officeId: session.officeId, year, convention, newId });
  };
  // Another year means other SKPs to compare with: plan the same file again.
  const flow = useImportFlow({
    plan,
    apply: (ready, options, onProgress) => applySkpImportPlan(repo, session, ready, options, onProgress),
    replanOn: year,
    isCurrent: (planned) => planned.year === year,
  });
  const { step } = flow;
  const toSave = step.name === 'preview' ? step.plan.counts.newSkp + step.plan.counts.rhkAdded : 0;

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <TemplateButton workbook={() => skpTargetsTemplate(t, i18n.language, year)}>{t('template')}</TemplateButton>
        }
      />
      <Group align="flex-end">
        <YearSelect value={year} onChange={(y) => setSearch({ year: String(y) })} />
      </Group>
      <FormAlert error={flow.error} />
      {step.name === 'choose' && <FileDrop onFile={flow.read} hint={t('dropHint')} />}
      {step.name === 'reading' && <ReadingProgress fileName={step.fileName} phase={step.phase} />}
      {step.name === 'preview' && (
        <PreviewStep
          title={t('preview', { fileName: step.plan.fileName })}
          nothingToDo={toSave === 0 && step.plan.fileIssues.length === 0 && t('nothingToDo')}
          confirm={t('confirm', { count: toSave })}
          disabled={flow.blocked || toSave === 0}
          onConfirm={() => flow.write(step.plan)}
          onCancel={flow.restart}
        >
          <SkpImportPreview plan={step.plan} allOrNothing={flow.allOrNothing} onAllOrNothing={flow.setAllOrNothing} />
        </PreviewStep>
      )}
      {step.name === 'writing' && <WritingProgress label={t('writing', { written: step.written, total: step.total })} written={step.written} total={step.total} />}
      {step.name === 'done' && (
        <DoneStep message={t('done', { ...step.result })} onAnother={flow.restart}>
          {/* Who still has no SKP, or only a draft, after this import. */}
          <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} onClick={() => void exportSkpRecap(repo, session, { year, unitId: null })}>
            {t('recap.button', { year })}
          </Button>
          <Anchor component={Link} to={`/skp?year=${year}`}>
            {t('backToList')}
          </Anchor>
        </DoneStep>
      )}
    </Stack>
  );
}
