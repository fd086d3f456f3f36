import { Alert, Checkbox, Stack, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../shared/nip';
import type { PlannedRow, RosterImportPlan, RowIssue } from '../../../shared/roster/plan';
import { CountSummary, CountTab, FileIssues, ImportModeChoice } from './PreviewParts';

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
  const label = (kind: (typeof kinds)[number]) => t(`import.counts.${kind}`);

  return (
    <Stack>
      <Text size="sm">
        {plan.sheetName && plan.headerRowNumber ? t('import.sheetInfo', { sheet: plan.sheetName, row: plan.headerRowNumber }) : null}
        {plan.source === 'laporanSkp' ? ` ${t('import.sourceLaporanSkp')}` : null}
      </Text>
      <FileIssues issues={plan.fileIssues} text={issue} />
      <CountSummary kinds={kinds} count={(kind) => plan.counts[kind]} label={label} />
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
      <ImportModeChoice allOrNothing={allOrNothing} onAllOrNothing={onAllOrNothing} />
      <Tabs defaultValue={plan.counts.invalid > 0 ? 'invalid' : 'new'} keepMounted={false}>
        <Tabs.List>
          {kinds.map((kind) => (
            <CountTab key={kind} value={kind} count={plan.counts[kind]} label={label(kind)} />
          ))}
          {plan.skippedRows.length > 0 && <CountTab value="skipped" count={plan.counts.skipped} label={t('import.counts.skipped')} />}
        </Tabs.List>
        {kinds.map((kind) => (
          <Tabs.Panel key={kind} value={kind} pt="sm">
            <RowsTable rows={plan.rows.filter((r) => r.kind === kind)} label={t('import.rowsTable', { kind: label(kind) })} issue={issue} />
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
