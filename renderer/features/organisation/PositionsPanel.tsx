import { ActionIcon, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArchive, IconPencil, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepo } from '../../app/RepoContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError, notifySuccess } from '../../components/notify';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { retirePosition } from '../../db/people/organisation';
import type { PositionRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import type { PeopleData } from '../people/usePeopleData';
import { PositionFormModal } from './PositionFormModal';

export function PositionsPanel({ data, editable }: { data: PeopleData; editable: boolean }) {
  const { t } = useTranslation('people');
  const repo = useRepo();
  const session = useSignedInSession();
  const [editing, setEditing] = useState<PositionRecord | 'new' | null>(null);
  const [retiring, setRetiring] = useState<PositionRecord | null>(null);
  const holders = useMemo(() => {
    const count = new Map<string, number>();
    for (const e of data.employees) if (e.status === 'active' && e.positionId) count.set(e.positionId, (count.get(e.positionId) ?? 0) + 1);
    return count;
  }, [data.employees]);
  const rows = useMemo(() => [...data.positions].sort((a, b) => Number(a.retired) - Number(b.retired) || a.name.localeCompare(b.name)), [data.positions]);

  const retire = async (position: PositionRecord) => {
    try {
      await retirePosition(repo, session, position.id);
      notifySuccess(t('positions.retired', { name: position.name }));
      setRetiring(null);
    } catch (e) {
      notifyError(e);
    }
  };

  const columns: Column<PositionRecord>[] = [
    {
      key: 'name',
      header: t('positions.columns.name'),
      width: 'minmax(14rem, 2fr)',
      render: (p) => (
        <Text size="sm" c={p.retired ? 'dimmed' : undefined} td={p.retired ? 'line-through' : undefined} span>
          {p.name}
        </Text>
      ),
    },
    {
      key: 'jenis',
      header: t('positions.columns.jenis'),
      width: '11rem',
      render: (p) => (
        <Badge variant="light" size="sm">
          {p.jenjang ? t(`jenjang.${p.jenjang}`) : t(`jenisJabatan.${p.jenisJabatan}`)}
        </Badge>
      ),
    },
    { key: 'unit', header: t('positions.columns.unit'), width: 'minmax(10rem, 1.5fr)', render: (p) => (p.unitId ? data.unitsById.get(p.unitId)?.name : null) ?? t('none') },
    { key: 'reportsTo', header: t('positions.columns.reportsTo'), width: 'minmax(10rem, 1.5fr)', render: (p) => (p.reportsToId ? data.positionsById.get(p.reportsToId)?.name : null) ?? t('none') },
    { key: 'holders', header: t('positions.columns.holders'), width: '6rem', render: (p) => holders.get(p.id) ?? 0 },
  ];
  if (editable) {
    columns.push({
      key: 'actions',
      header: t('positions.columns.actions'),
      width: '6rem',
      render: (p) =>
        p.retired ? null : (
          <Group gap={2} wrap="nowrap">
            <Tooltip label={t('positions.edit', { name: p.name })}>
              <ActionIcon variant="subtle" aria-label={t('positions.edit', { name: p.name })} onClick={() => setEditing(p)}>
                <IconPencil size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('positions.retire', { name: p.name })}>
              <ActionIcon variant="subtle" aria-label={t('positions.retire', { name: p.name })} onClick={() => setRetiring(p)}>
                <IconArchive size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        ),
    });
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm">{t('positions.count', { count: data.positions.length })}</Text>
        {editable && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
            {t('positions.add')}
          </Button>
        )}
      </Group>
      <VirtualTable label={t('positions.table')} columns={columns} rows={rows} rowKey={(p) => p.id} empty={t('positions.empty')} />
      {editing && <PositionFormModal position={editing === 'new' ? null : editing} data={data} onClose={() => setEditing(null)} />}
      {retiring && (
        <ConfirmDialog
          title={t('positions.retire', { name: retiring.name })}
          body={t('organisation.retireConfirm', { name: retiring.name })}
          confirmLabel={t('positions.retire', { name: retiring.name })}
          onConfirm={() => void retire(retiring)}
          onCancel={() => setRetiring(null)}
        />
      )}
    </Stack>
  );
}
