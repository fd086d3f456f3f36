import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { displayName } from '../../../shared/people';
import { useRepo } from '../../app/RepoContext';
import { AppModal } from '../../components/AppModal';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../components/forms';
import type { EmployeeRecord } from '../../db/records';
import { createSkp } from '../../db/skp/skps';
import { useSignedInSession } from '../auth/session';

/**
 * A new SKP: the whole year by default; someone who joins or changes post mid-year gets a
 * shorter period, which may not overlap another SKP of theirs.
 */
export function CreateSkpModal({ employee, year, onClose }: { employee: EmployeeRecord; year: number; onClose: () => void }) {
  const { t } = useTranslation('skp');
  const repo = useRepo();
  const session = useSignedInSession();
  const navigate = useNavigate();
  const form = useForm({ initialValues: { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` } });
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const skp = await createSkp(repo, session, { employeeId: employee.id, year, ...values });
    onClose();
    navigate(`/skp/${skp.id}`);
  });
  return (
    <AppModal opened onClose={onClose} title={t('create.title', { name: displayName(employee), year })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('create.hint')}</Text>
          <FormAlert error={error} />
          <Group grow align="flex-start">
            <TextInput type="date" label={t('create.start')} min={`${year}-01-01`} max={`${year}-12-31`} data-autofocus {...form.getInputProps('periodStart')} />
            <TextInput type="date" label={t('create.end')} min={`${year}-01-01`} max={`${year}-12-31`} {...form.getInputProps('periodEnd')} />
          </Group>
          <DialogActions onCancel={onClose} submitLabel={t('list.create')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
