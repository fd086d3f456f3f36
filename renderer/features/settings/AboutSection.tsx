import { Anchor, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api';
import { notifyError } from '../../components/notify';
import { api } from '../../platform/api';
import { SettingsSection } from './SettingsSection';

/** Opens outside the app: the desktop shell hands allow-listed https links to the system browser. */
const REGULATION_URL = 'https://jdih.menpan.go.id/';

export function AboutSection() {
  const { t } = useTranslation(['settings', 'common']);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => void api.appInfo(undefined).then(setInfo, notifyError), []);

  return (
    <SettingsSection title={t('about.title')}>
      <Table variant="vertical" withTableBorder maw={640}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={220}>{t('about.version')}</Table.Th>
            <Table.Td>{info ? `${t('common:appName')} ${info.version}` : '…'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('about.host')}</Table.Th>
            <Table.Td>{info ? t(`about.hostKind.${info.host}`) : '…'}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="sm">
        {t('about.regulation')}.{' '}
        <Anchor href={REGULATION_URL} target="_blank" rel="noopener noreferrer">
          {t('about.regulationLink')}
        </Anchor>
      </Text>
    </SettingsSection>
  );
}
