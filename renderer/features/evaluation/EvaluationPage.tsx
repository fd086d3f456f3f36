import { Anchor, Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { annualKey } from '../../../shared/evaluation/periods';
import { localIsoDate } from '../../../shared/monitoring/days';
import { periodsOf } from '../../../shared/monitoring/periods';
import { formatNip } from '../../../shared/nip';
import { unitAndBelow } from '../../../shared/people';
import { useRepo } from '../../app/RepoContext';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { evaluationRows, type EvaluationRow } from '../../db/evaluation/evaluations';
import { listUnits } from '../../db/people/organisation';
import { getMonitoringYear } from '../../db/monitoring/monitoringYears';
import { useSignedInSession } from '../auth/session';
import { EvaluationExportMenu } from '../evaluationExport/EvaluationExportMenu';
import { currentPeriodKey } from '../monitoring/monitoringProgress';
import { YearSelect, yearFromSearch } from '../skp/YearSelect';
import { PredikatBadge } from './PredikatBadge';
import { useEvaluationPeriodLabel } from './useEvaluationPeriodLabel';

/**
 * The evaluations of a period the person may see: an appraiser's subordinates to rate, the
 * whole office for HR and the head, one's own (once final). Each row opens the rating screen.
 */
export function EvaluationPage() {
  const { t } = useTranslation('evaluation');
  const repo = useRepo();
  const session = useSignedInSession();
  const label = useEvaluationPeriodLabel();
  const [search, setSearch] = useSearchParams();
  const year = yearFromSearch(search);
  const asked = search.get('period');
  const [query, setQuery] = useState('');

  const data = useLiveQuery(async () => {
    const { rules } = await getMonitoringYear(repo, session, year);
    const keys = [...periodsOf(year, rules.rhythm).map((p) => p.key), annualKey(year)];
    const periodKey = asked && keys.includes(asked) ? asked : currentPeriodKey(periodsOf(year, rules.rhythm), localIsoDate(new Date()))!;
    const [rows, units] = await Promise.all([evaluationRows(repo, session, year, periodKey), listUnits(repo, session)]);
    return { keys, periodKey, rows, units: units.filter((u) => !u.retired).sort((a, b) => a.name.localeCompare(b.name)) };
  }, [repo, session, year, asked]);
  const askedUnit = search.get('unit');
  const unitId = askedUnit && data?.units.some((u) => u.id === askedUnit) ? askedUnit : null;

  const rows = useMemo(() => {
    if (!data) return [];
    const needle = query.trim().toLowerCase();
    const scope = unitId ? unitAndBelow(data.units, unitId) : null;
    return data.rows
      .filter((r) => !scope || scope.has(r.skp.snapshot.employee.unitId ?? ''))
      .filter((r) => !needle || r.skp.snapshot.employee.name.toLowerCase().includes(needle) || r.skp.snapshot.employee.nip.includes(needle))
      .sort((a, b) => Number(b.mayRate) - Number(a.mayRate) || a.skp.snapshot.employee.name.localeCompare(b.skp.snapshot.employee.name) || a.skp.version - b.skp.version);
  }, [data, query, unitId]);

  if (!data) return <FullPageLoader />;
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setSearch(next, { replace: true });
  };
  const columns: Column<EvaluationRow>[] = [
    {
      key: 'name',
      header: t('name'),
      width: 'minmax(12rem, 2fr)',
      text: (r) => r.skp.snapshot.employee.name,
      render: (r) => (
        <Anchor component={Link} to={`/evaluation/${r.skp.id}/${data.periodKey}`} size="sm">
          {r.skp.snapshot.employee.name}
        </Anchor>
      ),
    },
    { key: 'nip', header: t('nip'), width: '11rem', render: (r) => formatNip(r.skp.snapshot.employee.nip) },
    { key: 'unit', header: t('unit'), width: 'minmax(8rem, 1.5fr)', render: (r) => r.skp.snapshot.employee.unit },
    {
      key: 'status',
      header: t('status'),
      width: '9rem',
      render: (r) => (
        <Badge variant="light" color={r.evaluation?.status === 'final' ? 'blue' : 'gray'} tt="none">
          {t(`statuses.${r.evaluation?.status ?? 'none'}`)}
        </Badge>
      ),
    },
    { key: 'predikat', header: t('predikat'), width: '12rem', render: (r) => (r.evaluation?.predikat ? <PredikatBadge predikat={r.evaluation.predikat} /> : '–') },
  ];

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <Group gap="sm">
            <Button component={Link} to={`/evaluation/org?year=${year}`} variant="light">
              {t('orgResults')}
            </Button>
            <EvaluationExportMenu year={year} periodKey={data.periodKey} periodLabel={label(data.periodKey)} unitId={unitId} />
          </Group>
        }
      />
      <Group align="flex-end">
        <YearSelect value={year} onChange={(y) => setSearch({ year: String(y) })} />
        <Select label={t('period')} w={200} allowDeselect={false} data={data.keys.map((k) => ({ value: k, label: label(k) }))} value={data.periodKey} onChange={(v) => v && set({ period: v })} />
        <Select
          label={t('unitFilter')}
          w={300}
          searchable
          allowDeselect={false}
          data={[{ value: '', label: t('allUnits') }, ...data.units.map((u) => ({ value: u.id, label: u.name }))]}
          value={unitId ?? ''}
          onChange={(v) => set({ unit: v ?? '' })}
        />
        <TextInput type="search" label={t('search')} leftSection={<IconSearch size={16} aria-hidden />} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('count', { count: rows.length })}
      </Text>
      <VirtualTable label={t('list', { period: label(data.periodKey) })} columns={columns} rows={rows} rowKey={(r) => r.skp.id} empty={t('empty')} />
    </Stack>
  );
}
