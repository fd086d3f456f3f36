import { Button, Group, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../components/notify';
import { requestPersistentStorage, storageStatus, type StorageStatus } from '../../db/storage';
import { useFormat } from '../../i18n/format';
import { SettingsSection } from './SettingsSection';

export function StorageSection() {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [refused, setRefused] = useState(false);
  const refresh = useCallback(() => void storageStatus().then(setStatus, notifyError), []);
  useEffect(refresh, [refresh]);

  const request = async () => {
    const granted = await requestPersistentStorage();
    setRefused(!granted);
    refresh();
  };

  const amount = (value: number | null | undefined) => (value == null ? t('storage.unknown') : format.bytes(value));
  return (
    <SettingsSection title={t('storage.title')}>
      <Table variant="vertical" withTableBorder maw={640}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={220}>{t('storage.used')}</Table.Th>
            <Table.Td data-testid="storage-used">{amount(status?.usage)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('storage.quota')}</Table.Th>
            <Table.Td>{amount(status?.quota)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('storage.persisted')}</Table.Th>
            <Table.Td>
              {status?.persisted == null ? (
                t('storage.unknown')
              ) : (
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  {status.persisted ? (
                    <IconCircleCheck size={20} color="var(--mantine-color-green-8)" aria-hidden />
                  ) : (
                    <IconAlertTriangle size={20} color="var(--mantine-color-orange-8)" aria-hidden />
                  )}
                  <Text size="sm">{status.persisted ? t('storage.granted') : t('storage.notGranted')}</Text>
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {status?.persisted === false && (
        <Button variant="light" onClick={() => void request()} style={{ alignSelf: 'flex-start' }}>
          {t('storage.request')}
        </Button>
      )}
      {refused && (
        <Text size="sm" role="status">
          {t('storage.refused')}
        </Text>
      )}
    </SettingsSection>
  );
}
