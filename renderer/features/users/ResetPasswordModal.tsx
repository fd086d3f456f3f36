import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PasswordResetSchema } from '../../../shared/account';
import { useRepo } from '../../app/RepoContext';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit, zodValidate } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { resetPassword } from '../../db/accounts';
import type { UserRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { PasswordField } from '../../components/PasswordField';
import { AppModal } from '../../components/AppModal';
import { DialogActions } from '../../components/DialogActions';

export function ResetPasswordModal({ user, onClose }: { user: UserRecord; onClose: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const form = useForm({ initialValues: { password: '', passwordConfirm: '' }, validate: zodValidate(PasswordResetSchema) });

  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await resetPassword(repo, session, user.id, values);
    notifySuccess(t('reset.done', { name: user.name }));
    onClose();
  });

  return (
    <AppModal opened onClose={onClose} title={t('reset.title', { name: user.name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} />
          <PasswordField label={t('reset.password')} description={t('fields.initialPasswordHint')} autoComplete="new-password" withAsterisk data-autofocus {...form.getInputProps('password')} />
          <PasswordField label={t('fields.passwordConfirm')} autoComplete="new-password" withAsterisk {...form.getInputProps('passwordConfirm')} />
          <DialogActions onCancel={onClose} submitLabel={t('reset.submit')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
