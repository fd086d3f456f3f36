import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { OfficeIdentitySchema } from '../../../shared/account';
import { can } from '../../../shared/roles';
import { useRepo } from '../../app/RepoContext';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit, zodValidate } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { updateOffice } from '../../db/office';
import type { OfficeRecord, UserRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { SettingsSection } from './SettingsSection';

export function OfficeSection({ user, office }: { user: UserRecord; office: OfficeRecord }) {
  const { t } = useTranslation(['settings', 'setup', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const editable = can(user.roles, 'office.update');
  const form = useForm({
    initialValues: { instansi: office.instansi, officeName: office.name, officeCode: office.code },
    validate: zodValidate(OfficeIdentitySchema),
  });

  const { error, submit } = useFormSubmit(form, async (values) => {
    await updateOffice(repo, session, values);
    notifySuccess(t('office.done'));
  });

  return (
    <SettingsSection title={t('office.title')}>
      <form onSubmit={submit} noValidate>
        <Stack maw={560}>
          <FormAlert error={error} />
          <TextInput label={t('setup:fields.instansi')} readOnly={!editable} {...form.getInputProps('instansi')} />
          <TextInput label={t('setup:fields.officeName')} readOnly={!editable} {...form.getInputProps('officeName')} />
          <TextInput label={t('setup:fields.officeCode')} readOnly={!editable} {...form.getInputProps('officeCode')} />
          {editable && (
            <Button type="submit" style={{ alignSelf: 'flex-start' }}>
              {t('common:actions.save')}
            </Button>
          )}
        </Stack>
      </form>
    </SettingsSection>
  );
}
