import { Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/errors';
import { useRepo } from '../../app/RepoContext';
import { AppModal } from '../../components/AppModal';
import { DialogActions } from '../../components/DialogActions';
import { toErrorData } from '../../components/ErrorText';
import { FormAlert } from '../../components/FormAlert';
import { NumberField } from '../../components/NumberField';
import { notifySuccess } from '../../components/notify';
import { correctRealisation } from '../../db/monitoring/realisations';
import type { RealisationRecord } from '../../db/records';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';

/** The Pejabat Penilai corrects a subordinate's value; the reason is required and the old value kept. */
export function CorrectionModal({ realisation, ikiText, unit, onClose }: { realisation: RealisationRecord; ikiText: string; unit: string; onClose: () => void }) {
  const { t } = useTranslation('monitoring');
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const [value, setValue] = useState<number | null>(realisation.value);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      if (value === null) throw null;
      await correctRealisation(repo, session, realisation.id, { value, reason });
      notifySuccess(t('correction.saved'));
      onClose();
    } catch (e) {
      setError(e === null ? { code: 'monitoring.valueNotNumber' } : toErrorData(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('correction.title', { iki: ikiText })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('correction.current', { value: format.number(realisation.value), unit })}</Text>
          <FormAlert error={error} />
          <NumberField label={t('correction.value')} value={value} onChange={setValue} required data-autofocus />
          <Textarea label={t('correction.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={500} />
          <DialogActions onCancel={onClose} submitLabel={t('correction.submit')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
