import { Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../components/forms';

/** The appraiser returns an SKP with a note saying what to change. */
export function ReturnModal({ onReturn, onClose }: { onReturn: (note: string) => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation('skp');
  const form = useForm({ initialValues: { note: '' }, validate: { note: (v) => (v.trim() ? null : t('editor.returnNoteRequired')) } });
  const { busy, error, submit } = useFormSubmit(form, async ({ note }) => {
    await onReturn(note);
    onClose();
  });
  return (
    <AppModal opened onClose={onClose} title={t('editor.returnTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} />
          <Textarea label={t('editor.returnNote')} description={t('editor.returnNoteHint')} withAsterisk autosize minRows={3} data-autofocus {...form.getInputProps('note')} />
          <DialogActions onCancel={onClose} submitLabel={t('step.return')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}

/** HR starts a new version after a mutasi, from the date the new position took effect. */
export function NewVersionModal({ periodStart, periodEnd, onStart, onClose }: { periodStart: string; periodEnd: string; onStart: (date: string) => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation('skp');
  const form = useForm({ initialValues: { effectiveDate: '' } });
  const { busy, error, submit } = useFormSubmit(form, async ({ effectiveDate }) => {
    await onStart(effectiveDate);
    onClose();
  });
  return (
    <AppModal opened onClose={onClose} title={t('editor.newVersionTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} />
          <TextInput type="date" label={t('editor.effectiveDate')} description={t('editor.newVersionHint')} min={periodStart} max={periodEnd} withAsterisk data-autofocus {...form.getInputProps('effectiveDate')} />
          <DialogActions onCancel={onClose} submitLabel={t('editor.newVersion')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
