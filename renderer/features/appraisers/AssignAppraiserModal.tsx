import { Checkbox, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../shared/nip';
import { displayName } from '../../../shared/people';
import { AppraiserOverrideInputSchema, type AppraiserOverrideInput } from '../../../shared/peopleSchemas';
import { useRepo } from '../../app/RepoContext';
import { AppModal } from '../../components/AppModal';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit, zodValidate } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { setAppraiserOverride } from '../../db/people/employees';
import { useSignedInSession } from '../auth/session';
import type { PeopleData } from '../people/usePeopleData';

/** One appraiser, one reason, for every selected person. */
export function AssignAppraiserModal({ employeeIds, data, onClose }: { employeeIds: string[]; data: PeopleData; onClose: (done: boolean) => void }) {
  const { t } = useTranslation(['people', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const form = useForm<AppraiserOverrideInput>({ initialValues: { appraiserId: '', reason: '', delegated: false }, validate: zodValidate(AppraiserOverrideInputSchema) });
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const count = await setAppraiserOverride(repo, session, employeeIds, values);
    notifySuccess(t('appraisers.assigned', { count }));
    onClose(true);
  });
  const chosen = new Set(employeeIds);
  const candidates = data.employees
    .filter((e) => e.status === 'active' && !chosen.has(e.id))
    .map((e) => ({ value: e.id, label: `${displayName(e)} — ${formatNip(e.nip)}` }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <AppModal opened onClose={() => onClose(false)} title={t('appraisers.assignTitle', { count: employeeIds.length })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} />
          <Select label={t('appraisers.appraiser')} data={candidates} searchable withAsterisk limit={100} data-autofocus {...form.getInputProps('appraiserId')} />
          <Textarea label={t('appraisers.reason')} description={t('appraisers.reasonHint')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
          <Checkbox label={t('appraisers.delegated')} {...form.getInputProps('delegated', { type: 'checkbox' })} />
          <DialogActions onCancel={() => onClose(false)} submitLabel={t('appraisers.assign')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
