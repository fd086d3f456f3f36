import { ActionIcon, Badge, Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowsMove, IconArchive, IconPencil, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepo } from '../../app/RepoContext';
import { notifyError, notifySuccess } from '../../components/notify';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { retireUnit } from '../../db/people/organisation';
import type { UnitRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import type { PeopleData } from '../people/usePeopleData';
import { headCounts } from './headCounts';
import { UnitFormModal, type UnitDialog } from './UnitFormModal';

/** The unit tree as nested lists, each unit with its head count and (for HR) its actions. */
export function UnitTree({ data, editable }: { data: PeopleData; editable: boolean }) {
  const { t } = useTranslation('people');
  const repo = useRepo();
  const session = useSignedInSession();
  const [dialog, setDialog] = useState<UnitDialog | null>(null);
  const [retiring, setRetiring] = useState<UnitRecord | null>(null);
  const counts = useMemo(() => headCounts(data.units, data.employees), [data.units, data.employees]);
  const children = useMemo(() => {
    const map = new Map<string | null, UnitRecord[]>();
    for (const u of data.units) map.set(u.parentId, [...(map.get(u.parentId) ?? []), u]);
    for (const list of map.values()) list.sort((a, b) => a.name.localeCompare(b.name));
    return map;
  }, [data.units]);

  const retire = async (unit: UnitRecord) => {
    try {
      await retireUnit(repo, session, unit.id);
      notifySuccess(t('organisation.unitRetired', { name: unit.name }));
      setRetiring(null);
    } catch (e) {
      notifyError(e);
    }
  };

  const renderLevel = (parentId: string | null, depth: number) => {
    const level = children.get(parentId) ?? [];
    if (level.length === 0) return null;
    return (
      // Nested lists rather than an ARIA tree: each unit has its own buttons, and screen
      // readers announce list nesting levels without tree keyboard handling.
      <Box component="ul" aria-label={depth === 0 ? t('organisation.tree') : undefined} m={0} pl={depth === 0 ? 0 : 'lg'} style={{ listStyle: 'none' }}>
        {level.map((unit) => {
          const count = counts.get(unit.id) ?? { direct: 0, total: 0 };
          return (
            <li key={unit.id}>
              <Group gap="xs" py={6} wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap="xs">
                    <Text fw={depth === 0 ? 700 : 500} c={unit.retired ? 'dimmed' : undefined} td={unit.retired ? 'line-through' : undefined}>
                      {unit.name}
                    </Text>
                    <Badge size="sm" variant="light" color="gray">
                      {t(`unitKind.${unit.kind}`)}
                    </Badge>
                    {unit.retired && (
                      <Badge size="sm" variant="outline" color="gray">
                        {t('organisation.retired')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('organisation.headCount', count)}
                  </Text>
                </Stack>
                {editable && !unit.retired && (
                  <Group gap={2} wrap="nowrap">
                    {unit.kind !== 'seksi' && (
                      <UnitAction label={t('organisation.addUnit', { name: unit.name })} onClick={() => setDialog({ mode: 'add', parent: unit })} icon={<IconPlus size={18} aria-hidden />} />
                    )}
                    <UnitAction label={t('organisation.renameUnit', { name: unit.name })} onClick={() => setDialog({ mode: 'rename', unit })} icon={<IconPencil size={18} aria-hidden />} />
                    {unit.parentId && (
                      <>
                        <UnitAction label={t('organisation.moveUnit', { name: unit.name })} onClick={() => setDialog({ mode: 'move', unit })} icon={<IconArrowsMove size={18} aria-hidden />} />
                        <UnitAction label={t('organisation.retireUnit', { name: unit.name })} onClick={() => setRetiring(unit)} icon={<IconArchive size={18} aria-hidden />} />
                      </>
                    )}
                  </Group>
                )}
              </Group>
              {renderLevel(unit.id, depth + 1)}
            </li>
          );
        })}
      </Box>
    );
  };

  return (
    <>
      {renderLevel(null, 0)}
      {dialog && <UnitFormModal dialog={dialog} units={data.units} onClose={() => setDialog(null)} />}
      {retiring && (
        <ConfirmDialog
          title={t('organisation.retireUnit', { name: retiring.name })}
          body={t('organisation.retireConfirm', { name: retiring.name })}
          confirmLabel={t('organisation.retireUnit', { name: retiring.name })}
          onConfirm={() => void retire(retiring)}
          onCancel={() => setRetiring(null)}
        />
      )}
    </>
  );
}

function UnitAction({ label, onClick, icon }: { label: string; onClick: () => void; icon: React.ReactNode }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" aria-label={label} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
