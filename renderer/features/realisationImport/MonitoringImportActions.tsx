import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../shared/roles';
import { useRepo } from '../../app/RepoContext';
import type { UserRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { exportCapaianRecap } from './exportCapaianRecap';

/** On the monitoring list: HR's link to the import, and the capaian recap for whoever sees more than themselves. */
export function MonitoringImportActions({ user, year, periodKey, periodLabel, others }: { user: UserRecord; year: number; periodKey: string; periodLabel: string; others: boolean }) {
  const { t } = useTranslation('realisationImport');
  const repo = useRepo();
  const session = useSignedInSession();
  return (
    <Group gap="xs">
      {can(user.roles, 'monitoring.manage') && (
        <Button component={Link} to={`/monitoring/import?year=${year}`} variant="default" leftSection={<IconUpload size={18} aria-hidden />}>
          {t('link')}
        </Button>
      )}
      {others && (
        <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} onClick={() => void exportCapaianRecap(repo, session, { year, periodKey, periodLabel, unitId: null })}>
          {t('recap.button')}
        </Button>
      )}
    </Group>
  );
}
