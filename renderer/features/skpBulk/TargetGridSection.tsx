import { Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconCopy, IconArrowsSplit } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../shared/people';
import { NumberField } from '../../components/NumberField';
import type { EmployeeRecord } from '../../db/records';
import { useFormat } from '../../i18n/format';
import { Section } from './Section';
import { cellValue, type IkiDraft, type TargetGrid } from './targetGrid';

/**
 * Step 4: one row per chosen person, one column per IKI, each cell that person's target. Per
 * column, the leader's target can be copied to everyone or split among them; the column's
 * total shows beside the leader's target so a hand-made split can be checked.
 */
export function TargetGridSection({
  people,
  indicators,
  labels,
  grid,
  invalid,
  onCell,
  onCopy,
  onSplit,
}: {
  people: EmployeeRecord[];
  indicators: IkiDraft[];
  labels: ReadonlyMap<string, string>;
  grid: TargetGrid;
  /** "employeeId/ikiKey" of the cells the last save attempt refused. */
  invalid: ReadonlySet<string>;
  onCell: (employeeId: string, ikiKey: string, value: number | null) => void;
  onCopy: (ikiKey: string) => void;
  onSplit: (ikiKey: string) => void;
}) {
  const { t } = useTranslation('skpBulk');
  const format = useFormat();
  if (people.length === 0 || indicators.length === 0) {
    return (
      <Section title={t('grid.heading')}>
        <Text c="dimmed">{people.length === 0 ? t('grid.nobody') : t('grid.noIndicators')}</Text>
      </Section>
    );
  }
  const total = (key: string) => people.reduce((sum, p) => sum + (cellValue(grid, p.id, key) ?? 0), 0);

  return (
    <Section title={t('grid.heading')}>
      <ScrollArea.Autosize mah="32rem" type="auto">
        <Table aria-label={t('grid.table')} withTableBorder withColumnBorders stickyHeader verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" miw="14rem">
                {t('grid.person')}
              </Table.Th>
              {indicators.map((iki) => {
                const label = labels.get(iki.key) ?? '';
                const leader = iki.leaderTarget;
                return (
                  <Table.Th key={iki.key} scope="col" miw="13rem" style={{ verticalAlign: 'top' }}>
                    <Stack gap={4}>
                      <Text fw={700} size="sm">
                        {label}
                      </Text>
                      {iki.text.trim() && (
                        <Text size="xs" fw={400} lineClamp={2}>
                          {iki.text}
                        </Text>
                      )}
                      <Text size="xs" fw={400}>
                        {leader === null ? t('grid.noLeaderTarget') : t('grid.leaderTarget', { target: format.number(leader), unit: iki.unit })}
                      </Text>
                      <Group gap={4}>
                        <Button size="compact-xs" variant="light" leftSection={<IconCopy size={14} aria-hidden />} disabled={leader === null} onClick={() => onCopy(iki.key)} aria-label={t('grid.copyFor', { iki: label })}>
                          {t('grid.copy')}
                        </Button>
                        <Button size="compact-xs" variant="light" leftSection={<IconArrowsSplit size={14} aria-hidden />} disabled={leader === null} onClick={() => onSplit(iki.key)} aria-label={t('grid.splitFor', { iki: label })}>
                          {t('grid.split')}
                        </Button>
                      </Group>
                    </Stack>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Th scope="row" fw={400}>
                  {displayName(person)}
                </Table.Th>
                {indicators.map((iki) => (
                  <Table.Td key={iki.key}>
                    <TargetCell
                      label={t('grid.cell', { iki: labels.get(iki.key) ?? '', name: displayName(person) })}
                      unit={iki.unit}
                      value={cellValue(grid, person.id, iki.key)}
                      invalid={invalid.has(`${person.id}/${iki.key}`)}
                      employeeId={person.id}
                      ikiKey={iki.key}
                      onCell={onCell}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('grid.totalRow')}</Table.Th>
              {indicators.map((iki) => (
                <Table.Td key={iki.key}>
                  <Text size="sm" fw={600}>
                    {format.number(total(iki.key))} {iki.unit}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollArea.Autosize>
    </Section>
  );
}

/** One person's target for one IKI, its unit beside the number; memoised so typing in one cell renders only that cell. */
const TargetCell = memo(function TargetCell({
  label,
  unit,
  value,
  invalid,
  employeeId,
  ikiKey,
  onCell,
}: {
  label: string;
  unit: string;
  value: number | null;
  invalid: boolean;
  employeeId: string;
  ikiKey: string;
  onCell: (employeeId: string, ikiKey: string, value: number | null) => void;
}) {
  return (
    <NumberField
      aria-label={label}
      size="xs"
      rightSection={
        <Text size="xs" c="dimmed" aria-hidden pr={4}>
          {unit}
        </Text>
      }
      rightSectionWidth={unit ? `${Math.min(5.5, 1 + unit.length * 0.5)}rem` : undefined}
      error={invalid}
      value={value}
      onChange={(v) => onCell(employeeId, ikiKey, v)}
    />
  );
});
