import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { annualKey } from '../../../shared/evaluation/periods';
import { orgPredikatLabels, type OrgPredikat } from '../../../shared/evaluation/tables';
import { defaultLanguage, isLanguage } from '../../../shared/languages';
import { localIsoDate } from '../../../shared/monitoring/days';
import { periodsOf } from '../../../shared/monitoring/periods';
import { useRepo } from '../../app/RepoContext';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { orgResultsView, type OrgResultRow } from '../../db/evaluation/orgResultsView';
import { getMonitoringYear } from '../../db/monitoring/monitoringYears';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { currentPeriodKey } from '../monitoring/monitoringProgress';
import { YearSelect, yearFromSearch } from '../skp/YearSelect';
import { PenetapanDocumentLink } from '../evaluationDocument/DocumentLinks';
import { OrgResultModal } from './OrgResultModal';
import { useEvaluationPeriodLabel } from './useEvaluationPeriodLabel';

const color: Record<OrgPredikat, string> = { istimewa: 'green', baik: 'teal', 'butuh-perbaikan': 'yellow', kurang: 'orange', 'sangat-kurang': 'red' };

/**
 * Capaian kinerja organisasi per unit and period (issue 6, item 1): the official one level up
 * (or HR) records it; the unit's IKU capaian from monitoring is shown beside it.
 */
export function OrgResultsPage() {
  const { t, i18n } = useTranslation('evaluation');
  const lang = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const label = useEvaluationPeriodLabel();
  const [search, setSearch] = useSearchParams();
  const year = yearFromSearch(search);
  const asked = search.get('period');
  const [recording, setRecording] = useState<OrgResultRow | null>(null);

  const data = useLiveQuery(async () => {
    const { rules } = await getMonitoringYear(repo, session, year);
    const periods = periodsOf(year, rules.rhythm);
    const keys = [...periods.map((p) => p.key), annualKey(year)];
    const periodKey = asked && keys.includes(asked) ? asked : currentPeriodKey(periods, localIsoDate(new Date()))!;
    return { keys, periodKey, rows: await orgResultsView(repo, session, periodKey) };
  }, [repo, session, year, asked]);

  if (!data) return <FullPageLoader />;
  const percent = (ratio: number | null) => (ratio === null ? t('org.noData') : new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio));
  const top = Math.min(...data.rows.map((r) => r.depth));
  const periodLabel = label(data.periodKey);

  const columns: Column<OrgResultRow>[] = [
    {
      key: 'unit',
      header: t('org.unit'),
      width: 'minmax(20rem, 4fr)',
      render: (r) => (
        <Text size="sm" pl={`${r.depth - top}rem`} truncate title={r.name}>
          {r.name}
        </Text>
      ),
    },
    {
      key: 'capaian',
      header: t('org.capaian'),
      width: '8rem',
      render: (r) => (
        <Text size="sm" c={r.capaian === null ? 'dimmed' : undefined}>
          {percent(r.capaian)}
        </Text>
      ),
    },
    {
      key: 'result',
      header: t('org.result'),
      width: '11rem',
      render: (r) =>
        r.result ? (
          // Dark text on the tint: the light variant's coloured text is too faint on yellow and teal.
          <Group gap={4} wrap="nowrap">
            <Badge color={color[r.result.predikat]} variant="light" c="dark.8" size="md" tt="none">
              {orgPredikatLabels[r.result.predikat][lang]}
            </Badge>
            {r.mayPrint && <PenetapanDocumentLink unitId={r.unitId} unitName={r.name} periodKey={data.periodKey} />}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('org.none')}
          </Text>
        ),
    },
    {
      key: 'note',
      header: t('org.note'),
      width: 'minmax(8rem, 1.5fr)',
      render: (r) => (
        <Text size="sm" truncate title={r.result?.note}>
          {r.result?.note || '–'}
        </Text>
      ),
    },
    { key: 'recordedBy', header: t('org.recordedBy'), width: 'minmax(8rem, 1fr)', render: (r) => r.result?.recordedBy ?? '–' },
    {
      key: 'action',
      header: t('org.action'),
      width: '6rem',
      render: (r) =>
        r.mayRecord ? (
          <Button size="compact-sm" variant="light" aria-label={t('org.recordFor', { unit: r.name })} onClick={() => setRecording(r)}>
            {t('org.record')}
          </Button>
        ) : null,
    },
  ];

  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    setSearch(next, { replace: true });
  };

  return (
    <Stack>
      <PageHeader title={t('org.title')} intro={t('org.intro')} />
      <Group align="flex-end">
        <YearSelect value={year} onChange={(y) => setSearch({ year: String(y) })} />
        <Select label={t('period')} w={200} allowDeselect={false} data={data.keys.map((k) => ({ value: k, label: label(k) }))} value={data.periodKey} onChange={(v) => v && set({ period: v })} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('org.count', { count: data.rows.length })}
      </Text>
      <VirtualTable label={t('org.list', { period: periodLabel })} columns={columns} rows={data.rows} rowKey={(r) => r.unitId} empty={t('org.empty')} height="calc(100vh - 300px)" />
      {recording && (
        <OrgResultModal row={recording} periodKey={data.periodKey} periodLabel={periodLabel} capaian={percent(recording.capaian)} onClose={() => setRecording(null)} />
      )}
    </Stack>
  );
}
