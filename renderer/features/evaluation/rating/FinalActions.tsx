import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../shared/errors';
import { useRepo } from '../../../app/RepoContext';
import { AppModal } from '../../../components/AppModal';
import { DialogActions } from '../../../components/DialogActions';
import { toErrorData } from '../../../components/ErrorText';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { acknowledgeEvaluation, reopenEvaluation } from '../../../db/evaluation/evaluations';
import type { RatingView } from '../../../db/evaluation/ratingView';
import { useFormat } from '../../../i18n/format';
import { useSignedInSession } from '../../auth/session';

/** After finalising: HR reopens with a reason; the employee acknowledges, with a comment if they wish. */
export function FinalActions({ view }: { view: RatingView }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const e = view.evaluation;
  const [reopening, setReopening] = useState(false);
  if (!e || e.status !== 'final') return null;
  const name = view.skp.snapshot.employee.name;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('rating.acknowledge.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('rating.acknowledge.title')}
        </Title>
        {e.acknowledgement ? (
          <div>
            <Text size="sm">{t('rating.acknowledge.at', { date: format.dateTime(e.acknowledgement.at) })}</Text>
            {e.acknowledgement.comment && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {t('rating.acknowledge.comment2', { comment: e.acknowledgement.comment })}
              </Text>
            )}
          </div>
        ) : view.mayAcknowledge ? (
          <AcknowledgeForm id={e.id} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('rating.acknowledge.none')}
          </Text>
        )}
        {view.mayReopen && (
          <Group>
            <Button variant="light" color="orange" onClick={() => setReopening(true)}>
              {t('rating.reopen.button')}
            </Button>
          </Group>
        )}
      </Stack>
      {reopening && <ReopenModal id={e.id} name={name} onClose={() => setReopening(false)} />}
    </Paper>
  );
}

function AcknowledgeForm({ id }: { id: string }) {
  const { t } = useTranslation('evaluation');
  const repo = useRepo();
  const session = useSignedInSession();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await acknowledgeEvaluation(repo, session, id, comment);
      notifySuccess(t('rating.acknowledge.done'));
    } catch (e) {
      setError(toErrorData(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" align="flex-start">
      <Textarea label={t('rating.acknowledge.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={2} maxLength={1000} w="100%" />
      <FormAlert error={error} />
      <Button onClick={() => void submit()} loading={busy}>
        {t('rating.acknowledge.submit')}
      </Button>
    </Stack>
  );
}

function ReopenModal({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const { t } = useTranslation('evaluation');
  const repo = useRepo();
  const session = useSignedInSession();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await reopenEvaluation(repo, session, id, reason);
      notifySuccess(t('rating.reopen.done', { name }));
      onClose();
    } catch (e) {
      setError(toErrorData(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <AppModal opened onClose={onClose} title={t('rating.reopen.title', { name })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack>
          <FormAlert error={error} />
          <Textarea label={t('rating.reopen.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} withAsterisk autosize minRows={2} maxLength={1000} data-autofocus />
          <DialogActions onCancel={onClose} submitLabel={t('rating.reopen.submit')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
