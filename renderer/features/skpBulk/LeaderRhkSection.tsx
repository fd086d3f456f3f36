import { Group, Select, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { LeaderRhkOption } from './bulkCandidates';
import { Section } from './Section';

const yearsAround = (year: number) => {
  const now = new Date().getFullYear();
  return [...new Set([now - 1, now, now + 1, now + 2, year])].sort();
};

/** Step 1: the year, and the leader RHK (searchable by its text or its owner's name) with its IKIs and targets. */
export function LeaderRhkSection({
  year,
  onYear,
  options,
  chosen,
  onChoose,
}: {
  year: number;
  onYear: (year: number) => void;
  options: LeaderRhkOption[];
  chosen: LeaderRhkOption | null;
  onChoose: (rhkId: string | null) => void;
}) {
  const { t } = useTranslation(['skpBulk', 'skp']);
  const format = useFormat();
  const data = useMemo(() => options.map((o) => ({ value: o.rhk.id, label: t('leader.option', { text: o.rhk.text, owner: o.ownerName }) })), [options, t]);

  return (
    <Section title={t('leader.heading')}>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('year')}
          w={120}
          allowDeselect={false}
          data={yearsAround(year).map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(v) => v && onYear(Number(v))}
        />
        <Select
          label={t('leader.label')}
          placeholder={t('leader.placeholder')}
          data={data}
          value={chosen?.rhk.id ?? null}
          onChange={onChoose}
          searchable
          clearable
          limit={100}
          nothingFoundMessage={t('leader.noMatch')}
          style={{ flex: 1, minWidth: '18rem' }}
          disabled={options.length === 0}
        />
      </Group>
      {options.length === 0 && <Text c="dimmed">{t('leader.none', { year })}</Text>}
      {chosen && (
        <>
          <Text fw={600}>{chosen.rhk.text}</Text>
          <Text size="sm">{t('leader.owner', { name: chosen.ownerName })}</Text>
          {chosen.rhk.indicators.length === 0 ? (
            <Text size="sm">{t('leader.noIndicators')}</Text>
          ) : (
            <Table aria-label={t('leader.indicators')} withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('leader.aspek')}</Table.Th>
                  <Table.Th>{t('leader.iki')}</Table.Th>
                  <Table.Th>{t('leader.target')}</Table.Th>
                  <Table.Th>{t('leader.polarity')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {chosen.rhk.indicators.map((iki) => (
                  <Table.Tr key={iki.id}>
                    <Table.Td>{iki.aspek ? t(`skp:aspek.${iki.aspek}`) : '—'}</Table.Td>
                    <Table.Td>{iki.text}</Table.Td>
                    <Table.Td>{iki.target === null ? t('leader.noTarget') : `${format.number(iki.target)} ${iki.unit}`}</Table.Td>
                    <Table.Td>{t(`skp:polarity.${iki.polarity}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Section>
  );
}
