import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isAnnualKey } from '../../../../shared/evaluation/periods';
import type { DisplayedCapaian } from '../../../../shared/monitoring/capaian';
import { periodsWithin } from '../../../../shared/monitoring/periods';
import { defaultRollup, rollup } from '../../../../shared/monitoring/rollup';
import { rhkNumbers } from '../../../../shared/skp/submission';
import type { Iki } from '../../../../shared/skp/types';
import type { RatingView } from '../../../db/evaluation/ratingView';
import { useFormat } from '../../../i18n/format';
import { EvidenceList } from '../../monitoring/EvidenceList';
import { ikiProgress } from '../../monitoring/monitoringProgress';
import { usePeriodLabel } from '../../monitoring/usePeriodLabel';
import { FeedbackList } from './FeedbackList';

/**
 * What the rating of hasil kerja is judged from, per RHK and IKI: the target, the period's
 * realisation and capaian (capped for display, the raw value named), the bukti dukung and the
 * feedback given. For the annual evaluation: each period's value and the roll-up by the IKI's
 * method (a missing period is named, never zero), with the capaian against the year's target.
 */
export function HasilKerjaSection({ view, periodKey, period }: { view: RatingView; periodKey: string; period: string }) {
  const { t } = useTranslation(['evaluation', 'monitoring', 'skp']);
  const { skp, rules } = view;
  const periods = periodsWithin(skp.periodStart, skp.periodEnd, rules.rhythm);
  const annual = isAnnualKey(periodKey);
  const numbers = rhkNumbers(skp.rhk);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('hasil.title')}>
      <Stack>
        <div>
          <Title order={2} size="h3">
            {t('hasil.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {annual ? t('hasil.introAnnual', { period }) : t('hasil.intro', { period })}
          </Text>
        </div>
        {skp.rhk.map((rhk) => {
          const rhkName = t('monitoring:rhk.name', { kind: t(`skp:rhkKind.${rhk.kind}`), no: numbers.get(rhk.id) });
          return (
            <Stack key={rhk.id} gap="sm">
              <Title order={3} size="h4">
                {rhkName}: {rhk.text}
              </Title>
              {rhk.indicators.length === 0 && <Text size="sm" c="dimmed">{t('hasil.noIki')}</Text>}
              {rhk.indicators.map((iki, j) => (
                <IkiResult key={iki.id} view={view} iki={iki} name={t('monitoring:iki.name', { rhk: rhkName, no: j + 1 })} periodKey={periodKey} periods={periods} />
              ))}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}

function IkiResult({ view, iki, name, periodKey, periods }: { view: RatingView; iki: Iki; name: string; periodKey: string; periods: ReturnType<typeof periodsWithin> }) {
  const { t } = useTranslation(['evaluation', 'skp', 'monitoring']);
  const format = useFormat();
  const label = usePeriodLabel();
  const { rules } = view;
  const annual = isAnnualKey(periodKey);
  const values = new Map(view.realisations.filter((r) => r.ikiId === iki.id).map((r) => [r.periodKey, r.value]));
  const last = periods[periods.length - 1]?.key;
  const progress = ikiProgress(iki, periods, annual ? (last ?? periodKey) : periodKey, values, rules);
  const method = iki.rollup ?? defaultRollup(iki.unit);
  const rolled = annual && periods.length > 0 ? rollup(method, periods.map((p) => ({ periodKey: p.key, value: values.get(p.key) ?? null }))) : null;
  const inPeriod = <T extends { ikiId?: string; periodKey: string }>(r: T) => annual || r.periodKey === periodKey;
  const evidence = view.evidence.filter((e) => e.ikiId === iki.id && inPeriod(e));
  const feedback = view.feedback.filter((f) => f.about.kind === 'iki' && f.about.ikiId === iki.id && inPeriod(f));
  const percent = (r: number) => new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 }).format(r);
  const capaianText = (c: DisplayedCapaian | null) => (c === null ? t('hasil.missing') : percent(c.shown));
  const capped = (c: DisplayedCapaian | null) => (c?.capped ? t('hasil.capped', { cap: percent(rules.capPercent / 100), raw: Number.isFinite(c.raw) ? percent(c.raw) : '∞' }) : null);
  const shownValue = annual ? (rolled?.value ?? null) : progress.value;
  const shownCapaian = annual ? progress.toDateCapaian : progress.period;

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('monitoring:iki.region', { name, text: iki.text })}>
      <Stack gap="xs">
        <div>
          <Text fw={600}>{iki.text}</Text>
          <Text size="sm" c="dimmed">
            {t('hasil.target', { value: iki.target === null ? '—' : format.number(iki.target), unit: iki.unit })} · {t(`skp:polarity.${iki.polarity}`)}
          </Text>
        </div>
        {annual && (
          <Table withTableBorder fz="sm" aria-label={t('hasil.perPeriod', { name })} maw={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('hasil.period')}</Table.Th>
                <Table.Th scope="col">{t('hasil.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {periods.map((p) => (
                <Table.Tr key={p.key}>
                  <Table.Td>{label(p.key)}</Table.Td>
                  <Table.Td>{values.has(p.key) ? `${format.number(values.get(p.key)!)} ${iki.unit}` : t('hasil.missing')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <div>
            <Text size="xs" c="dimmed">
              {annual ? t('hasil.rollup', { method: t(`hasil.rollupMethod.${method}`) }) : t('hasil.realisation')}
            </Text>
            <Text fw={600}>{shownValue === null ? t('hasil.missing') : `${format.number(shownValue)} ${iki.unit}`}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('hasil.capaian')}
            </Text>
            <Text fw={600}>{capaianText(shownCapaian)}</Text>
            {capped(shownCapaian) && <Text size="xs">{capped(shownCapaian)}</Text>}
          </div>
        </SimpleGrid>
        {rolled && rolled.missing.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('hasil.rollupMissing', { count: rolled.missing.length, periods: rolled.missing.map(label).join(', ') })}
          </Text>
        )}
        <Group align="flex-start" grow preventGrowOverflow={false}>
          <EvidenceList where={{ skpId: view.skp.id, ikiId: iki.id, periodKey: annual ? (last ?? periodKey) : periodKey }} items={evidence} editable={false} ikiText={name} maxMb={rules.evidenceMaxMb} />
          <FeedbackList items={feedback} label={t('hasil.feedback')} />
        </Group>
      </Stack>
    </Paper>
  );
}
