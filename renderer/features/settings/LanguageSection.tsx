import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../shared/languages';
import { useRepo } from '../../app/RepoContext';
import { notifyError } from '../../components/notify';
import { setOwnLanguage } from '../../db/accounts';
import type { UserRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { SettingsSection } from './SettingsSection';

export function LanguageSection({ user }: { user: UserRecord }) {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  return (
    <SettingsSection title={t('language.title')} description={t('language.description')}>
      <Radio.Group
        aria-label={t('language.title')}
        value={user.language ?? i18n.language}
        onChange={(value) => void setOwnLanguage(repo, session, value as Language).catch(notifyError)}
      >
        <Stack gap="xs">
          {languages.map((language) => (
            <Radio key={language} value={language} label={t(`common:language.${language}`)} lang={language} />
          ))}
        </Stack>
      </Radio.Group>
    </SettingsSection>
  );
}
