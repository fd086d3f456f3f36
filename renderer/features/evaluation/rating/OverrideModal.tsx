import { List, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../shared/errors';
import { useRepo } from '../../../app/RepoContext';
import { AppModal } from '../../../components/AppModal';
import { DialogActions } from '../../../components/DialogActions';
import { toErrorData } from '../../../components/ErrorText';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { finaliseEvaluation } from '../../../db/evaluation/evaluations';
import type { RatingView } from '../../../db/evaluation/ratingView';
import { useSignedInSession } from '../../auth/session';
import { BreachLines } from './DistributionPanel';

/** The unit's distribution breaks its curve: the breaches with their fixes, and the reason to finalise anyway. */
export function OverrideModal({ view, evaluationKey, onClose }: { view: RatingView; evaluationKey: string; onClose: () => void }) {
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
      if (!reason.trim()) throw null;
      await finaliseEvaluation(repo, session, evaluationKey, { overrideReason: reason });
      notifySuccess(t('rating.finalised', { name: view.skp.snapshot.employee.name }));
      onClose();
    } catch (e) {
      setError(e === null ? { code: 'evaluation.reasonMissing' } : toErrorData(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('rating.overrideModal.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">{t('rating.overrideModal.intro')}</Text>
          {view.distribution && view.distribution.breaches.length > 0 && (
            <List size="sm" spacing={4}>
              <BreachLines distribution={view.distribution} />
            </List>
          )}
          <Textarea label={t('rating.overrideModal.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} withAsterisk autosize minRows={3} maxLength={1000} data-autofocus />
          <FormAlert error={error} />
          <DialogActions onCancel={onClose} submitLabel={t('rating.overrideModal.submit')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
