import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { jenisJabatanList, jenjangByKategori, kategoriFungsionalList, type KategoriFungsional } from '../../../shared/jabatan';
import { PositionInputSchema, type PositionInput } from '../../../shared/peopleSchemas';
import { useRepo } from '../../app/RepoContext';
import { AppModal } from '../../components/AppModal';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit, zodValidate } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { savePosition } from '../../db/people/organisation';
import type { PositionRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { unitOptions } from '../people/unitOptions';
import type { PeopleData } from '../people/usePeopleData';

export function PositionFormModal({ position, data, onClose }: { position: PositionRecord | null; data: PeopleData; onClose: () => void }) {
  const { t } = useTranslation(['people', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const form = useForm<PositionInput>({
    initialValues: {
      name: position?.name ?? '',
      jenisJabatan: position?.jenisJabatan ?? 'pelaksana',
      kategori: position?.kategori ?? null,
      jenjang: position?.jenjang ?? null,
      unitId: position?.unitId ?? null,
      reportsToId: position?.reportsToId ?? null,
    },
    validate: zodValidate(PositionInputSchema),
  });
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const saved = await savePosition(repo, session, position?.id ?? null, values);
    notifySuccess(t('positions.saved', { name: saved.name }));
    onClose();
  });

  const values = form.getValues();
  const fungsional = values.jenisJabatan === 'fungsional';
  const superiors = data.positions
    .filter((p) => p.id !== position?.id && (!p.retired || p.id === values.reportsToId))
    .map((p) => ({ value: p.id, label: p.name }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <AppModal opened onClose={onClose} title={position ? t('positions.titleEdit', { name: position.name }) : t('positions.titleNew')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} />
          <TextInput label={t('positions.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('positions.jenis')}
            data={jenisJabatanList.map((value) => ({ value, label: t(`jenisJabatan.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('jenisJabatan')}
            onChange={(value) => {
              form.setFieldValue('jenisJabatan', value as PositionInput['jenisJabatan']);
              if (value !== 'fungsional') form.setValues({ kategori: null, jenjang: null });
            }}
          />
          {fungsional && (
            <SimpleGrid cols={2}>
              <Select
                label={t('positions.kategori')}
                withAsterisk
                data={kategoriFungsionalList.map((value) => ({ value, label: t(`kategori.${value}`) }))}
                {...form.getInputProps('kategori')}
                onChange={(value) => form.setValues({ kategori: value as KategoriFungsional | null, jenjang: null })}
              />
              <Select
                label={t('positions.jenjang')}
                withAsterisk
                data={(values.kategori ? jenjangByKategori[values.kategori] : []).map((value) => ({ value, label: t(`jenjang.${value}`) }))}
                {...form.getInputProps('jenjang')}
              />
            </SimpleGrid>
          )}
          <Select label={t('positions.unit')} data={unitOptions(data.units, values.unitId)} searchable clearable {...form.getInputProps('unitId')} />
          <Select label={t('positions.reportsTo')} description={t('positions.reportsToHint')} data={superiors} searchable clearable {...form.getInputProps('reportsToId')} />
          <DialogActions onCancel={onClose} submitLabel={t('common:actions.save')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
