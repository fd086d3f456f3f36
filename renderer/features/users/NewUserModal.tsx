import { Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { NewUserSchema, type NewUserInput } from '../../../shared/account';
import { useRepo } from '../../app/RepoContext';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit, zodValidate } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { createUser } from '../../db/accounts';
import { useSignedInSession } from '../auth/session';
import { RoleCheckboxes } from './RoleCheckboxes';
import { PasswordField } from '../../components/PasswordField';
import { AppModal } from '../../components/AppModal';
import { AsnTypeControl } from '../../components/AsnTypeControl';
import { DialogActions } from '../../components/DialogActions';

const empty: NewUserInput = { asnType: 'pns', name: '', nip: '', roles: ['pegawai'], password: '', passwordConfirm: '' };

export function NewUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const form = useForm({ initialValues: empty, validate: zodValidate(NewUserSchema) });

  const { busy, error, submit, clearError } = useFormSubmit(form, async (values) => {
    const user = await createUser(repo, session, values);
    notifySuccess(t('create.done', { name: user.name }));
    close();
  });

  function close() {
    form.reset();
    clearError();
    onClose();
  }

  return (
    <AppModal opened={opened} onClose={close} title={t('create.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} />
          <TextInput label={t('fields.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
          <AsnTypeControl label={t('fields.asnType')} value={form.getValues().asnType} onChange={(asnType) => form.setFieldValue('asnType', asnType)} />
          <TextInput label={t('fields.nip')} description={t('fields.nipHint')} inputMode="numeric" withAsterisk {...form.getInputProps('nip')} />
          <RoleCheckboxes {...form.getInputProps('roles')} />
          <PasswordField label={t('fields.initialPassword')} description={t('fields.initialPasswordHint')} autoComplete="new-password" withAsterisk {...form.getInputProps('password')} />
          <PasswordField label={t('fields.passwordConfirm')} autoComplete="new-password" withAsterisk {...form.getInputProps('passwordConfirm')} />
          <DialogActions onCancel={close} submitLabel={t('create.submit')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
