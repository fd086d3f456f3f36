import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { golonganPns, golonganPppk } from '../../../shared/golongan';
import { jenisJabatanList, type JenisJabatan } from '../../../shared/jabatan';
import { employeeStatuses, type EmployeeStatus } from '../../../shared/people';
import type { UnitRecord } from '../../db/records';
import { noFilter, type EmployeeFilter } from './filterEmployees';
import { unitOptions } from './unitOptions';

export function EmployeeFilters({ filter, onChange, units }: { filter: EmployeeFilter; onChange: (f: EmployeeFilter) => void; units: UnitRecord[] }) {
  const { t } = useTranslation('people');
  const all = t('employees.filters.all');
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label={t('employees.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filter.search}
        onChange={(e) => onChange({ ...filter, search: e.currentTarget.value })}
        w={260}
        type="search"
      />
      <Select
        label={t('employees.filters.unit')}
        data={unitOptions(units)}
        value={filter.unitId}
        onChange={(unitId) => onChange({ ...filter, unitId })}
        placeholder={all}
        clearable
        searchable
        w={280}
      />
      <Select
        label={t('employees.filters.jenisJabatan')}
        data={jenisJabatanList.map((value) => ({ value, label: t(`jenisJabatan.${value}`) }))}
        value={filter.jenisJabatan}
        onChange={(v) => onChange({ ...filter, jenisJabatan: v as JenisJabatan | null })}
        placeholder={all}
        clearable
        w={200}
      />
      <Select
        label={t('employees.filters.golongan')}
        data={[...golonganPns.map((g) => g.code), ...golonganPppk]}
        value={filter.golongan}
        onChange={(golongan) => onChange({ ...filter, golongan })}
        placeholder={all}
        clearable
        searchable
        w={120}
      />
      <Select
        label={t('employees.filters.status')}
        data={employeeStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
        value={filter.status}
        onChange={(v) => onChange({ ...filter, status: v as EmployeeStatus | null })}
        placeholder={all}
        clearable
        w={140}
      />
      <Button variant="subtle" onClick={() => onChange(noFilter)}>
        {t('employees.filters.reset')}
      </Button>
    </Group>
  );
}
