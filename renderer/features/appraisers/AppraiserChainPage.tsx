import { Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconUserCheck, IconArrowBackUp } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainEntry } from '../../../shared/appraiserChain';
import { formatNip } from '../../../shared/nip';
import { displayName } from '../../../shared/people';
import { can } from '../../../shared/roles';
import { useRepo } from '../../app/RepoContext';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import { saveWorkbook } from '../../components/saveWorkbook';
import { notifyError, notifySuccess } from '../../components/notify';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { clearAppraiserOverride } from '../../db/people/employees';
import type { EmployeeRecord, UserRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { EmployeeFilters } from '../people/EmployeeFilters';
import { filterEmployees, noFilter, type EmployeeFilter } from '../people/filterEmployees';
import { usePeopleData } from '../people/usePeopleData';
import { AssignAppraiserModal } from './AssignAppraiserModal';
import { chainExport } from './chainExport';

/** Every active employee's Pejabat Penilai and its superior, with the problems flagged, for HR to fix. */
export function AppraiserChainPage({ user }: { user: UserRecord }) {
  const { t, i18n } = useTranslation(['people', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const data = usePeopleData();
  const [filter, setFilter] = useState<EmployeeFilter>({ ...noFilter, status: 'active' });
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assigning, setAssigning] = useState(false);
  const collator = useMemo(() => new Intl.Collator(i18n.language), [i18n.language]);
  const editable = can(user.roles, 'people.edit');

  const rows = useMemo(() => {
    if (!data) return [];
    const kept = filterEmployees(data.employees, { units: data.units, positions: data.positions }, filter, { key: 'name', direction: 'asc' }, collator);
    return kept.filter((e) => data.chain.has(e.id) && (!onlyProblems || (data.chain.get(e.id)?.problems.length ?? 0) > 0));
  }, [data, filter, onlyProblems, collator]);
  const problemCount = useMemo(() => (data ? [...data.chain.values()].filter((c) => c.problems.length > 0).length : 0), [data]);
  if (!data) return <FullPageLoader />;

  const person = (id: string | null) => {
    const e = id ? data.employeesById.get(id) : undefined;
    return e ? (
      <Stack gap={0}>
        <Text size="sm" truncate>
          {displayName(e)}
        </Text>
        <Text size="xs" c="dimmed">
          {formatNip(e.nip)}
        </Text>
      </Stack>
    ) : (
      t('none')
    );
  };
  const entry = (e: EmployeeRecord): ChainEntry => data.chain.get(e.id)!;
  const columns: Column<EmployeeRecord>[] = [
    { key: 'employee', header: t('appraisers.columns.employee'), width: 'minmax(13rem, 1.6fr)', text: displayName, render: (e) => person(e.id) },
    { key: 'position', header: t('appraisers.columns.position'), width: 'minmax(11rem, 1.4fr)', render: (e) => (e.positionId ? data.positionsById.get(e.positionId)?.name : null) ?? t('none') },
    {
      key: 'appraiser',
      header: t('appraisers.columns.appraiser'),
      width: 'minmax(13rem, 1.6fr)',
      render: (e) => {
        const c = entry(e);
        return c.source === 'outsideOffice' ? t('appraisers.source.outsideOffice') : (
          <Group gap={6} wrap="nowrap">
            {person(c.appraiserId)}
            {c.source === 'override' && (
              <Badge size="xs" variant="outline">
                {t('appraisers.source.override')}
              </Badge>
            )}
          </Group>
        );
      },
    },
    { key: 'atasan', header: t('appraisers.columns.atasan'), width: 'minmax(12rem, 1.4fr)', render: (e) => person(entry(e).atasanAppraiserId) },
    {
      key: 'problems',
      header: t('appraisers.columns.problems'),
      width: 'minmax(12rem, 1.4fr)',
      render: (e) => (
        <Group gap={4}>
          {entry(e).problems.map((p) => (
            <Badge key={p} color="red" variant="light" size="sm" style={{ textTransform: 'none' }}>
              {t(`appraisers.problems.${p}`)}
            </Badge>
          ))}
        </Group>
      ),
    },
  ];

  const clear = async () => {
    try {
      const count = await clearAppraiserOverride(repo, session, [...selected]);
      notifySuccess(t('appraisers.cleared', { count }));
      setSelected(new Set());
    } catch (e) {
      notifyError(e);
    }
  };


  return (
    <Stack>
      <PageHeader
        title={t('appraisers.title')}
        intro={t('appraisers.intro')}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
            onClick={() => void saveWorkbook(chainExport({ t, employees: rows, data }), (fileName) => t('employees.exported', { fileName }))}
            disabled={rows.length === 0}
          >
            {t('appraisers.export')}
          </Button>
        }
      />
      <EmployeeFilters filter={filter} onChange={setFilter} units={data.units} />
      <Group justify="space-between">
        <Group>
          <Checkbox label={t('appraisers.onlyProblems')} checked={onlyProblems} onChange={(e) => setOnlyProblems(e.currentTarget.checked)} />
          <Text size="sm" c={problemCount > 0 ? 'red.9' : undefined} role="status">
            {t('appraisers.problemCount', { count: problemCount })}
          </Text>
        </Group>
        {editable && (
          <Group>
            <Text size="sm">{t('appraisers.selected', { count: selected.size })}</Text>
            <Button variant="default" leftSection={<IconArrowBackUp size={18} aria-hidden />} disabled={selected.size === 0} onClick={() => void clear()}>
              {t('appraisers.clear')}
            </Button>
            <Button leftSection={<IconUserCheck size={18} aria-hidden />} disabled={selected.size === 0} onClick={() => setAssigning(true)}>
              {t('appraisers.assign')}
            </Button>
          </Group>
        )}
      </Group>
      <VirtualTable
        label={t('appraisers.table')}
        columns={columns}
        rows={rows}
        rowKey={(e) => e.id}
        empty={t('employees.empty')}
        selection={
          editable
            ? { selected, onChange: setSelected, selectLabel: (e) => t('appraisers.select', { name: displayName(e) }), selectAllLabel: t('appraisers.selectAll') }
            : undefined
        }
      />
      {assigning && (
        <AssignAppraiserModal
          employeeIds={[...selected]}
          data={data}
          onClose={(done) => {
            setAssigning(false);
            if (done) setSelected(new Set());
          }}
        />
      )}
    </Stack>
  );
}
