import { Alert, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonOutcome, SkpImportPlan } from '../../../shared/skp/import/plan';
import { useColumnIssueText } from '../import/columnIssueText';
import { CountSummary, CountTab, FileIssues, ImportModeChoice, SheetInfo } from '../import/PreviewParts';
import { InvalidSkpRowsTable, PlannedPeopleTable } from './PlannedTables';

const outcomes: readonly PersonOutcome[] = ['newSkp', 'rhkAdded', 'unchanged'];
type Kind = PersonOutcome | 'invalid';
const kinds: readonly Kind[] = ['invalid', ...outcomes];

/** What the import would do, person by person, before anything is written. */
export function SkpImportPreview({ plan, allOrNothing, onAllOrNothing }: { plan: SkpImportPlan; allOrNothing: boolean; onAllOrNothing: (value: boolean) => void }) {
  const { t } = useTranslation(['skpImport', 'people']);
  const issueText = useColumnIssueText(['skpImport', 'people']);
  const count = (kind: Kind) => plan.counts[kind];
  const label = (kind: Kind) => t(`counts.${kind}`);

  return (
    <Stack>
      <SheetInfo sheetName={plan.sheetName} headerRowNumber={plan.headerRowNumber}>
        {t('previewYear', { year: plan.year })}
      </SheetInfo>
      <FileIssues issues={plan.fileIssues} text={issueText} />
      <CountSummary kinds={kinds} count={count} label={label} />
      {plan.fileNotes.length > 0 && (
        <Alert color="gray" variant="light">
          {plan.fileNotes.map(issueText).join(' ')}
        </Alert>
      )}
      {plan.ignoredColumns.length > 0 && <Text size="sm">{t('people:import.ignoredColumns', { columns: plan.ignoredColumns.join(', ') })}</Text>}
      <ImportModeChoice allOrNothing={allOrNothing} onAllOrNothing={onAllOrNothing} />
      <Tabs defaultValue={count('invalid') > 0 ? 'invalid' : (outcomes.find((o) => count(o) > 0) ?? 'newSkp')} keepMounted={false}>
        <Tabs.List>
          {kinds.map((kind) => (
            <CountTab key={kind} value={kind} count={count(kind)} label={label(kind)} />
          ))}
        </Tabs.List>
        <Tabs.Panel value="invalid" pt="sm">
          <InvalidSkpRowsTable rows={plan.invalidRows} />
        </Tabs.Panel>
        {outcomes.map((outcome) => (
          <Tabs.Panel key={outcome} value={outcome} pt="sm">
            <PlannedPeopleTable people={plan.people.filter((p) => p.outcome === outcome)} label={t('peopleTable', { kind: label(outcome) })} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
