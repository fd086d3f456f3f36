import { Alert, Badge, Group, List, Paper, Radio, SimpleGrid, Tabs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Where the file's header row was found, then what the plan is made for. */
export function SheetInfo({ sheetName, headerRowNumber, children }: { sheetName: string | null; headerRowNumber: number | null; children: ReactNode }) {
  const { t } = useTranslation('people');
  return (
    <Text size="sm">
      {sheetName && headerRowNumber ? `${t('import.sheetInfo', { sheet: sheetName, row: headerRowNumber })}. ` : null}
      {children}
    </Text>
  );
}

/** Problems with the file as a whole: while there are any, nothing can be written. */
export function FileIssues<I>({ issues, text }: { issues: readonly I[]; text: (issue: I) => string }) {
  if (issues.length === 0) return null;
  return (
    <Alert color="red" role="alert" variant="light">
      <List>
        {issues.map((i, n) => (
          <List.Item key={n}>{text(i)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** One card per kind of row with how many the plan has; invalid rows in red when there are any. */
export function CountSummary<K extends string>({ kinds, count, label }: { kinds: readonly K[]; count: (kind: K) => number; label: (kind: K) => string }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      {kinds.map((kind) => (
        <Paper key={kind} withBorder p="sm" aria-label={label(kind)}>
          <Text size="sm">{label(kind)}</Text>
          <Text fw={700} size="xl" c={kind === 'invalid' && count(kind) > 0 ? 'red.9' : undefined}>
            {count(kind)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** A tab of the rows of one kind, its count beside it. */
export function CountTab({ value, count, label }: { value: string; count: number; label: string }) {
  return (
    <Tabs.Tab value={value} rightSection={<Badge size="sm" variant="light" color={value === 'invalid' ? 'red' : 'gray'}>{count}</Badge>}>
      {label}
    </Tabs.Tab>
  );
}

/** Write the valid rows only, or nothing while any row is invalid. */
export function ImportModeChoice({ allOrNothing, onAllOrNothing }: { allOrNothing: boolean; onAllOrNothing: (value: boolean) => void }) {
  const { t } = useTranslation('people');
  return (
    <Radio.Group label={t('import.mode')} value={allOrNothing ? 'all' : 'valid'} onChange={(v) => onAllOrNothing(v === 'all')}>
      <Group mt={4}>
        <Radio value="valid" label={t('import.modeValid')} />
        <Radio value="all" label={t('import.modeAll')} />
      </Group>
    </Radio.Group>
  );
}
