import { Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { UserUpdateSchema } from '../../../shared/account';
import { useRepo } from '../../app/RepoContext';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit, zodValidate } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { updateUser } from '../../db/accounts';
import type { UserRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { RoleCheckboxes } from './RoleCheckboxes';
import { AppModal } from '../../components/AppModal';
import { DialogActions } from '../../components/DialogActions';

/** Mounted per person being edited, so the form starts from that person's current values. */
export function EditUserModal({ user, onClose }: { user: UserRecord; onClose: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const form = useForm({ initialValues: { name: user.name, roles: user.roles }, validate: zodValidate(UserUpdateSchema) });

  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const updated = await updateUser(repo, session, user.id, values);
    notifySuccess(t('edit.done', { name: updated.name }));
    onClose();
  });

  return (
    <AppModal opened onClose={onClose} title={t('edit.title', { name: user.name })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} />
          <TextInput label={t('fields.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
          <RoleCheckboxes {...form.getInputProps('roles')} />
          <DialogActions onCancel={onClose} submitLabel={t('common:actions.save')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
