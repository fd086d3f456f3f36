import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { progressStatuses, type UnitProgress } from './skpProgress';

/** Per unit, how many SKPs are missing, drafted, returned, submitted and approved. */
export function SkpProgressTable({ rows, total }: { rows: UnitProgress[]; total: UnitProgress }) {
  const { t } = useTranslation('skp');
  const format = useFormat();
  const line = (row: UnitProgress, name: string, key: string, bold = false) => (
    <Table.Tr key={key} fw={bold ? 700 : undefined}>
      <Table.Th scope="row" fw={bold ? 700 : 400}>
        {name}
      </Table.Th>
      <Table.Td ta="right">{format.number(row.people)}</Table.Td>
      {progressStatuses.map((s) => (
        <Table.Td key={s} ta="right">
          {format.number(row.counts[s])}
        </Table.Td>
      ))}
    </Table.Tr>
  );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-label={t('progress.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('progress.unit')}</Table.Th>
            <Table.Th ta="right">{t('progress.people')}</Table.Th>
            {progressStatuses.map((s) => (
              <Table.Th key={s} ta="right">
                {s === 'none' ? t('list.noSkp') : t(`status.${s}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => line(r, r.unitName || t('progress.noUnit'), r.unitId ?? 'none'))}
          {rows.length > 1 && line(total, t('progress.total'), 'total', true)}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
