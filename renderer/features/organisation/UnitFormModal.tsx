import { Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { UnitInputSchema } from '../../../shared/peopleSchemas';
import { useRepo } from '../../app/RepoContext';
import { AppModal } from '../../components/AppModal';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit, zodValidate } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { createUnit, moveUnit, renameUnit } from '../../db/people/organisation';
import type { UnitRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { unitWithDescendants } from '../people/filterEmployees';
import { unitOptions } from '../people/unitOptions';

export type UnitDialog = { mode: 'add'; parent: UnitRecord } | { mode: 'rename'; unit: UnitRecord } | { mode: 'move'; unit: UnitRecord };

const FormSchema = z.object({ name: UnitInputSchema.shape.name, kind: UnitInputSchema.shape.kind, parentId: z.string().min(1) });

/** Add a sub-unit, rename a unit, or move it under another parent. */
export function UnitFormModal({ dialog, units, onClose }: { dialog: UnitDialog; units: UnitRecord[]; onClose: () => void }) {
  const { t } = useTranslation(['people', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const unit = dialog.mode === 'add' ? null : dialog.unit;
  const form = useForm({
    initialValues: {
      name: unit?.name ?? '',
      kind: dialog.mode === 'add' ? (dialog.parent.kind === 'opd' ? 'bidang' : 'seksi') : unit!.kind === 'opd' ? 'bidang' : unit!.kind,
      parentId: dialog.mode === 'add' ? dialog.parent.id : (unit!.parentId ?? ''),
    },
    validate: zodValidate(FormSchema),
  });
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const saved =
      dialog.mode === 'add'
        ? await createUnit(repo, session, values)
        : dialog.mode === 'rename'
          ? await renameUnit(repo, session, dialog.unit.id, values.name)
          : await moveUnit(repo, session, dialog.unit.id, values.parentId);
    notifySuccess(t('organisation.unitSaved', { name: saved.name }));
    onClose();
  });

  const title =
    dialog.mode === 'add'
      ? t('organisation.addUnit', { name: dialog.parent.name })
      : t(dialog.mode === 'rename' ? 'organisation.renameUnit' : 'organisation.moveUnit', { name: dialog.unit.name });
  // A unit cannot go under itself or its own sub-units.
  const excluded = unit ? unitWithDescendants(units, unit.id) : new Set<string>();

  return (
    <AppModal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} />
          {dialog.mode !== 'move' && <TextInput label={t('organisation.unitName')} withAsterisk data-autofocus {...form.getInputProps('name')} />}
          {dialog.mode === 'add' && (
            <Select
              label={t('organisation.unitKind')}
              data={(['bidang', 'seksi'] as const).map((value) => ({ value, label: t(`unitKind.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
          )}
          {dialog.mode === 'move' && (
            <Select
              label={t('organisation.newParent')}
              data={unitOptions(units).filter((o) => !excluded.has(o.value))}
              searchable
              allowDeselect={false}
              {...form.getInputProps('parentId')}
            />
          )}
          <DialogActions onCancel={onClose} submitLabel={t('common:actions.save')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
