import { Alert, Badge, Group, List, Paper, Radio, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvalidRealisationRow, PlannedRealisation, RealisationChange, RealisationImportPlan, RowIssue } from '../../../shared/monitoring/import/plan';
import { formatNip } from '../../../shared/nip';
import { usePeriodLabel } from '../monitoring/usePeriodLabel';

const SHOWN = 500;
type Kind = RealisationChange | 'invalid';
const kinds: readonly Kind[] = ['invalid', 'new', 'changed', 'unchanged'];

/** An issue after the column it is about: "Periode: 2026-Q2 is locked since …". */
export function useRealisationIssueText(): (issue: RowIssue) => string {
  const { t } = useTranslation('realisationImport');
  return (issue) => {
    const text = String(t(issue.code as never, { ...issue.params } as never));
    const field = issue.params?.field;
    const column = issue.column ?? (issue.rowNumber !== null && typeof field === 'string' ? String(t(`fields.${field}` as never)) : null);
    return column ? `${column}: ${text}` : text;
  };
}

const nipText = (nip: string | null) => (nip ? (/^\d{18}$/.test(nip) ? formatNip(nip) : nip) : '–');

function InvalidTable({ rows }: { rows: readonly InvalidRealisationRow[] }) {
  const { t } = useTranslation('realisationImport');
  const issueText = useRealisationIssueText();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder aria-label={t('table.label', { kind: t('counts.invalid') })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('table.row')}</Table.Th>
            <Table.Th w={190}>{t('table.nip')}</Table.Th>
            <Table.Th w={240}>{t('table.iki')}</Table.Th>
            <Table.Th w={140}>{t('table.period')}</Table.Th>
            <Table.Th>{t('table.issues')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <Table.Tr key={row.rowNumber}>
              <Table.Td>{row.rowNumber}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{nipText(row.nip)}</Table.Td>
              <Table.Td>{row.iki ?? '–'}</Table.Td>
              <Table.Td>{row.period ?? '–'}</Table.Td>
              <Table.Td>
                {row.issues.map((issue, i) => (
                  <Text key={i} size="sm" c="red.9">
                    {issueText(issue)}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
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
  const issueText = useRealisationIssueText();
  const count = (kind: Kind) => plan.counts[kind];
  return (
    <Stack>
      <Text size="sm">
        {plan.sheetName && plan.headerRowNumber ? `${t('people:import.sheetInfo', { sheet: plan.sheetName, row: plan.headerRowNumber })}. ` : null}
        {t('previewYear', { year: plan.year, today })}
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
      {plan.ignoredColumns.length > 0 && <Text size="sm">{t('people:import.ignoredColumns', { columns: plan.ignoredColumns.join(', ') })}</Text>}
      <Radio.Group label={t('people:import.mode')} value={allOrNothing ? 'all' : 'valid'} onChange={(v) => onAllOrNothing(v === 'all')}>
        <Group mt={4}>
          <Radio value="valid" label={t('people:import.modeValid')} />
          <Radio value="all" label={t('people:import.modeAll')} />
        </Group>
      </Radio.Group>
      <Tabs defaultValue={count('invalid') > 0 ? 'invalid' : (kinds.find((k) => count(k) > 0) ?? 'new')} keepMounted={false}>
        <Tabs.List>
          {kinds.map((kind) => (
            <Tabs.Tab key={kind} value={kind} rightSection={<Badge size="sm" variant="light" color={kind === 'invalid' ? 'red' : 'gray'}>{count(kind)}</Badge>}>
              {t(`counts.${kind}`)}
            </Tabs.Tab>
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
