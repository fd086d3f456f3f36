import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNip } from '../../../shared/nip';
import { displayName, employeeStatuses } from '../../../shared/people';
import { can } from '../../../shared/roles';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import { saveWorkbook } from '../../components/saveWorkbook';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import type { EmployeeRecord, UserRecord } from '../../db/records';
import { useFormat } from '../../i18n/format';
import cells from './EmployeeCells.module.css';
import { EmployeeFilters } from './EmployeeFilters';
import { EmployeeFormModal } from './EmployeeFormModal';
import { filterEmployees, noFilter, type EmployeeFilter, type SortKey } from './filterEmployees';
import { rosterExport } from './rosterExport';
import { usePeopleData } from './usePeopleData';

export function EmployeesPage({ user }: { user: UserRecord }) {
  const { t, i18n } = useTranslation(['people', 'common']);
  const data = usePeopleData();
  const format = useFormat();
  const [filter, setFilter] = useState<EmployeeFilter>(noFilter);
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({ key: 'name', direction: 'asc' });
  const [editing, setEditing] = useState<EmployeeRecord | 'new' | null>(null);
  const collator = useMemo(() => new Intl.Collator(format.locale, { sensitivity: 'base' }), [format.locale]);
  const shown = useMemo(
    () => (data ? filterEmployees(data.employees, { units: data.units, positions: data.positions }, filter, sort, collator) : []),
    [data, filter, sort, collator],
  );
  if (!data) return <FullPageLoader />;

  // Translated once per render, not per row: rows mount by the dozen on every frame of a fast
  // scroll, and each i18next call allocates enough to bring on frame-dropping collections.
  const none = t('none');
  const statusLabel = Object.fromEntries(employeeStatuses.map((s) => [s, t(`status.${s}`)]));
  const columns: Column<EmployeeRecord>[] = [
    {
      key: 'name',
      header: t('employees.columns.name'),
      width: 'minmax(14rem, 2fr)',
      sortable: true,
      text: displayName,
      // A real button, so the record opens from the keyboard too.
      render: (e) => {
        const name = displayName(e);
        return (
          <button type="button" className={cells.link} onClick={() => setEditing(e)} title={name}>
            {name}
          </button>
        );
      },
    },
    { key: 'nip', header: t('employees.columns.nip'), width: '12.5rem', sortable: true, render: (e) => formatNip(e.nip) },
    { key: 'golongan', header: t('employees.columns.golongan'), width: '5rem', sortable: true, render: (e) => e.golongan ?? none },
    { key: 'position', header: t('employees.columns.position'), width: 'minmax(12rem, 2fr)', sortable: true, render: (e) => (e.positionId ? data.positionsById.get(e.positionId)?.name : null) ?? none },
    { key: 'unit', header: t('employees.columns.unit'), width: 'minmax(10rem, 1.5fr)', sortable: true, render: (e) => (e.unitId ? data.unitsById.get(e.unitId)?.name : null) ?? none },
    {
      key: 'status',
      header: t('employees.columns.status'),
      width: '7rem',
      sortable: true,
      render: (e) => (
        <span className={cells.status} data-status={e.status}>
          {statusLabel[e.status]}
        </span>
      ),
    },
  ];

  const exportShown = () =>
    saveWorkbook(rosterExport({ t, language: i18n.language, employees: shown, data }), (fileName) => t('employees.exported', { fileName }));

  return (
    <Stack>
      <PageHeader
        title={t('employees.title')}
        intro={t('employees.intro')}
        actions={
        <Group>
          {can(user.roles, 'people.import') && (
            <Button component={Link} to="/employees/import" variant="default" leftSection={<IconFileImport size={18} aria-hidden />}>
              {t('employees.import')}
            </Button>
          )}
          <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} onClick={() => void exportShown()} disabled={shown.length === 0}>
            {t('employees.export')}
          </Button>
          {can(user.roles, 'people.edit') && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
              {t('employees.add')}
            </Button>
          )}
        </Group>
        }
      />
      {data.scope !== 'all' && (
        <Alert color="gray" variant="light">
          {data.own ? t(`employees.scope.${data.scope}`) : t('employees.scope.noRecord')}
        </Alert>
      )}
      <EmployeeFilters filter={filter} onChange={setFilter} units={data.units} />
      <Text size="sm" role="status">
        {t('employees.count', { count: data.employees.length, shown: shown.length })}
      </Text>
      <VirtualTable
        label={t('employees.table')}
        columns={columns}
        rows={shown}
        rowKey={(e) => e.id}
        sort={sort}
        onSort={(s) => setSort({ key: s.key as SortKey, direction: s.direction })}
        empty={t('employees.empty')}
      />
      {editing && <EmployeeFormModal employee={editing === 'new' ? null : editing} data={data} editable={can(user.roles, 'people.edit')} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
