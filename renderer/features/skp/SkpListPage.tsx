import { Anchor, Button, Group, Select, Stack, Tabs, TextInput, Text } from '@mantine/core';
import { IconFileExport, IconFileImport, IconHierarchy2, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatNip } from '../../../shared/nip';
import { displayName } from '../../../shared/people';
import { can } from '../../../shared/roles';
import { useRepo } from '../../app/RepoContext';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import type { EmployeeRecord, SkpRecord, UserRecord } from '../../db/records';
import { visibleSkps } from '../../db/skp/skps';
import { useSignedInSession } from '../auth/session';
import { exportSkpRecap } from '../skpRecap/exportSkpRecap';
import { unitOptions } from '../people/unitOptions';
import { usePeopleData } from '../people/usePeopleData';
import { CreateSkpModal } from './CreateSkpModal';
import { SkpProgressTable } from './SkpProgressTable';
import { StatusBadge } from './StatusBadge';
import { YearSelect, yearFromSearch } from './YearSelect';
import { currentSkps, progressStatuses, skpProgress, type ProgressStatus } from './skpProgress';

interface Row {
  employee: EmployeeRecord;
  skp: SkpRecord | undefined;
  status: ProgressStatus;
}

/** Who has which SKP for the year: progress per unit, and each person's SKP to open or start. */
export function SkpListPage({ user }: { user: UserRecord }) {
  const { t } = useTranslation(['skp', 'skpImport']);
  const repo = useRepo();
  const session = useSignedInSession();
  const [search, setSearch] = useSearchParams();
  const year = yearFromSearch(search);
  const data = usePeopleData();
  const skps = useLiveQuery(() => visibleSkps(repo, session, year), [repo, session, year]);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState<EmployeeRecord | null>(null);

  const rows = useMemo((): Row[] => {
    if (!data || !skps) return [];
    const current = currentSkps(skps);
    return data.employees
      .filter((e) => e.status === 'active')
      .map((employee) => {
        const skp = current.get(employee.id);
        return { employee, skp, status: skp ? (skp.status as ProgressStatus) : 'none' };
      })
      .sort((a, b) => a.employee.name.localeCompare(b.employee.name));
  }, [data, skps]);

  const unitIds = useMemo(() => {
    if (!unitId || !data) return null;
    const ids = new Set([unitId]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const u of data.units) if (u.parentId && ids.has(u.parentId) && !ids.has(u.id)) grew = !!ids.add(u.id);
    }
    return ids;
  }, [unitId, data]);

  if (!data || !skps) return <FullPageLoader />;
  const needle = query.trim().toLowerCase().replace(/\s+/g, '');
  const shown = rows.filter(
    (r) =>
      (!unitIds || (r.employee.unitId !== null && unitIds.has(r.employee.unitId))) &&
      (!status || r.status === status) &&
      (!needle || r.employee.name.toLowerCase().replace(/\s+/g, '').includes(needle) || r.employee.nip.includes(needle)),
  );
  const progress = skpProgress(
    shown.map((r) => r.employee),
    skps,
    data.units,
  );
  const manage = can(user.roles, 'skp.manage');
  const mayCreate = (e: EmployeeRecord) => manage || e.id === data.own?.id || (user.roles.includes('pejabat_penilai') && data.chain.get(e.id)?.appraiserId === data.own?.id);

  const unitName = (id: string | null) => (id ? data.unitsById.get(id)?.name ?? '' : '');
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('list.name'),
      width: 'minmax(10rem, 2fr)',
      text: (r) => displayName(r.employee),
      render: (r) =>
        r.skp ? (
          <Anchor component={Link} to={`/skp/${r.skp.id}`} size="sm">
            {displayName(r.employee)}
          </Anchor>
        ) : (
          <Text size="sm">{displayName(r.employee)}</Text>
        ),
    },
    { key: 'nip', header: t('list.nip'), width: '11rem', render: (r) => formatNip(r.employee.nip) },
    { key: 'position', header: t('list.position'), width: 'minmax(7rem, 1.5fr)', render: (r) => (r.employee.positionId ? data.positionsById.get(r.employee.positionId)?.name : '') },
    { key: 'unit', header: t('list.unit'), width: 'minmax(7rem, 1.5fr)', render: (r) => unitName(r.employee.unitId) },
    { key: 'status', header: t('list.status'), width: '8.5rem', render: (r) => <StatusBadge status={r.status} /> },
    { key: 'rhk', header: t('list.rhkCount'), width: '4rem', render: (r) => (r.skp ? r.skp.rhk.length : '') },
    {
      key: 'action',
      header: t('list.action'),
      width: '8rem',
      render: (r) =>
        !r.skp && mayCreate(r.employee) ? (
          <Button size="compact-sm" variant="light" onClick={() => setCreating(r.employee)} aria-label={t('list.createFor', { name: displayName(r.employee) })}>
            {t('list.create')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Stack>
      <PageHeader
        title={t('list.title')}
        intro={t('list.intro')}
        actions={
          <Group gap="xs">
            <Button component={Link} to={`/skp/cascade?year=${year}`} variant="light" leftSection={<IconHierarchy2 size={16} aria-hidden />}>
              {t('list.cascade')}
            </Button>
            {(manage || user.roles.includes('pejabat_penilai')) && (
              <Button component={Link} to={`/skp/bulk?year=${year}`} variant="light" leftSection={<IconUsersGroup size={16} aria-hidden />}>
                {t('list.bulk')}
              </Button>
            )}
            {data.scope === 'all' && (
              // The unit chosen in the filter below (with its sub-units), or the whole office.
              <Button variant="light" leftSection={<IconFileExport size={16} aria-hidden />} onClick={() => void exportSkpRecap(repo, session, { year, unitId })}>
                {t('skpImport:recap.button', { year })}
              </Button>
            )}
            {manage && (
              <Button component={Link} to={`/skp/import?year=${year}`} variant="light" leftSection={<IconFileImport size={16} aria-hidden />}>
                {t('list.import')}
              </Button>
            )}
          </Group>
        }
      />
      <Group align="flex-end">
        <YearSelect value={year} onChange={(y) => setSearch({ year: String(y) })} />
        {data.scope !== 'self' && (
          <>
            <TextInput type="search" label={t('list.search')} leftSection={<IconSearch size={16} aria-hidden />} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
            <Select label={t('list.unitFilter')} data={unitOptions(data.units)} value={unitId} onChange={setUnitId} clearable searchable w={260} />
            <Select
              label={t('list.statusFilter')}
              data={progressStatuses.map((s) => ({ value: s, label: s === 'none' ? t('list.noSkp') : t(`status.${s}`) }))}
              value={status}
              onChange={setStatus}
              clearable
              w={180}
            />
          </>
        )}
      </Group>
      <Tabs defaultValue="people" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="people">{t('list.peopleTab', { count: shown.length })}</Tabs.Tab>
          {data.scope !== 'self' && <Tabs.Tab value="progress">{t('list.progressTab')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="people" pt="md">
          <VirtualTable label={t('list.table', { year })} columns={columns} rows={shown} rowKey={(r) => r.employee.id} empty={t('list.empty')} />
        </Tabs.Panel>
        <Tabs.Panel value="progress" pt="md">
          <SkpProgressTable rows={progress.rows} total={progress.total} />
        </Tabs.Panel>
      </Tabs>
      {creating && <CreateSkpModal employee={creating} year={year} onClose={() => setCreating(null)} />}
    </Stack>
  );
}
