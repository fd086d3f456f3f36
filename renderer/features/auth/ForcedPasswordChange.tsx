import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { StandaloneLayout } from '../../components/StandaloneLayout';
import type { UserRecord } from '../../db/records';
import { PasswordChangeForm } from './PasswordChangeForm';
import { useSession } from './session';

/** After HR set the password (new account or reset), nothing else opens until the person picks their own. */
export function ForcedPasswordChange({ user }: { user: UserRecord }) {
  const { t } = useTranslation(['auth', 'settings', 'common']);
  const { passwordChanged, signOut } = useSession();
  return (
    <StandaloneLayout>
      <Stack>
        <Title order={1}>{t('mustChange.title')}</Title>
        <Text fw={600}>{user.name}</Text>
        <Text>{t('mustChange.explanation')}</Text>
        <PasswordChangeForm
          onChanged={() => {
            notifySuccess(t('settings:password.done'));
            passwordChanged();
          }}
        />
        <Button variant="subtle" onClick={signOut} style={{ alignSelf: 'flex-start' }}>
          {t('common:userMenu.signOut')}
        </Button>
      </Stack>
    </StandaloneLayout>
  );
}
