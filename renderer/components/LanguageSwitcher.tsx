import { Button, Menu } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isLanguage, languages, defaultLanguage, type Language } from '../../shared/languages';
import { useRepo } from '../app/RepoContext';
import { setOwnLanguage } from '../db/accounts';
import { useSession } from '../features/auth/session';
import { rememberDeviceLanguage } from '../i18n';
import { notifyError } from './notify';

/** On every screen. Signed in, the choice is saved to the person's account; before that, to this PC. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const repo = useRepo();
  const { session } = useSession();
  const current: Language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;

  const choose = async (language: Language) => {
    await i18n.changeLanguage(language);
    rememberDeviceLanguage(language);
    if (session) await setOwnLanguage(repo, session, language).catch(notifyError);
  };

  return (
    // Not in a portal: the lock screen hides every portal, and it has a language switch too.
    <Menu position="bottom-end" withinPortal={false}>
      <Menu.Target>
        <Button variant="subtle" leftSection={<IconLanguage size={18} aria-hidden />} aria-label={`${t('language.label')}: ${t(`language.${current}`)}`}>
          {current.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {languages.map((language) => (
          <Menu.Item key={language} lang={language} onClick={() => void choose(language)} aria-current={language === current ? 'true' : undefined}>
            {t(`language.${language}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
