import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconCircleX } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ProgressStatus } from '../../../shared/monitoring/capaian';
import type { RhkCapaian } from '../../../shared/monitoring/rhkCapaian';
import type { MonitoringRules } from '../../../shared/monitoring/rules';
import { useFormat } from '../../i18n/format';
import classes from './CascadeTree.module.css';

export type MarkerStatus = ProgressStatus | 'none';
const markerStatuses: readonly MarkerStatus[] = ['on-track', 'at-risk', 'behind', 'none'];

/** Each status has its own shape as well as its colour: colour is never the only cue. */
const icons = { 'on-track': IconCircleCheck, 'at-risk': IconAlertTriangle, behind: IconCircleX, none: IconCircleDashed } as const;

export const noCapaian: RhkCapaian = { capaian: null, status: null, entered: 0, expected: 0 };

const percentFormats = new Map<string, Intl.NumberFormat>();
/** Capaian as people read it ("95%" / "95 %" per locale); one formatter per locale for all rows. */
export function formatPercent(value: number, locale: string): string {
  let format = percentFormats.get(locale);
  if (!format) percentFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })));
  return format.format(value);
}

type T = TFunction<'cascade'>;

/** What a screen reader hears for a row's capaian: "Capaian 95%, perlu perhatian". */
export function capaianName(c: RhkCapaian, t: T, locale: string): string {
  if (c.capaian === null || c.status === null) return t('colour.named.none');
  return t(`colour.named.${c.status}`, { value: formatPercent(c.capaian, locale) });
}

/** The marker on an RHK or IKU row: icon and percentage, coloured by status (hidden: the row's name says it). */
export function CapaianMarker({ capaian: c }: { capaian: RhkCapaian }) {
  const { t } = useTranslation('cascade');
  const { locale } = useFormat();
  const status: MarkerStatus = c.capaian === null ? 'none' : (c.status ?? 'none');
  const Icon = icons[status];
  const title = `${capaianName(c, t, locale)} — ${t('colour.entered', { entered: c.entered, expected: c.expected })}`;
  return (
    <span className={classes.capaian} data-status={status} title={title} aria-hidden>
      <Icon size={14} stroke={2.25} />
      {c.capaian === null ? '—' : formatPercent(c.capaian, locale)}
    </span>
  );
}

/** The key to the colours, with the office's thresholds for the year. */
export function CapaianLegend({ rules }: { rules: Pick<MonitoringRules, 'onTrackPercent' | 'atRiskPercent'> }) {
  const { t } = useTranslation('cascade');
  const { locale } = useFormat();
  const from = formatPercent(rules.onTrackPercent / 100, locale);
  const atRisk = formatPercent(rules.atRiskPercent / 100, locale);
  const range: Record<MarkerStatus, string | null> = {
    'on-track': t('colour.range.on-track', { from }),
    'at-risk': t('colour.range.at-risk', { from: atRisk, to: from }),
    behind: t('colour.range.behind', { to: atRisk }),
    none: null,
  };
  return (
    <Group component="ul" aria-label={t('colour.legend')} gap="lg" m={0} p={0} style={{ listStyle: 'none' }}>
      {markerStatuses.map((status) => {
        const Icon = icons[status];
        return (
          <Text component="li" key={status} size="sm" className={classes.legendItem}>
            <span className={classes.capaian} data-status={status} aria-hidden>
              <Icon size={14} stroke={2.25} />
            </span>
            <span>
              <strong>{t(`colour.status.${status}`)}</strong>
              {range[status] !== null && <>: {range[status]}</>}
            </span>
          </Text>
        );
      })}
    </Group>
  );
}

/** How the colours are computed, in a sentence, with the period and the office's cap. */
export function CapaianHint({ capPercent, period }: { capPercent: number; period: string }) {
  const { t } = useTranslation('cascade');
  const { locale } = useFormat();
  return (
    <Text size="xs" c="dimmed" style={{ flex: '1 1 20rem' }}>
      {t('colour.hint', { period, cap: formatPercent(capPercent / 100, locale) })}
    </Text>
  );
}
