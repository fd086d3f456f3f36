import { Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/errors';
import { defaultLanguage, isLanguage } from '../../../shared/languages';
import { orgPredikatLabels, orgPredikatList, type OrgPredikat } from '../../../shared/evaluation/tables';
import { useRepo } from '../../app/RepoContext';
import { AppModal } from '../../components/AppModal';
import { DialogActions } from '../../components/DialogActions';
import { toErrorData } from '../../components/ErrorText';
import { FormAlert } from '../../components/FormAlert';
import { notifySuccess } from '../../components/notify';
import { recordOrgResult } from '../../db/evaluation/orgResults';
import type { OrgResultRow } from '../../db/evaluation/orgResultsView';
import { useSignedInSession } from '../auth/session';

/** The official one level up (or HR) records a unit's capaian kinerja organisasi for a period, with a note. */
export function OrgResultModal({ row, periodKey, periodLabel, capaian, onClose }: { row: OrgResultRow; periodKey: string; periodLabel: string; capaian: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const repo = useRepo();
  const session = useSignedInSession();
  const [predikat, setPredikat] = useState<OrgPredikat | null>(row.result?.predikat ?? null);
  const [note, setNote] = useState(row.result?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  const submit = async () => {
    setError(null);
    if (!predikat) return setError({ code: 'evaluation.orgPredikatMissing', field: 'predikat' });
    setBusy(true);
    try {
      await recordOrgResult(repo, session, { unitId: row.unitId, periodKey, predikat, note });
      notifySuccess(t('org.saved', { unit: row.name, period: periodLabel }));
      onClose();
    } catch (e) {
      setError(toErrorData(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('org.modalTitle', { unit: row.name, period: periodLabel })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('org.capaianContext', { capaian })}</Text>
          <FormAlert error={error} />
          <Select
            label={t('org.result')}
            placeholder={t('org.choose')}
            required
            allowDeselect={false}
            data={orgPredikatList.map((p) => ({ value: p, label: orgPredikatLabels[p][lang] }))}
            value={predikat}
            onChange={(v) => setPredikat(v as OrgPredikat | null)}
            data-autofocus
          />
          <Textarea label={t('org.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={3} maxLength={1000} />
          <DialogActions onCancel={onClose} submitLabel={t('org.save')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
