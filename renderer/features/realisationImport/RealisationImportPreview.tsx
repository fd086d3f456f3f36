import { Stack, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvalidRealisationRow, PlannedRealisation, RealisationChange, RealisationImportPlan } from '../../../shared/monitoring/import/plan';
import { formatNip } from '../../../shared/nip';
import { useColumnIssueText } from '../import/columnIssueText';
import { InvalidRowsTable } from '../import/InvalidRowsTable';
import { CountSummary, CountTab, FileIssues, ImportModeChoice, SheetInfo } from '../import/PreviewParts';
import { usePeriodLabel } from '../monitoring/usePeriodLabel';

const SHOWN = 500;
type Kind = RealisationChange | 'invalid';
const kinds: readonly Kind[] = ['invalid', 'new', 'changed', 'unchanged'];

function InvalidTable({ rows }: { rows: readonly InvalidRealisationRow[] }) {
  const { t } = useTranslation('realisationImport');
  const issueText = useColumnIssueText(['realisationImport']);
  return (
    <InvalidRowsTable
      rows={rows}
      label={t('table.label', { kind: t('counts.invalid') })}
      titles={{ row: t('table.row'), nip: t('table.nip'), issues: t('table.issues') }}
      columns={[
        { title: t('table.iki'), width: 240, value: (row) => row.iki },
        { title: t('table.period'), width: 140, value: (row) => row.period },
      ]}
      issueText={issueText}
      issueColor={() => 'red.9'}
    />
  );
}

function PlannedTable({ rows, kind }: { rows: readonly PlannedRealisation[]; kind: Kind }) {
  const { t, i18n } = useTranslation('realisationImport');
  const label = usePeriodLabel();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 4 });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder aria-label={t('table.label', { kind: t(`counts.${kind}`) })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('table.row')}</Table.Th>
            <Table.Th w={220}>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.iki')}</Table.Th>
            <Table.Th w={140}>{t('table.period')}</Table.Th>
            <Table.Th w={110}>{t('table.value')}</Table.Th>
            <Table.Th w={110}>{t('table.before')}</Table.Th>
            <Table.Th w={180}>{t('table.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <Table.Tr key={row.rowNumber}>
              <Table.Td>{row.rowNumber}</Table.Td>
              <Table.Td>
                <Text size="sm">{row.name}</Text>
                <Text size="xs" c="dimmed">
                  {formatNip(row.nip)}
                </Text>
              </Table.Td>
              <Table.Td>{row.ikiText}</Table.Td>
              <Table.Td>{label(row.periodKey)}</Table.Td>
              <Table.Td>{`${number.format(row.value)} ${row.unit}`}</Table.Td>
              <Table.Td>{row.before ? number.format(row.before.value) : '–'}</Table.Td>
              <Table.Td>{row.source}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What the import would write, row by row, before anything is written. */
export function RealisationImportPreview({ plan, today, allOrNothing, onAllOrNothing }: { plan: RealisationImportPlan; today: string; allOrNothing: boolean; onAllOrNothing: (v: boolean) => void }) {
  const { t } = useTranslation(['realisationImport', 'people']);
  const issueText = useColumnIssueText(['realisationImport']);
  const count = (kind: Kind) => plan.counts[kind];
  const label = (kind: Kind) => t(`counts.${kind}`);
  return (
    <Stack>
      <SheetInfo sheetName={plan.sheetName} headerRowNumber={plan.headerRowNumber}>
        {t('previewYear', { year: plan.year, today })}
      </SheetInfo>
      <FileIssues issues={plan.fileIssues} text={issueText} />
      <CountSummary kinds={kinds} count={count} label={label} />
      {plan.ignoredColumns.length > 0 && <Text size="sm">{t('people:import.ignoredColumns', { columns: plan.ignoredColumns.join(', ') })}</Text>}
      <ImportModeChoice allOrNothing={allOrNothing} onAllOrNothing={onAllOrNothing} />
      <Tabs defaultValue={count('invalid') > 0 ? 'invalid' : (kinds.find((k) => count(k) > 0) ?? 'new')} keepMounted={false}>
        <Tabs.List>
          {kinds.map((kind) => (
            <CountTab key={kind} value={kind} count={count(kind)} label={label(kind)} />
          ))}
        </Tabs.List>
        <Tabs.Panel value="invalid" pt="sm">
          <InvalidTable rows={plan.invalidRows} />
        </Tabs.Panel>
        {(['new', 'changed', 'unchanged'] as const).map((kind) => (
          <Tabs.Panel key={kind} value={kind} pt="sm">
            <PlannedTable rows={plan.rows.filter((r) => r.change === kind)} kind={kind} />
          </Tabs.Panel>
        ))}
      </Tabs>
      {Math.max(plan.invalidRows.length, plan.rows.length) > SHOWN && <Text size="sm">{t('people:import.more', { count: Math.max(plan.invalidRows.length, plan.rows.length) - SHOWN })}</Text>}
    </Stack>
  );
}
