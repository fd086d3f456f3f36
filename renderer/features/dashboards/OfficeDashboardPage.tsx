import { Alert, Anchor, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { localIsoDate } from '../../../shared/monitoring/days';
import { expectedCount, enteredCount } from '../../../shared/monitoring/aggregates';
import type { UnitFigures } from '../../../shared/monitoring/officeView';
import { periodsOf } from '../../../shared/monitoring/periods';
import { useRepo } from '../../app/RepoContext';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable, type Column, type SortState } from '../../components/VirtualTable';
import { getMonitoringYear } from '../../db/monitoring/monitoringYears';
import { officeDashboard } from '../../db/monitoring/officeDashboard';
import type { UserRecord } from '../../db/records';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { currentPeriodKey } from '../monitoring/monitoringProgress';
import { usePeriodLabel } from '../monitoring/usePeriodLabel';
import { YearSelect, yearFromSearch } from '../skp/YearSelect';
import { ChartFigure } from './ChartFigure';
import { DashboardTabs } from './DashboardTabs';
import { statusColor, statusKeys } from './statusColors';

type SortKey = 'name' | 'completeness' | 'capaian' | 'behind' | 'missing';

function sortValue(u: UnitFigures, key: SortKey): number | string {
  if (key === 'name') return u.name ?? '';
  if (key === 'completeness') return u.completeness ?? -1;
  if (key === 'capaian') return u.capaian ?? -1;
  return u.aggregate[key];
}

/**
 * The office at a glance for HR and the head of office: each IKU against its target, how the
 * indicators stand, how complete each unit's entry is, and the trend per period. Every number is
 * read from the year's aggregates (DESIGN.md, Monitoring), never from the realisations.
 */
export function OfficeDashboardPage({ user }: { user: UserRecord }) {
  const { t } = useTranslation('dashboards');
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const label = usePeriodLabel();
  const [search, setSearch] = useSearchParams();
  const year = yearFromSearch(search);
  const asked = search.get('period');
  const [sort, setSort] = useState<SortState | undefined>(undefined);

  const data = useLiveQuery(async () => {
    const { rules } = await getMonitoringYear(repo, session, year);
    const periods = periodsOf(year, rules.rhythm);
    const periodKey = asked && periods.some((p) => p.key === asked) ? asked : currentPeriodKey(periods, localIsoDate(new Date()))!;
    return { periods, view: await officeDashboard(repo, session, year, periodKey) };
  }, [repo, session, year, asked]);

  const units = useMemo(() => {
    const list = data?.view.units ?? [];
    if (!sort) return list;
    const dir = sort.direction === 'asc' ? 1 : -1;
    return [...list].sort((a, b) => {
      const x = sortValue(a, sort.key as SortKey);
      const y = sortValue(b, sort.key as SortKey);
      return (typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number)) * dir;
    });
  }, [data, sort]);

  if (!data) return <FullPageLoader />;
  const { view, periods } = data;
  const period = label(view.periodKey);
  const percent = (v: number | null) => (v === null ? t('office.noData') : new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 }).format(v));
  const axisPercent = (v: number) => new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 }).format(v / 100);
  const toPercent = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    setSearch(next, { replace: true });
  };
  const office = view.office.aggregate;
  const expected = expectedCount(office);
  const unitName = (u: UnitFigures) => u.name ?? t('office.noUnit');

  const statusData = statusKeys.map((k) => ({ key: k, name: t(`status.${k}`), value: office[k], share: expected === 0 ? 0 : office[k] / expected }));
  const ikuData = view.ikus.map((i) => ({ key: i.iku.id, name: i.iku.text, capaian: toPercent(i.capaian) }));
  const trendData = view.trend.map((p) => ({ key: p.periodKey, name: label(p.periodKey), capaian: toPercent(p.capaian), completeness: toPercent(p.completeness) }));
  const measured = view.ikus.filter((i) => i.capaian !== null);

  const columns: Column<UnitFigures>[] = [
    {
      key: 'name',
      header: t('office.unit'),
      width: 'minmax(14rem, 3fr)',
      sortable: true,
      render: (u) =>
        u.unitId ? (
          <Anchor component={Link} to={`/dashboards/unit?unit=${u.unitId}&year=${year}&period=${view.periodKey}`} size="sm" style={{ paddingLeft: sort ? 0 : `${u.depth * 1.25}rem` }}>
            {unitName(u)}
          </Anchor>
        ) : (
          unitName(u)
        ),
    },
    { key: 'completeness', header: t('office.completeness'), width: '11rem', sortable: true, render: (u) => `${percent(u.completeness)} (${t('unit.enteredCount', { done: format.number(enteredCount(u.aggregate)), total: format.number(expectedCount(u.aggregate)) })})` },
    { key: 'capaian', header: t('unit.mean'), width: '12rem', sortable: true, render: (u) => percent(u.capaian) },
    { key: 'behind', header: t('status.behind'), width: '8.5rem', sortable: true, render: (u) => format.number(u.aggregate.behind) },
    { key: 'missing', header: t('status.missing'), width: '8.5rem', sortable: true, render: (u) => format.number(u.aggregate.missing) },
  ];

  return (
    <Stack>
      <PageHeader title={t('office.title')} intro={t('office.intro')} />
      <DashboardTabs user={user} />
      <Group align="flex-end">
        <YearSelect value={year} onChange={(y) => set({ year: String(y) })} />
        <Select label={t('unit.period')} w={200} allowDeselect={false} data={periods.map((p) => ({ value: p.key, label: label(p.key) }))} value={view.periodKey} onChange={(v) => v && set({ period: v })} />
      </Group>
      {expected === 0 && <Alert color="gray">{t('office.empty', { period })}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label={t('office.capaianFigure')} value={percent(view.office.capaian)} />
        <Figure label={t('office.completenessFigure')} value={percent(view.office.completeness)} note={t('unit.enteredCount', { done: format.number(enteredCount(office)), total: format.number(expected) })} />
        <Figure label={t('office.behindFigure')} value={format.number(office.behind)} note={t('office.atRiskNote', { count: office.atRisk })} />
      </SimpleGrid>

      <ChartFigure
        title={t('office.ikuTitle', { period })}
        summary={
          view.ikus.length === 0
            ? t('office.ikuNone', { year })
            : t('office.ikuSummary', { measured: measured.length, total: view.ikus.length, list: measured.map((i) => `${i.iku.text} ${percent(i.capaian)}`).join('; ') || '–' })
        }
        table={{
          headers: [t('office.goal'), t('office.iku'), t('office.target'), t('office.capaian'), t('office.indicators')],
          rows: view.ikus.map((i) => ({
            key: i.iku.id,
            cells: [i.goal, i.iku.text, i.iku.target === null ? '–' : `${format.number(i.iku.target)} ${i.iku.unit}`, percent(i.capaian), t('unit.enteredCount', { done: format.number(enteredCount(i.aggregate)), total: format.number(expectedCount(i.aggregate)) })],
          })),
        }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={ikuData} layout="vertical" accessibilityLayer={false} margin={{ top: 24, right: 48, bottom: 8, left: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={axisPercent} domain={[0, (max: number) => Math.max(120, Math.ceil(max / 10) * 10)]} />
            <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} />
            <Tooltip />
            <ReferenceLine x={100} stroke="var(--mantine-color-dark-4)" strokeDasharray="4 4" label={{ value: t('office.targetLine'), position: 'top', fontSize: 12 }} />
            <Bar dataKey="capaian" name={t('office.capaian')} fill="var(--mantine-color-blue-7)" maxBarSize={36} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ChartFigure
          title={t('office.statusTitle', { period })}
          summary={t('office.statusSummary', { ...office, total: expected, period })}
          table={{ headers: [t('chart.status'), t('chart.count'), t('office.share')], rows: statusData.map((d) => ({ key: d.key, cells: [d.name, format.number(d.value), percent(expected === 0 ? null : d.share)] })) }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={statusData} accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="value" name={t('chart.count')} isAnimationActive={false}>
                {statusData.map((d) => (
                  <Cell key={d.key} fill={statusColor[d.key]} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>
        <ChartFigure
          title={t('office.trendTitle', { year })}
          summary={t('office.trendSummary', { list: trendData.map((p) => t('office.trendItem', { period: p.name, capaian: percent(p.capaian === null ? null : p.capaian / 100), completeness: percent(p.completeness === null ? null : p.completeness / 100) })).join('; ') })}
          table={{ headers: [t('unit.period'), t('office.capaian'), t('office.completeness')], rows: view.trend.map((p) => ({ key: p.periodKey, cells: [label(p.periodKey), percent(p.capaian), percent(p.completeness)] })) }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={trendData} accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" tick={{ fontSize: 12 }} />
              <YAxis tickFormatter={axisPercent} domain={[0, (max: number) => Math.max(100, Math.ceil(max / 10) * 10)]} />
              <Tooltip />
              <Legend />
              <ReferenceLine y={100} stroke="var(--mantine-color-dark-4)" strokeDasharray="4 4" />
              <Line dataKey="capaian" name={t('office.capaian')} stroke="var(--mantine-color-blue-7)" strokeWidth={2} connectNulls={false} isAnimationActive={false} />
              <Line dataKey="completeness" name={t('office.completeness')} stroke="var(--mantine-color-teal-7)" strokeDasharray="6 3" strokeWidth={2} connectNulls={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </ChartFigure>
      </SimpleGrid>

      <Text size="sm" c="dimmed">
        {t('office.tableNote')}
      </Text>
      <VirtualTable label={t('office.unitsTable', { period })} columns={columns} rows={units} rowKey={(u) => u.unitId || 'none'} sort={sort} onSort={setSort} empty={t('office.noUnits')} height="min(60vh, 640px)" />
    </Stack>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
      {note && <Text size="sm">{note}</Text>}
    </Paper>
  );
}
