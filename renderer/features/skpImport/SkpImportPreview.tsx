import { Alert, Badge, Group, List, Paper, Radio, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonOutcome, SkpImportPlan } from '../../../shared/skp/import/plan';
import { useIssueText } from './issueText';
import { InvalidRowsTable, PlannedPeopleTable } from './PlannedTables';

const outcomes: readonly PersonOutcome[] = ['newSkp', 'rhkAdded', 'unchanged'];
type Kind = PersonOutcome | 'invalid';
const kinds: readonly Kind[] = ['invalid', ...outcomes];

/** What the import would do, person by person, before anything is written. */
export function SkpImportPreview({ plan, allOrNothing, onAllOrNothing }: { plan: SkpImportPlan; allOrNothing: boolean; onAllOrNothing: (value: boolean) => void }) {
  const { t } = useTranslation(['skpImport', 'people']);
  const issueText = useIssueText();
  const count = (kind: Kind) => plan.counts[kind];

  return (
    <Stack>
      <Text size="sm">
        {plan.sheetName && plan.headerRowNumber ? `${t('people:import.sheetInfo', { sheet: plan.sheetName, row: plan.headerRowNumber })}. ` : null}
        {t('previewYear', { year: plan.year })}
      </Text>
      {plan.fileIssues.length > 0 && (
        <Alert color="red" role="alert" variant="light">
          <List>
            {plan.fileIssues.map((i, n) => (
              <List.Item key={n}>{issueText(i)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {kinds.map((kind) => (
          <Paper key={kind} withBorder p="sm" aria-label={t(`counts.${kind}`)}>
            <Text size="sm">{t(`counts.${kind}`)}</Text>
            <Text fw={700} size="xl" c={kind === 'invalid' && count(kind) > 0 ? 'red.9' : undefined}>
              {count(kind)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {plan.fileNotes.length > 0 && (
        <Alert color="gray" variant="light">
          {plan.fileNotes.map(issueText).join(' ')}
        </Alert>
      )}
      {plan.ignoredColumns.length > 0 && <Text size="sm">{t('people:import.ignoredColumns', { columns: plan.ignoredColumns.join(', ') })}</Text>}
      <Radio.Group label={t('people:import.mode')} value={allOrNothing ? 'all' : 'valid'} onChange={(v) => onAllOrNothing(v === 'all')}>
        <Group mt={4}>
          <Radio value="valid" label={t('people:import.modeValid')} />
          <Radio value="all" label={t('people:import.modeAll')} />
        </Group>
      </Radio.Group>
      <Tabs defaultValue={count('invalid') > 0 ? 'invalid' : (outcomes.find((o) => count(o) > 0) ?? 'newSkp')} keepMounted={false}>
        <Tabs.List>
          {kinds.map((kind) => (
            <Tabs.Tab key={kind} value={kind} rightSection={<Badge size="sm" variant="light" color={kind === 'invalid' ? 'red' : 'gray'}>{count(kind)}</Badge>}>
              {t(`counts.${kind}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="invalid" pt="sm">
          <InvalidRowsTable rows={plan.invalidRows} />
        </Tabs.Panel>
        {outcomes.map((outcome) => (
          <Tabs.Panel key={outcome} value={outcome} pt="sm">
            <PlannedPeopleTable people={plan.people.filter((p) => p.outcome === outcome)} label={t('peopleTable', { kind: t(`counts.${outcome}`) })} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
