import { Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/errors';
import { formatNip } from '../../../shared/nip';
import { useRepo } from '../../app/RepoContext';
import { toErrorData } from '../../components/ErrorText';
import { FormAlert } from '../../components/FormAlert';
import { StandaloneLayout } from '../../components/StandaloneLayout';
import { unlock } from '../../db/accounts';
import type { UserRecord } from '../../db/records';
import { useSession, useSignedInSession, type LockReason } from './session';
import { PasswordField } from '../../components/PasswordField';

export function LockScreen({ user, reason, idleMinutes }: { user: UserRecord; reason: LockReason; idleMinutes: number }) {
  const { t } = useTranslation('auth');
  const repo = useRepo();
  const session = useSignedInSession();
  const { unlocked, signOut } = useSession();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unlock(repo, session, password);
      unlocked();
    } catch (e) {
      setError(toErrorData(e));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <StandaloneLayout>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Title order={1}>{t('lock.title')}</Title>
          <Text>{reason === 'idle' ? t('lock.explanation', { count: idleMinutes }) : t('lock.lockedByUser')}</Text>
          <div>
            <Text fw={600}>{user.name}</Text>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {formatNip(user.nip)}
            </Text>
          </div>
          <FormAlert error={error} />
          <PasswordField label={t('lock.password')} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} data-autofocus />
          <Button type="submit" loading={busy} disabled={password.length === 0} fullWidth>
            {t('lock.unlock')}
          </Button>
          <Button variant="subtle" onClick={signOut}>
            {t('lock.signOutInstead')}
          </Button>
        </Stack>
      </form>
    </StandaloneLayout>
  );
}
