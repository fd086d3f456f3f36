import { Button, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/roles';
import { useRepo } from '../../app/RepoContext';
import { ErrorText } from '../../components/ErrorText';
import { showSubmitError } from '../../components/forms';
import { notifyError, notifySuccess } from '../../components/notify';
import { updateOfficeSettings } from '../../db/office';
import type { UserRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { SettingsSection } from './SettingsSection';

/** The perspektif a JPT's RHK is sorted under: the regulation gives examples, each office keeps its own list. */
export function PerspektifSection({ user, perspektif }: { user: UserRecord; perspektif: string[] }) {
  const { t } = useTranslation(['settings', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const editable = can(user.roles, 'settings.update');
  const form = useForm({ initialValues: { perspektif: perspektif.join('\n') } });

  const submit = form.onSubmit(async ({ perspektif: text }) => {
    const list = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    try {
      await updateOfficeSettings(repo, session, { perspektif: list });
      notifySuccess(t('perspektif.done'));
    } catch (e) {
      const unplaced = showSubmitError(form, e);
      if (unplaced) form.setFieldError('perspektif', <ErrorText error={unplaced} />);
      else notifyError(e);
    }
  });

  return (
    <SettingsSection title={t('perspektif.title')} description={t('perspektif.description')}>
      <form onSubmit={submit} noValidate>
        <Stack align="flex-start">
          <Textarea label={t('perspektif.label')} description={t('perspektif.hint')} autosize minRows={4} w="100%" maw={480} readOnly={!editable} {...form.getInputProps('perspektif')} />
          {editable && <Button type="submit">{t('common:actions.save')}</Button>}
        </Stack>
      </form>
      {!editable && (
        <Text size="sm" c="dimmed">
          {t('perspektif.readOnly')}
        </Text>
      )}
    </SettingsSection>
  );
}
