import { Anchor, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { localIsoDate } from '../../../shared/monitoring/days';
import { periodsOf, periodsWithin } from '../../../shared/monitoring/periods';
import { formatNip } from '../../../shared/nip';
import { useRepo } from '../../app/RepoContext';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { getMonitoringYear, entryStateOf } from '../../db/monitoring/monitoringYears';
import { realisationCounts } from '../../db/monitoring/realisations';
import type { SkpRecord, UserRecord } from '../../db/records';
import { visibleSkps } from '../../db/skp/skps';
import { useSignedInSession } from '../auth/session';
import { YearSelect, yearFromSearch } from '../skp/YearSelect';
import { MonitoringImportActions } from '../realisationImport/MonitoringImportActions';
import { EntryStateBadge } from './EntryStateBadge';
import { currentPeriodKey } from './monitoringProgress';
import { usePeriodLabel } from './usePeriodLabel';

interface Row {
  skp: SkpRecord;
  own: boolean;
  ikiCount: number;
  entered: number;
  /** Whether the current period falls inside this SKP (a closed mutasi SKP may end before it). */
  inside: boolean;
}

/** The approved SKPs the person may see, with how far the current period's entry has come. */
export function MonitoringPage({ user }: { user: UserRecord }) {
  const { t } = useTranslation('monitoring');
  const repo = useRepo();
  const session = useSignedInSession();
  const label = usePeriodLabel();
  const [search, setSearch] = useSearchParams();
  const year = yearFromSearch(search);
  const [query, setQuery] = useState('');
  const today = localIsoDate(new Date());

  const data = useLiveQuery(async () => {
    const [skps, monitoringYear] = await Promise.all([visibleSkps(repo, session, year), getMonitoringYear(repo, session, year)]);
    const live = skps.filter((s) => s.status === 'approved' || s.status === 'closed');
    const periodKey = currentPeriodKey(periodsOf(year, monitoringYear.rules.rhythm), today)!;
    const counts = await realisationCounts(repo, session, periodKey, live.map((s) => s.id));
    return { live, monitoringYear, periodKey, counts };
  }, [repo, session, year, today]);

  const rows = useMemo((): Row[] => {
    if (!data) return [];
    const { rhythm } = data.monitoringYear.rules;
    return data.live
      .map((skp) => ({
        skp,
        own: skp.snapshot.employee.nip === user.nip,
        ikiCount: skp.rhk.reduce((n, r) => n + r.indicators.length, 0),
        entered: data.counts.get(skp.id) ?? 0,
        inside: periodsWithin(skp.periodStart, skp.periodEnd, rhythm).some((p) => p.key === data.periodKey),
      }))
      .sort((a, b) => Number(b.own) - Number(a.own) || a.skp.snapshot.employee.name.localeCompare(b.skp.snapshot.employee.name) || a.skp.version - b.skp.version);
  }, [data, user.nip]);

  if (!data) return <FullPageLoader />;
  const period = periodsOf(year, data.monitoringYear.rules.rhythm).find((p) => p.key === data.periodKey)!;
  const entry = entryStateOf(data.monitoringYear, period, today);
  const needle = query.trim().toLowerCase().replace(/\s+/g, '');
  const shown = needle ? rows.filter((r) => r.skp.snapshot.employee.name.toLowerCase().replace(/\s+/g, '').includes(needle) || r.skp.snapshot.employee.nip.includes(needle)) : rows;
  const others = rows.some((r) => !r.own);

  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('list.name'),
      width: 'minmax(12rem, 2fr)',
      text: (r) => r.skp.snapshot.employee.name,
      render: (r) => (
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/monitoring/${r.skp.id}?period=${data.periodKey}`} size="sm">
            {r.skp.snapshot.employee.name}
          </Anchor>
          {r.skp.version > 1 && (
            <Text size="xs" c="dimmed">
              {t('skp.version', { version: r.skp.version })}
            </Text>
          )}
        </Group>
      ),
    },
    { key: 'nip', header: t('list.nip'), width: '11rem', render: (r) => formatNip(r.skp.snapshot.employee.nip) },
    { key: 'unit', header: t('list.unit'), width: 'minmax(8rem, 1.5fr)', render: (r) => r.skp.snapshot.employee.unit },
    {
      key: 'entered',
      header: t('list.entered', { period: label(data.periodKey) }),
      width: '15rem',
      render: (r) => (r.inside ? t('list.enteredCount', { done: r.entered, total: r.ikiCount }) : t('list.outside')),
    },
    {
      key: 'state',
      header: t('list.state'),
      width: '17rem',
      render: (r) => (r.inside ? <EntryStateBadge state={entry.state} closesOn={entry.closesOn} start={period.start} /> : null),
    },
  ];

  return (
    <Stack>
      <PageHeader title={t('title')} intro={t('intro')} actions={<MonitoringImportActions user={user} year={year} rhythm={data.monitoringYear.rules.rhythm} periodKey={data.periodKey} others={others} />} />
      <Group align="flex-end">
        <YearSelect value={year} onChange={(y) => setSearch({ year: String(y) })} />
        {others && (
          <TextInput type="search" label={t('list.search')} leftSection={<IconSearch size={16} aria-hidden />} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
        )}
      </Group>
      <Group gap="xs">
        <Text fw={600}>{t('list.currentPeriod', { period: label(data.periodKey) })}</Text>
        <EntryStateBadge state={entry.state} closesOn={entry.closesOn} start={period.start} />
      </Group>
      <VirtualTable label={t('list.table', { year })} columns={columns} rows={shown} rowKey={(r) => r.skp.id} empty={t('list.empty')} />
    </Stack>
  );
}
