import { Button, Group, Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { periodsOf, type Rhythm } from '../../../shared/monitoring/periods';
import { can } from '../../../shared/roles';
import { useRepo } from '../../app/RepoContext';
import { AppModal } from '../../components/AppModal';
import { listUnits } from '../../db/people/organisation';
import type { UserRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { usePeriodLabel } from '../monitoring/usePeriodLabel';
import { exportCapaianRecap } from './exportCapaianRecap';

/**
 * On the monitoring list: HR's link to the import, and the capaian recap (a unit with its
 * sub-units, one period) for whoever sees more than themselves.
 */
export function MonitoringImportActions({ user, year, rhythm, periodKey, others }: { user: UserRecord; year: number; rhythm: Rhythm; periodKey: string; others: boolean }) {
  const { t } = useTranslation('realisationImport');
  const repo = useRepo();
  const session = useSignedInSession();
  const label = usePeriodLabel();
  const [opened, { open, close }] = useDisclosure(false);
  const [unitId, setUnitId] = useState<string>('');
  const [period, setPeriod] = useState<string | null>(null);
  const units = useLiveQuery(() => (opened ? listUnits(repo, session) : Promise.resolve([])), [repo, session, opened]) ?? [];
  const chosen = period ?? periodKey;

  const exportNow = async () => {
    close();
    await exportCapaianRecap(repo, session, { year, periodKey: chosen, periodLabel: label(chosen), unitId: unitId || null });
  };

  return (
    <Group gap="xs">
      {can(user.roles, 'monitoring.manage') && (
        <Button component={Link} to={`/monitoring/import?year=${year}`} variant="default" leftSection={<IconUpload size={18} aria-hidden />}>
          {t('link')}
        </Button>
      )}
      {others && (
        <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} onClick={open}>
          {t('recap.button')}
        </Button>
      )}
      <AppModal opened={opened} onClose={close} title={t('recap.button')}>
        <Stack>
          <Select
            label={t('recap.unit')}
            data={[{ value: '', label: t('recap.allUnits') }, ...[...units].sort((a, b) => a.name.localeCompare(b.name)).map((u) => ({ value: u.id, label: u.name }))]}
            value={unitId}
            onChange={(v) => setUnitId(v ?? '')}
            allowDeselect={false}
            searchable
          />
          <Select label={t('recap.period')} data={periodsOf(year, rhythm).map((p) => ({ value: p.key, label: label(p.key) }))} value={chosen} onChange={(v) => setPeriod(v)} allowDeselect={false} />
          <Group justify="flex-end">
            <Button onClick={() => void exportNow()}>{t('recap.save')}</Button>
          </Group>
        </Stack>
      </AppModal>
    </Group>
  );
}
