import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SignInSchema } from '../../../shared/account';
import { useRepo } from '../../app/RepoContext';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit, zodValidate } from '../../components/forms';
import { StandaloneLayout } from '../../components/StandaloneLayout';
import { signIn } from '../../db/accounts';
import { useSession } from './session';
import { PasswordField } from '../../components/PasswordField';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const repo = useRepo();
  const { start } = useSession();
  const form = useForm({ initialValues: { nip: '', password: '' }, validate: zodValidate(SignInSchema) });

  const { busy, error, submit } = useFormSubmit(form, async ({ nip, password }) => {
    try {
      start(await signIn(repo, nip, password));
    } catch (e) {
      form.setFieldValue('password', '');
      throw e;
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
