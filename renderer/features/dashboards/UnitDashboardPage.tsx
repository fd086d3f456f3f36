import { Alert, Anchor, Group, Select, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { localIsoDate } from '../../../shared/monitoring/days';
import { isMonitored } from '../../../shared/monitoring/skpRows';
import { periodsOf } from '../../../shared/monitoring/periods';
import { formatNip } from '../../../shared/nip';
import { useRepo } from '../../app/RepoContext';
import type { UserRecord } from '../../db/records';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable, type Column, type SortState } from '../../components/VirtualTable';
import { getMonitoringYear } from '../../db/monitoring/monitoringYears';
import { realisationsBySkp } from '../../db/monitoring/realisations';
import { visibleSkps } from '../../db/skp/skps';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { currentPeriodKey } from '../monitoring/monitoringProgress';
import { usePeriodLabel } from '../monitoring/usePeriodLabel';
import { usePeopleData } from '../people/usePeopleData';
import { YearSelect, yearFromSearch } from '../skp/YearSelect';
import { ChartFigure } from './ChartFigure';
import { DashboardTabs } from './DashboardTabs';
import { statusColor, statusKeys } from './statusColors';
import { unitAndBelow } from '../../../shared/people';
import { personRow, sortOverdueFirst, totalCounts, type PersonRow } from './dashboardData';


type SortKey = 'name' | 'entered' | 'mean' | 'onTrack' | 'atRisk' | 'behind' | 'missing' | 'overdue';

function sortValue(r: PersonRow, key: SortKey): number | string {
  switch (key) {
    case 'name':
      return r.name;
    case 'entered':
      return r.entered;
    case 'mean':
      return r.meanCapaian ?? -1;
    case 'overdue':
      return r.daysOverdue;
    default:
      return r.counts[key];
  }
}

/** Where each person of a unit (with its sub-units) stands in a period; who is overdue first. */
export function UnitDashboardPage({ user }: { user: UserRecord }) {
  const { t } = useTranslation('dashboards');
  const repo = useRepo();
  const session = useSignedInSession();
  const people = usePeopleData();
  const format = useFormat();
  const label = usePeriodLabel();
  const [search, setSearch] = useSearchParams();
  const year = yearFromSearch(search);
  const today = localIsoDate(new Date());
  const [sort, setSort] = useState<SortState | undefined>(undefined);

  const units = useMemo(() => (people ? people.units.filter((u) => !u.retired).sort((a, b) => a.name.localeCompare(b.name)) : []), [people]);
  const askedUnit = search.get('unit');
  const unitId = askedUnit && units.some((u) => u.id === askedUnit) ? askedUnit : (people?.own?.unitId ?? units.find((u) => u.parentId === null)?.id ?? units[0]?.id ?? null);


  // Only the SKPs of the unit on screen (with its sub-units) have their realisations read.
  const data = useLiveQuery(async () => {
    if (!people || !unitId) return undefined;
    const scope = unitAndBelow(people.units, unitId);
    const [skps, monitoringYear] = await Promise.all([visibleSkps(repo, session, year), getMonitoringYear(repo, session, year)]);
    const live = skps.filter((s) => isMonitored(s) && scope.has(people.employeesById.get(s.employeeId)?.unitId ?? ''));
    return { live, monitoringYear, realisations: await realisationsBySkp(repo, session, live.map((s) => s.id)) };
  }, [repo, session, year, people, unitId]);

  const periods = data ? periodsOf(year, data.monitoringYear.rules.rhythm) : [];
  const askedPeriod = search.get('period');
  const periodKey = askedPeriod && periods.some((p) => p.key === askedPeriod) ? askedPeriod : currentPeriodKey(periods, today);

  const rows = useMemo((): PersonRow[] => {
    if (!data || !periodKey) return [];
    const out: PersonRow[] = [];
    for (const skp of data.live) {
      const row = personRow(skp, data.realisations.get(skp.id) ?? [], data.monitoringYear, periodKey, today);
      if (row.inside) out.push(row);
    }
    return sortOverdueFirst(out);
  }, [data, periodKey, today]);

  const sorted = useMemo(() => {
    if (!sort) return rows;
    const dir = sort.direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = sortValue(a, sort.key as SortKey);
      const y = sortValue(b, sort.key as SortKey);
      return (typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number)) * dir;
    });
  }, [rows, sort]);

  if (!people || (unitId && !data)) return <FullPageLoader />;
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    setSearch(next, { replace: true });
  };
  const percent = (v: number | null) => (v === null ? '–' : new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 }).format(v));
  const totals = totalCounts(rows);
  const period = periodKey ? label(periodKey) : '';
  const summary = t('unit.summary', { ...totals, people: t('unit.peopleCount', { count: rows.length }), period, overdue: rows.filter((r) => r.daysOverdue > 0).length });
  const chartData = statusKeys.map((k) => ({ key: k, name: t(`status.${k}`), value: totals[k] }));

  const columns: Column<PersonRow>[] = [
    {
      key: 'name',
      header: t('unit.name'),
      width: 'minmax(12rem, 2fr)',
      sortable: true,
      render: (r) => (
        <Anchor component={Link} to={`/dashboards/person/${r.skpId}`} size="sm">
          {r.name}
        </Anchor>
      ),
    },
    {
      key: 'overdue',
      header: t('unit.overdue'),
      width: '12.5rem',
      sortable: true,
      render: (r) => (r.daysOverdue > 0 && r.overduePeriod ? t('unit.overdueDays', { count: r.daysOverdue, period: label(r.overduePeriod) }) : '–'),
    },
    { key: 'nip', header: t('unit.nip'), width: '11.5rem', render: (r) => formatNip(r.nip) },
    { key: 'entered', header: t('unit.entered'), width: '8rem', sortable: true, render: (r) => t('unit.enteredCount', { done: r.entered, total: r.ikiCount }) },
    { key: 'mean', header: t('unit.mean'), width: '8rem', sortable: true, render: (r) => percent(r.meanCapaian) },
    ...statusKeys.map((k): Column<PersonRow> => ({ key: k, header: t(`status.${k}`), width: '7.5rem', sortable: true, render: (r) => format.number(r.counts[k]) })),
  ];

  return (
    <Stack>
      <PageHeader title={t('unit.title')} intro={t('unit.intro')} />
      <DashboardTabs user={user} />
      <Group align="flex-end">
        <Select
          label={t('unit.unit')}
          w={320}
          searchable
          allowDeselect={false}
          data={units.map((u) => ({ value: u.id, label: u.name }))}
          value={unitId}
          onChange={(v) => v && set({ unit: v })}
        />
        <YearSelect value={year} onChange={(y) => set({ year: String(y) })} />
        <Select label={t('unit.period')} w={200} allowDeselect={false} data={periods.map((p) => ({ value: p.key, label: label(p.key) }))} value={periodKey} onChange={(v) => v && set({ period: v })} />
      </Group>
      {units.length === 0 && <Alert color="gray">{t('unit.noUnits')}</Alert>}
      <ChartFigure
        title={t('unit.chartTitle', { period })}
        summary={summary}
        table={{ headers: [t('chart.status'), t('chart.count')], rows: chartData.map((d) => ({ key: d.key, cells: [d.name, format.number(d.value)] })) }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={chartData} accessibilityLayer={false} margin={{ top: 8, right: 48, bottom: 8, left: 16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" interval={0} padding={{ left: 32, right: 32 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="value" name={t('chart.count')} isAnimationActive={false}>
              {chartData.map((d) => (
                <Cell key={d.key} fill={statusColor[d.key]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
      <Text size="sm" c="dimmed">
        {t('unit.tableNote')}
      </Text>
      <VirtualTable label={t('unit.table', { period })} columns={columns} rows={sorted} rowKey={(r) => r.skpId} sort={sort} onSort={setSort} empty={t('unit.empty')} />
    </Stack>
  );
}
