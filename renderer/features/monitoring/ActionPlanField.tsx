import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/errors';
import { useRepo } from '../../app/RepoContext';
import { toErrorData } from '../../components/ErrorText';
import { FormAlert } from '../../components/FormAlert';
import { notifySuccess } from '../../components/notify';
import { saveActionPlan } from '../../db/monitoring/actionPlans';
import { useSignedInSession } from '../auth/session';

/** Rencana aksi: what the employee plans to do for one RHK in the period. */
export function ActionPlanField({ skpId, rhkId, periodKey, label, text, editable }: { skpId: string; rhkId: string; periodKey: string; label: string; text: string; editable: boolean }) {
  const { t } = useTranslation('monitoring');
  const repo = useRepo();
  const session = useSignedInSession();
  const [value, setValue] = useState(text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await saveActionPlan(repo, session, { skpId, rhkId, periodKey, text: value });
      notifySuccess(t('rhk.planSaved'));
    } catch (e) {
      setError(toErrorData(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Textarea label={label} value={value} onChange={(e) => setValue(e.currentTarget.value)} readOnly={!editable} autosize minRows={2} maxLength={2000} placeholder={editable ? t('rhk.planPlaceholder') : t('rhk.planEmpty')} />
      <FormAlert error={error} />
      {editable && (
        <Group>
          <Button variant="light" size="xs" onClick={() => void save()} loading={busy} disabled={value === text}>
            {t('rhk.savePlan')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
