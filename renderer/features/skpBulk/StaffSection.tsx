import { Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../shared/nip';
import { displayName } from '../../../shared/people';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import type { EmployeeRecord, PositionRecord, UnitRecord } from '../../db/records';
import { unitOptions } from '../people/unitOptions';
import { noCandidateFilter, toggleAllShown, type Candidate, type CandidateFilter } from './bulkCandidates';
import { Section } from './Section';

const statusColor = { draft: 'gray', returned: 'orange', submitted: 'indigo', approved: 'green', closed: 'gray' } as const;

/**
 * Step 2: the people below the leader whom the actor may edit, filtered by unit and position,
 * chosen by checkbox. Someone whose SKP is submitted or approved stays in the list, disabled,
 * with the status as the reason.
 */
export function StaffSection({
  ready,
  candidates,
  shown,
  filter,
  onFilter,
  selected,
  onSelected,
  units,
  positionsById,
  unitsById,
}: {
  ready: boolean;
  candidates: Candidate<EmployeeRecord>[];
  shown: Candidate<EmployeeRecord>[];
  filter: CandidateFilter;
  onFilter: (filter: CandidateFilter) => void;
  selected: ReadonlySet<string>;
  onSelected: (next: Set<string>) => void;
  units: UnitRecord[];
  positionsById: ReadonlyMap<string, PositionRecord>;
  unitsById: ReadonlyMap<string, UnitRecord>;
}) {
  const { t } = useTranslation(['skpBulk', 'skp']);
  const positionData = useMemo(() => {
    const held = new Set(candidates.flatMap((c) => (c.employee.positionId ? [c.employee.positionId] : [])));
    return [...held]
      .map((id) => ({ value: id, label: positionsById.get(id)?.name ?? id }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [candidates, positionsById]);
  const unitData = useMemo(() => unitOptions(units), [units]);

  const open = shown.filter((c) => !c.locked);
  const allIn = open.length > 0 && open.every((c) => selected.has(c.employee.id));
  const someIn = open.some((c) => selected.has(c.employee.id));

  const columns = useMemo<Column<Candidate<EmployeeRecord>>[]>(() => {
    const toggle = (id: string) => {
      const next = new Set(selected);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      onSelected(next);
    };
    return [
      {
        key: 'select',
        header: '',
        width: '2.75rem',
        render: (c) => (
          <Checkbox aria-label={t('staff.select', { name: displayName(c.employee) })} checked={!c.locked && selected.has(c.employee.id)} disabled={c.locked} onChange={() => toggle(c.employee.id)} />
        ),
      },
      {
        key: 'name',
        header: t('staff.name'),
        width: 'minmax(14rem, 2fr)',
        text: (c) => displayName(c.employee),
        render: (c) => (
          <Stack gap={0} miw={0}>
            <Text size="sm" truncate>
              {displayName(c.employee)}
            </Text>
            <Text size="xs" c="dimmed">
              {formatNip(c.employee.nip)}
            </Text>
          </Stack>
        ),
      },
      { key: 'position', header: t('staff.position'), width: 'minmax(12rem, 2fr)', render: (c) => (c.employee.positionId ? positionsById.get(c.employee.positionId)?.name : null) ?? '—' },
      { key: 'unit', header: t('staff.unitColumn'), width: 'minmax(10rem, 1.5fr)', render: (c) => (c.employee.unitId ? unitsById.get(c.employee.unitId)?.name : null) ?? '—' },
      {
        key: 'skp',
        header: t('staff.skp'),
        width: 'minmax(13rem, 1.5fr)',
        render: (c) =>
          c.skp ? (
            <Stack gap={2} miw={0}>
              <Badge variant="light" color={statusColor[c.skp.status]} style={{ textTransform: 'none' }}>
                {t(`skp:status.${c.skp.status}`)}
              </Badge>
              {c.locked && (
                <Text size="xs" truncate>
                  {t('staff.locked')}
                </Text>
              )}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('staff.noSkp')}
            </Text>
          ),
      },
    ];
  }, [t, selected, onSelected, positionsById, unitsById]);

  return (
    <Section title={t('staff.heading')}>
      {!ready ? (
        <Text c="dimmed">{t('staff.chooseLeaderFirst')}</Text>
      ) : candidates.length === 0 ? (
        <Text>{t('staff.empty')}</Text>
      ) : (
        <>
          <Text size="sm">{t('staff.hint')}</Text>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('staff.search')}
              leftSection={<IconSearch size={16} aria-hidden />}
              type="search"
              w={240}
              value={filter.search}
              onChange={(e) => onFilter({ ...filter, search: e.currentTarget.value })}
            />
            <Select label={t('staff.unit')} placeholder={t('staff.all')} data={unitData} value={filter.unitId} onChange={(unitId) => onFilter({ ...filter, unitId })} clearable searchable w={300} />
            <Select label={t('staff.position')} placeholder={t('staff.all')} data={positionData} value={filter.positionId} onChange={(positionId) => onFilter({ ...filter, positionId })} clearable searchable w={300} />
            <Button variant="subtle" onClick={() => onFilter(noCandidateFilter)}>
              {t('staff.reset')}
            </Button>
          </Group>
          <Group justify="space-between">
            <Checkbox
              label={t('staff.selectAll')}
              checked={allIn}
              indeterminate={!allIn && someIn}
              disabled={open.length === 0}
              onChange={() => onSelected(toggleAllShown(selected, shown))}
            />
            <Group gap="md">
              <Text size="sm">{t('staff.shown', { shown: shown.length, count: candidates.length })}</Text>
              <Text size="sm" fw={600} role="status">
                {t('staff.selected', { count: selected.size })}
              </Text>
            </Group>
          </Group>
          <VirtualTable label={t('staff.table')} columns={columns} rows={shown} rowKey={(c) => c.employee.id} height="22rem" empty={t('staff.noneShown')} />
        </>
      )}
    </Section>
  );
}
