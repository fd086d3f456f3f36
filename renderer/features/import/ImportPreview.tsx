import { Alert, Badge, Checkbox, Group, List, Paper, Radio, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../shared/nip';
import type { PlannedRow, RosterImportPlan, RowIssue } from '../../../shared/roster/plan';

const SHOWN = 500;
const kinds = ['invalid', 'new', 'changed', 'unchanged'] as const;

/** What the import would do, row by row, before anything is written. */
export function ImportPreview({
  plan,
  createMissing,
  onCreateMissing,
  allOrNothing,
  onAllOrNothing,
}: {
  plan: RosterImportPlan;
  createMissing: boolean;
  onCreateMissing: (value: boolean) => void;
  allOrNothing: boolean;
  onAllOrNothing: (value: boolean) => void;
}) {
  const { t } = useTranslation(['people', 'roster']);
  const issue = (i: RowIssue): string => String(t(i.code as never, { row: i.rowNumber ?? '', column: i.column ?? '', ...i.params } as never));

  return (
    <Stack>
      <Text size="sm">
        {plan.sheetName && plan.headerRowNumber ? t('import.sheetInfo', { sheet: plan.sheetName, row: plan.headerRowNumber }) : null}
        {plan.source === 'laporanSkp' ? ` ${t('import.sourceLaporanSkp')}` : null}
      </Text>
      {plan.fileIssues.length > 0 && (
        <Alert color="red" role="alert" variant="light">
          <List>
            {plan.fileIssues.map((i, n) => (
              <List.Item key={n}>{issue(i)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {kinds.map((kind) => (
          <Paper key={kind} withBorder p="sm" aria-label={t(`import.counts.${kind}`)}>
            <Text size="sm">{t(`import.counts.${kind}`)}</Text>
            <Text fw={700} size="xl" c={kind === 'invalid' && plan.counts.invalid > 0 ? 'red.9' : undefined}>
              {plan.counts[kind]}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {plan.fileNotes.length > 0 && (
        <Alert color="gray" variant="light">
          {plan.fileNotes.map(issue).join(' ')}
        </Alert>
      )}
      {plan.ignoredColumns.length > 0 && <Text size="sm">{t('import.ignoredColumns', { columns: plan.ignoredColumns.join(', ') })}</Text>}
      <Checkbox label={t('import.createMissing')} checked={createMissing} onChange={(e) => onCreateMissing(e.currentTarget.checked)} />
      {(plan.unitsToCreate.length > 0 || plan.positionsToCreate.length > 0) && (
        <Text size="sm">
          {t('import.toCreate', { units: plan.unitsToCreate.length, positions: plan.positionsToCreate.length })}:{' '}
          {[...plan.unitsToCreate.map((u) => u.name), ...plan.positionsToCreate.map((p) => p.name)].slice(0, 12).join(', ')}
          {plan.unitsToCreate.length + plan.positionsToCreate.length > 12 ? ', …' : ''}
        </Text>
      )}
      <Radio.Group label={t('import.mode')} value={allOrNothing ? 'all' : 'valid'} onChange={(v) => onAllOrNothing(v === 'all')}>
        <Group mt={4}>
          <Radio value="valid" label={t('import.modeValid')} />
          <Radio value="all" label={t('import.modeAll')} />
        </Group>
      </Radio.Group>
      <Tabs defaultValue={plan.counts.invalid > 0 ? 'invalid' : 'new'} keepMounted={false}>
        <Tabs.List>
          {kinds.map((kind) => (
            <Tabs.Tab key={kind} value={kind} rightSection={<Badge size="sm" variant="light" color={kind === 'invalid' ? 'red' : 'gray'}>{plan.counts[kind]}</Badge>}>
              {t(`import.counts.${kind}`)}
            </Tabs.Tab>
          ))}
          {plan.skippedRows.length > 0 && (
            <Tabs.Tab value="skipped" rightSection={<Badge size="sm" variant="light" color="gray">{plan.counts.skipped}</Badge>}>
              {t('import.counts.skipped')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        {kinds.map((kind) => (
          <Tabs.Panel key={kind} value={kind} pt="sm">
            <RowsTable rows={plan.rows.filter((r) => r.kind === kind)} label={t('import.rowsTable', { kind: t(`import.counts.${kind}`) })} issue={issue} />
          </Tabs.Panel>
        ))}
        <Tabs.Panel value="skipped" pt="sm">
          <RowsTable
            rows={plan.skippedRows.map((r) => ({ kind: 'unchanged' as const, rowNumber: r.rowNumber, nip: r.nip ?? '', name: r.name, notes: r.notes }))}
            label={t('import.rowsTable', { kind: t('import.counts.skipped') })}
            issue={issue}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** A row as the preview lists it: planned rows, and skipped rows with their notes. */
type ListedRow = PlannedRow | { kind: 'unchanged'; rowNumber: number; nip: string; name: string | null; notes: RowIssue[]; changes?: undefined; employee?: undefined };

function RowsTable({ rows, label, issue }: { rows: ListedRow[]; label: string; issue: (i: RowIssue) => string }) {
  const { t } = useTranslation(['people', 'roster']);
  const nameOf = (row: ListedRow): string => ('employee' in row && row.employee ? row.employee.name : 'name' in row ? (row.name ?? '–') : '–');
  const details = (row: ListedRow): string[] => {
    if (row.kind === 'invalid') return row.issues.map(issue);
    const changes = (row.changes ?? []).map((c) => `${t(`roster:changes.${c.field}` as never)}: ${c.from ?? '–'} → ${c.to ?? '–'}`);
    return [...changes, ...row.notes.map(issue)];
  };
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={700}>
        <Table striped withTableBorder aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('import.row')}</Table.Th>
              <Table.Th w={190}>{t('import.nip')}</Table.Th>
              <Table.Th w={240}>{t('import.name')}</Table.Th>
              <Table.Th>{t('import.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, SHOWN).map((row) => (
              <Table.Tr key={row.rowNumber}>
                <Table.Td>{row.rowNumber}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.nip ? formatNip(row.nip) : '–'}</Table.Td>
                <Table.Td>{nameOf(row)}</Table.Td>
                <Table.Td>
                  {details(row).map((line, i) => (
                    <Text key={i} size="sm" c={row.kind === 'invalid' ? 'red.9' : undefined}>
                      {line}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length > SHOWN && <Text size="sm">{t('import.more', { count: rows.length - SHOWN })}</Text>}
    </Stack>
  );
}
