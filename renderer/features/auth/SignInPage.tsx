import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInSchema } from '../../../shared/account';
import type { AppErrorData } from '../../../shared/errors';
import { useRepo } from '../../app/RepoContext';
import { toErrorData } from '../../components/ErrorText';
import { FormAlert } from '../../components/FormAlert';
import { zodValidate } from '../../components/forms';
import { StandaloneLayout } from '../../components/StandaloneLayout';
import { signIn } from '../../db/accounts';
import { useSession } from './session';
import { PasswordField } from '../../components/PasswordField';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const repo = useRepo();
  const { start } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const form = useForm({ initialValues: { nip: '', password: '' }, validate: zodValidate(SignInSchema) });

  const submit = form.onSubmit(async ({ nip, password }) => {
    setError(null);
    setBusy(true);
    try {
      start(await signIn(repo, nip, password));
    } catch (e) {
      setError(toErrorData(e));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  });

  return (
    <StandaloneLayout>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1}>{t('signIn.title')}</Title>
          <Text>{t('signIn.intro')}</Text>
          <FormAlert error={error} />
          <TextInput label={t('signIn.nip')} inputMode="numeric" autoComplete="username" withAsterisk {...form.getInputProps('nip')} />
          <PasswordField label={t('signIn.password')} autoComplete="current-password" withAsterisk {...form.getInputProps('password')} />
          <Button type="submit" loading={busy} fullWidth>
            {t('signIn.submit')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('signIn.forgot')}
          </Text>
        </Stack>
      </form>
    </StandaloneLayout>
  );
}
