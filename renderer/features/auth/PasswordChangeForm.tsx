import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PasswordChangeSchema, type PasswordChangeInput } from '../../../shared/account';
import { useRepo } from '../../app/RepoContext';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit, zodValidate } from '../../components/forms';
import { changeOwnPassword } from '../../db/accounts';
import { useSignedInSession } from './session';
import { PasswordField } from '../../components/PasswordField';

const empty: PasswordChangeInput = { currentPassword: '', password: '', passwordConfirm: '' };

export function PasswordChangeForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation('settings');
  const repo = useRepo();
  const session = useSignedInSession();
  const form = useForm({ initialValues: empty, validate: zodValidate(PasswordChangeSchema) });

  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await changeOwnPassword(repo, session, values);
    form.reset();
    onChanged();
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
