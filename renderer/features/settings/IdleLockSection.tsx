import { Button, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { OfficeSettingsSchema } from '../../../shared/settings';
import { can } from '../../../shared/roles';
import { useRepo } from '../../app/RepoContext';
import { showSubmitError, zodValidate } from '../../components/forms';
import { notifyError, notifySuccess } from '../../components/notify';
import { updateOfficeSettings } from '../../db/office';
import type { UserRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { SettingsSection } from './SettingsSection';

const IdleLockSchema = OfficeSettingsSchema.pick({ idleLockMinutes: true });

export function IdleLockSection({ user, minutes }: { user: UserRecord; minutes: number }) {
  const { t } = useTranslation(['settings', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const editable = can(user.roles, 'settings.update');
  const form = useForm({ initialValues: { idleLockMinutes: minutes }, validate: zodValidate(IdleLockSchema) });

  const submit = form.onSubmit(async (values) => {
    try {
      await updateOfficeSettings(repo, session, values);
      notifySuccess(t('idleLock.done'));
    } catch (e) {
      const unplaced = showSubmitError(form, e);
      if (unplaced) notifyError(e);
    }
  });

  return (
    <SettingsSection title={t('idleLock.title')} description={t('idleLock.description')}>
      <form onSubmit={submit} noValidate>
        <Stack align="flex-start">
          <NumberInput
            label={t('idleLock.label')}
            min={1}
            max={240}
            step={1}
            allowDecimal={false}
            clampBehavior="none"
            disabled={!editable}
            styles={{ wrapper: { maxWidth: 160 } }}
            {...form.getInputProps('idleLockMinutes')}
          />
          {editable && <Button type="submit">{t('common:actions.save')}</Button>}
        </Stack>
      </form>
      {!editable && (
        <Text size="sm" c="dimmed">
          {t('idleLock.readOnly')}
        </Text>
      )}
    </SettingsSection>
  );
}
