import { Button, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { OfficeSettings } from '../../../shared/settings';
import { can } from '../../../shared/roles';
import { useRepo } from '../../app/RepoContext';
import { notifyError, notifySuccess } from '../../components/notify';
import { updateOfficeSettings } from '../../db/office';
import type { UserRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { SettingsSection } from './SettingsSection';

/** Whether appraisers may ask colleagues for input on perilaku kerja, and whether it stays anonymous. */
export function PeerInputSection({ user, peerInput }: { user: UserRecord; peerInput: OfficeSettings['peerInput'] }) {
  const { t } = useTranslation(['settings', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const editable = can(user.roles, 'settings.update');
  const form = useForm({ initialValues: peerInput });

  const submit = form.onSubmit(async (values) => {
    try {
      await updateOfficeSettings(repo, session, { peerInput: values });
      notifySuccess(t('peerInput.done'));
    } catch (e) {
      notifyError(e);
    }
  });

  return (
    <SettingsSection title={t('peerInput.title')} description={t('peerInput.description')}>
      <form onSubmit={submit} noValidate>
        <Stack align="flex-start">
          <Switch label={t('peerInput.enabled')} disabled={!editable} {...form.getInputProps('enabled', { type: 'checkbox' })} />
          <Switch label={t('peerInput.anonymous')} description={t('peerInput.anonymousHint')} disabled={!editable || !form.values.enabled} {...form.getInputProps('anonymous', { type: 'checkbox' })} />
          {editable && <Button type="submit">{t('common:actions.save')}</Button>}
        </Stack>
      </form>
      {!editable && (
        <Text size="sm" c="dimmed">
          {t('peerInput.readOnly')}
        </Text>
      )}
    </SettingsSection>
  );
}
