import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartTable {
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
}

/**
 * A chart with its text alternative and a table view of the same numbers. The summary sentence
 * is visible under the title and is the chart's accessible description; the chart itself is one
 * image to assistive technology (its numbers are in the table view).
 */
export function ChartFigure({ title, summary, table, children, headingOrder = 2 }: { title: string; summary: string; table: ChartTable; children: ReactNode; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation('dashboards');
  const [asTable, setAsTable] = useState(false);
  const summaryId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={headingOrder} size="h4">
            {title}
          </Title>
          <Button variant="default" size="xs" onClick={() => setAsTable((v) => !v)} aria-pressed={asTable}>
            {asTable ? t('chart.showChart') : t('chart.showTable')}
          </Button>
        </Group>
        <Text size="sm" id={summaryId}>
          {summary}
        </Text>
        {asTable ? (
          <Table striped withTableBorder aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                {table.headers.map((h) => (
                  <Table.Th key={h} scope="col">
                    {h}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((r) => (
                <Table.Tr key={r.key}>
                  {r.cells.map((c, i) => (
                    <Table.Td key={i}>{c}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <div role="img" aria-label={title} aria-describedby={summaryId} style={{ width: '100%', height: 260 }}>
            {children}
          </div>
        )}
      </Stack>
    </Paper>
  );
}
