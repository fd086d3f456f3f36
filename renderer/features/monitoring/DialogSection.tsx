import { Button, Card, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/monitoring/days';
import { useRepo } from '../../app/RepoContext';
import { ErrorText } from '../../components/ErrorText';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { addDialog, listDialogs } from '../../db/monitoring/feedback';
import type { MonitoringAbilities } from '../../db/monitoring/monitoringAbilities';
import type { SkpRecord } from '../../db/records';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';

/** Dialog kinerja: dated notes of performance conversations, seen by the employee and the appraiser. */
export function DialogSection({ skp, abilities }: { skp: SkpRecord; abilities: MonitoringAbilities }) {
  const { t } = useTranslation('feedback');
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const dialogs = useLiveQuery(async () => {
    // Observed first, as in FeedbackSection: the repository's access check awaits before its read.
    await repo.db.dialogs.where('skpId').equals(skp.id).primaryKeys();
    return listDialogs(repo, session, skp.id);
  }, [repo, session, skp.id]);

  return (
    <Card withBorder component="section" aria-label={t('dialog.title')}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3">
            {t('dialog.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dialog.intro')}
          </Text>
        </div>
        {/* The form above the notes: the newest note appears right under it, and the page's last
            button is never under a notification. */}
        {abilities.dialog && <AddDialogForm skp={skp} />}
        {dialogs && dialogs.length === 0 && <Text c="dimmed">{t('dialog.none')}</Text>}
        {dialogs && dialogs.length > 0 && (
          <Stack gap="xs" role="list" aria-label={t('dialog.listLabel')}>
            {dialogs.map((d) => (
              <Paper key={d.id} withBorder p="sm" role="listitem">
                <Text size="sm" fw={600}>
                  {t('dialog.by', { date: format.date(d.date), name: d.authorName })}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{d.note}</Text>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** Today when it lies in the SKP's period, else the nearest end of it. */
function defaultDate(skp: SkpRecord): string {
  const today = localIsoDate(new Date());
  if (today < skp.periodStart) return skp.periodStart;
  if (today > skp.periodEnd) return skp.periodEnd;
  return today;
}

function AddDialogForm({ skp }: { skp: SkpRecord }) {
  const { t } = useTranslation('feedback');
  const repo = useRepo();
  const session = useSignedInSession();
  const form = useForm({ initialValues: { date: defaultDate(skp), note: '' } });
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    if (!values.note.trim()) {
      form.setFieldError('note', <ErrorText error={{ code: 'field.required' }} />);
      return;
    }
    await addDialog(repo, session, { skpId: skp.id, ...values });
    notifySuccess(t('dialog.done'));
    form.setFieldValue('note', '');
  });
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('dialog.addTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('dialog.addTitle')}
          </Title>
          <TextInput type="date" label={t('dialog.date')} withAsterisk w={280} min={skp.periodStart} max={skp.periodEnd} {...form.getInputProps('date')} />
          <Textarea label={t('dialog.note')} withAsterisk autosize minRows={3} maw={640} {...form.getInputProps('note')} />
          <FormAlert error={error} />
          <Group>
            <Button type="submit" loading={busy}>
              {t('dialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
