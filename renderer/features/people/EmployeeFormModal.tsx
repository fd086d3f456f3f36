import { Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { golonganCodes, pangkatGolongan } from '../../../shared/golongan';
import { formatNip } from '../../../shared/nip';
import { displayName, employeeStatuses } from '../../../shared/people';
import { EmployeeInputSchema, type EmployeeInput } from '../../../shared/peopleSchemas';
import { useRepo } from '../../app/RepoContext';
import { AppModal } from '../../components/AppModal';
import { AsnTypeControl } from '../../components/AsnTypeControl';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit, zodValidate } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { saveEmployee } from '../../db/people/employees';
import type { EmployeeRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { unitOptions } from './unitOptions';
import type { PeopleData } from './usePeopleData';

const blank: EmployeeInput = {
  asnType: 'pns',
  nip: '',
  name: '',
  gelarDepan: '',
  gelarBelakang: '',
  golongan: null,
  positionId: null,
  unitId: null,
  status: 'active',
  tmtJabatan: null,
};

/** View (everyone who may see the person) or edit (HR) one employee. */
export function EmployeeFormModal({ employee, data, editable, onClose }: { employee: EmployeeRecord | null; data: PeopleData; editable: boolean; onClose: () => void }) {
  const { t } = useTranslation(['people', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const form = useForm<EmployeeInput>({
    initialValues: employee
      ? {
          asnType: employee.asnType,
          nip: employee.nip,
          name: employee.name,
          gelarDepan: employee.gelarDepan,
          gelarBelakang: employee.gelarBelakang,
          golongan: employee.golongan,
          positionId: employee.positionId,
          unitId: employee.unitId,
          status: employee.status,
          tmtJabatan: employee.tmtJabatan,
        }
      : blank,
    validate: zodValidate(EmployeeInputSchema),
  });
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const saved = await saveEmployee(repo, session, employee?.id ?? null, values);
    notifySuccess(t('employeeForm.saved', { name: displayName(saved) }));
    onClose();
  });

  const values = form.getValues();
  const positionOptions = data.positions
    .filter((p) => !p.retired || p.id === values.positionId)
    .map((p) => ({ value: p.id, label: p.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const chain = employee ? data.chain.get(employee.id) : undefined;
  const nameOf = (id: string | null | undefined) => {
    const person = id ? data.employeesById.get(id) : undefined;
    return person ? `${displayName(person)} (${formatNip(person.nip)})` : t('none');
  };
  const title = employee ? t(editable ? 'employeeForm.titleEdit' : 'employeeForm.titleView', { name: displayName(employee) }) : t('employeeForm.titleNew');
  const readOnly = !editable;

  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} />
          <AsnTypeControl
            label={t('employeeForm.asnType')}
            value={values.asnType}
            disabled={readOnly}
            onChange={(asnType) => form.setValues({ asnType, golongan: null })}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('employeeForm.nip')} description={t('employeeForm.nipHint')} withAsterisk readOnly={readOnly} inputMode="numeric" {...form.getInputProps('nip')} />
            <Select
              label={t('employeeForm.golongan')}
              data={golonganCodes(values.asnType).map((code) => ({ value: code, label: pangkatGolongan(code) }))}
              readOnly={readOnly}
              clearable
              searchable
              {...form.getInputProps('golongan')}
            />
            <TextInput label={t('employeeForm.gelarDepan')} readOnly={readOnly} {...form.getInputProps('gelarDepan')} />
            <TextInput label={t('employeeForm.gelarBelakang')} readOnly={readOnly} {...form.getInputProps('gelarBelakang')} />
          </SimpleGrid>
          <TextInput label={t('employeeForm.name')} withAsterisk readOnly={readOnly} {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('employeeForm.position')} data={positionOptions} readOnly={readOnly} clearable searchable placeholder={t('employeeForm.choose')} {...form.getInputProps('positionId')} />
            <Select label={t('employeeForm.unit')} data={unitOptions(data.units, values.unitId)} readOnly={readOnly} clearable searchable placeholder={t('employeeForm.choose')} {...form.getInputProps('unitId')} />
            <Select
              label={t('employeeForm.status')}
              data={employeeStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
              readOnly={readOnly}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
            <TextInput
              type="date"
              label={t('employeeForm.tmtJabatan')}
              readOnly={readOnly}
              value={values.tmtJabatan ?? ''}
              error={form.errors.tmtJabatan}
              onChange={(e) => form.setFieldValue('tmtJabatan', e.currentTarget.value || null)}
            />
          </SimpleGrid>
          {employee && (
            <Group grow align="flex-start">
              <TextInput label={t('employeeForm.appraiser')} value={nameOf(chain?.appraiserId)} readOnly />
              <TextInput label={t('employeeForm.atasanAppraiser')} value={nameOf(chain?.atasanAppraiserId)} readOnly />
            </Group>
          )}
          {editable && <DialogActions onCancel={onClose} submitLabel={t('common:actions.save')} busy={busy} />}
        </Stack>
      </form>
    </AppModal>
  );
}
