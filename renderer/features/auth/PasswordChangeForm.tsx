import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordChangeSchema, type PasswordChangeInput } from '../../../shared/account';
import type { AppErrorData } from '../../../shared/errors';
import { useRepo } from '../../app/RepoContext';
import { FormAlert } from '../../components/FormAlert';
import { showSubmitError, zodValidate } from '../../components/forms';
import { changeOwnPassword } from '../../db/accounts';
import { useSignedInSession } from './session';
import { PasswordField } from '../../components/PasswordField';

const empty: PasswordChangeInput = { currentPassword: '', password: '', passwordConfirm: '' };

export function PasswordChangeForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation('settings');
  const repo = useRepo();
  const session = useSignedInSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const form = useForm({ initialValues: empty, validate: zodValidate(PasswordChangeSchema) });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      await changeOwnPassword(repo, session, values);
      form.reset();
      onChanged();
    } catch (e) {
      setError(showSubmitError(form, e));
    } finally {
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        <FormAlert error={error} />
        <PasswordField label={t('password.current')} autoComplete="current-password" withAsterisk {...form.getInputProps('currentPassword')} />
        <PasswordField label={t('password.new')} description={t('password.newHint')} autoComplete="new-password" withAsterisk {...form.getInputProps('password')} />
        <PasswordField label={t('password.confirm')} autoComplete="new-password" withAsterisk {...form.getInputProps('passwordConfirm')} />
        <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
          {t('password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
