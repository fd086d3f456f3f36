import { Alert, Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { distributionRules } from '../../../../shared/evaluation/distribution';
import { orgPredikatLabels, predikatLabels, predikatList, type Predikat } from '../../../../shared/evaluation/tables';
import { defaultLanguage, isLanguage } from '../../../../shared/languages';
import type { UnitDistribution } from '../../../db/evaluation/evaluations';
import type { RatingView } from '../../../db/evaluation/ratingView';
import { useFormat } from '../../../i18n/format';
import { ChartFigure } from '../../dashboards/ChartFigure';
import { constraintRows, fixPhrase, rulePhrase, type Phrase } from './distributionText';

const barColor: Record<Predikat, string> = {
  'sangat-baik': 'var(--mantine-color-green-7)',
  baik: 'var(--mantine-color-teal-6)',
  'butuh-perbaikan': 'var(--mantine-color-yellow-6)',
  kurang: 'var(--mantine-color-orange-7)',
  'sangat-kurang': 'var(--mantine-color-red-7)',
};

function useLang() {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

function usePhrase(): (p: Phrase) => string {
  const { t } = useTranslation('evaluation');
  return (p) => t(p.key as never, p.params as never) as unknown as string;
}

/** A limit of the curve drawn across its predikat's bar: a short thick stroke at the allowed share. */
function LimitMark({ cx, cy, value, color }: { cx?: number; cy?: number; value?: number | null; color: string }) {
  if (cx === undefined || cy === undefined || value === null || value === undefined) return null;
  return <rect x={cx - 2} y={cy - 14} width={4} height={28} fill={color} />;
}

/** The breaches of a distribution, one sentence each with what would fix it (list items). */
export function BreachLines({ distribution }: { distribution: UnitDistribution }) {
  const { t } = useTranslation('evaluation');
  const lang = useLang();
  const { locale } = useFormat();
  const phrase = usePhrase();
  const percent = (r: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(r);
  return (
    <>
      {distribution.breaches.map((b, i) => (
        <List.Item key={i}>
          {t('distribution.breach', {
            rule: phrase(rulePhrase(b.constraint, lang, locale)),
            state: t('distribution.state', { count: b.count, total: b.total, share: percent(b.share) }),
            fix: phrase(fixPhrase(distribution.distribution.counts, b, lang, locale)),
          })}
        </List.Item>
      ))}
    </>
  );
}

/**
 * The unit's predikat distribution as it forms (every predikat given so far, draft or final),
 * against the curve its organisation result allows (SE MenPANRB 3/2023): a chart with the limits
 * of single-predikat rules marked on their bars, and every rule with ✓/✗ and its fix.
 */
export function DistributionPanel({ view, period }: { view: RatingView; period: string }) {
  const { t } = useTranslation('evaluation');
  const lang = useLang();
  const format = useFormat();
  const phrase = usePhrase();
  const unit = view.distribution;
  if (!unit) return null;
  const { distribution, org, breaches } = unit;
  const percent = (r: number) => new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 }).format(r);
  const rules = org ? distributionRules[org] : [];
  const limit = (p: Predikat, kinds: string[]) => {
    const rule = rules.find((c) => kinds.includes(c.kind) && c.of.length === 1 && c.of[0] === p);
    if (!rule) return null;
    return 'percent' in rule ? rule.percent : 0;
  };
  const data = predikatList.map((p) => ({
    key: p,
    name: predikatLabels[p][lang],
    share: distribution.shares[p] * 100,
    count: distribution.counts[p],
    max: limit(p, ['atMost', 'none']),
    min: limit(p, ['atLeast']),
  }));
  const rows = org ? constraintRows(org, distribution, breaches, lang, format.locale) : [];
  const list = (items: string[]) => new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(items);
  const summary =
    distribution.total === 0
      ? t('distribution.summaryNone')
      : t('distribution.summary', { count: distribution.total, counts: list(data.map((d) => t('distribution.countShare', { predikat: d.name, count: d.count, share: percent(distribution.shares[d.key]) }))) });
  const bounds = rows.length > 0 ? ` ${t('distribution.summaryBounds', { bounds: list(rows.map((r) => phrase(r.rule))) })}` : '';
  const limitText = (v: number | null) => (v === null ? '–' : percent(v / 100));

  return (
    <Paper withBorder p="md" component="section" aria-label={t('distribution.title')}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('distribution.title')}
        </Title>
        {view.orgResult ? (
          <div>
            <Text size="sm" fw={600}>
              {t('distribution.org', { unit: view.orgResult.unitName })}
            </Text>
            <Badge variant="light" color="indigo" tt="none">
              {orgPredikatLabels[view.orgResult.predikat][lang]}
            </Badge>
            {view.orgResult.note && <Text size="sm">{t('distribution.orgNote', { note: view.orgResult.note })}</Text>}
            <Text size="xs" c="dimmed">
              {t('distribution.orgBy', { name: view.orgResult.recordedBy })}
            </Text>
          </div>
        ) : (
          <Alert color="gray" variant="light">
            {t('distribution.noOrg')}
          </Alert>
        )}
        <ChartFigure
          title={t('distribution.chartTitle', { period })}
          summary={summary + bounds}
          headingOrder={3}
          table={{
            headers: [t('distribution.predikat'), t('distribution.count'), t('distribution.share'), t('distribution.max'), t('distribution.min')],
            rows: data.map((d) => ({ key: d.key, cells: [d.name, format.number(d.count), percent(distribution.shares[d.key]), limitText(d.max), limitText(d.min)] })),
          }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => percent(v / 100)} />
              <YAxis type="category" dataKey="name" width={130} interval={0} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(v) => (typeof v === 'number' ? percent(v / 100) : String(v))} />
              <Legend itemSorter={(item) => ['share', 'max', 'min'].indexOf(String(item.dataKey))} />
              <Bar dataKey="share" name={t('distribution.share')} fill="var(--mantine-color-gray-6)" barSize={22} isAnimationActive={false}>
                {data.map((d) => (
                  <Cell key={d.key} fill={barColor[d.key]} />
                ))}
              </Bar>
              {data.some((d) => d.max !== null) && <Line dataKey="max" name={t('distribution.max')} stroke="var(--mantine-color-red-8)" strokeWidth={0} isAnimationActive={false} legendType="rect" dot={<LimitMark color="var(--mantine-color-red-8)" />} activeDot={false} connectNulls={false} />}
              {data.some((d) => d.min !== null) && <Line dataKey="min" name={t('distribution.min')} stroke="var(--mantine-color-blue-8)" strokeWidth={0} isAnimationActive={false} legendType="rect" dot={<LimitMark color="var(--mantine-color-blue-8)" />} activeDot={false} connectNulls={false} />}
            </ComposedChart>
          </ResponsiveContainer>
        </ChartFigure>
        {org && (
          <>
            <Text size="sm" fw={600} role="status">
              {breaches.length === 0 ? t('distribution.fits') : t('distribution.breaks', { count: breaches.length })}
            </Text>
            <Table withTableBorder aria-label={t('distribution.constraints')} fz="sm" captionSide="top">
              <Table.Caption>{t('distribution.constraints')}</Table.Caption>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.key}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Group gap={4} wrap="nowrap">
                        {r.ok ? <IconCheck size={16} color="var(--mantine-color-green-9)" aria-hidden /> : <IconX size={16} color="var(--mantine-color-red-9)" aria-hidden />}
                        <Text size="sm" fw={600}>
                          {r.ok ? t('distribution.ok') : t('distribution.broken')}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {phrase(r.rule)}
                      {r.fix && (
                        <Text size="xs" mt={2}>
                          {phrase(r.fix)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('distribution.state', { count: r.count, total: r.total, share: r.share })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
