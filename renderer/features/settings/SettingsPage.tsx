import { Stack, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/roles';
import { useRepo } from '../../app/RepoContext';
import { notifySuccess } from '../../components/notify';
import { getOffice, getOfficeSettings } from '../../db/office';
import type { UserRecord } from '../../db/records';
import { PasswordChangeForm } from '../auth/PasswordChangeForm';
import { AboutSection } from './AboutSection';
import { IdleLockSection } from './IdleLockSection';
import { LanguageSection } from './LanguageSection';
import { MonitoringLinkSection } from './MonitoringLinkSection';
import { OfficeSection } from './OfficeSection';
import { PeerInputSection } from './PeerInputSection';
import { PerspektifSection } from './PerspektifSection';
import { SettingsSection } from './SettingsSection';
import { StorageSection } from './StorageSection';

export function SettingsPage({ user }: { user: UserRecord }) {
  const { t } = useTranslation('settings');
  const repo = useRepo();
  const office = useLiveQuery(() => getOffice(repo.db, user.officeId), [repo, user.officeId]);
  const settings = useLiveQuery(() => getOfficeSettings(repo.db, user.officeId), [repo, user.officeId]);

  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <LanguageSection user={user} />
      <SettingsSection title={t('password.title')}>
        <PasswordChangeForm onChanged={() => notifySuccess(t('password.done'))} />
      </SettingsSection>
      {settings && <IdleLockSection user={user} minutes={settings.idleLockMinutes} />}
      {settings && <PerspektifSection user={user} perspektif={settings.perspektif} />}
      {settings && <PeerInputSection user={user} peerInput={settings.peerInput} />}
      {office && <OfficeSection user={user} office={office} />}
      {can(user.roles, 'monitoring.manage') && <MonitoringLinkSection />}
      <StorageSection />
      <AboutSection />
    </Stack>
  );
}
