import { Alert, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ratingLabels, type Rating } from '../../../../shared/evaluation/tables';
import { defaultLanguage, isLanguage } from '../../../../shared/languages';
import type { RatingView } from '../../../db/evaluation/ratingView';
import { useFormat } from '../../../i18n/format';
import { PredikatBadge } from '../PredikatBadge';
import { rulePhrase } from './distributionText';

/** The ratings as given, for everyone who reads but does not rate (and for the rater once final). */
export function RatingSummary({ view }: { view: RatingView }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const format = useFormat();
  const e = view.evaluation;
  const percent = (r: number) => new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 }).format(r);
  const rating = (label: string, value: Rating | null, note: string) => (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text>{value ? ratingLabels[value][lang] : t('rating.notRated')}</Text>
      {note && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {note}
        </Text>
      )}
    </div>
  );

  return (
    <Paper withBorder p="md" component="section" aria-label={t('rating.title2')}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('rating.title2')}
        </Title>
        {!view.mayRate && <Text size="sm" c="dimmed">{t('rating.readOnly')}</Text>}
        {rating(t('rating.hasil'), e?.hasil ?? null, e?.hasilNote ?? '')}
        {rating(t('rating.perilaku'), e?.perilaku ?? null, e?.perilakuNote ?? '')}
        <div>
          <Text size="sm" fw={600}>
            {t('rating.predikat')}
          </Text>
          {e?.predikat ? <PredikatBadge predikat={e.predikat} /> : <Text size="sm" c="dimmed">{t('rating.predikatPending')}</Text>}
        </div>
        {e?.ratedBy && (
          <Text size="sm" c="dimmed">
            {t('rating.ratedBy', { name: e.ratedBy })}
            {e.finalisedAt && ` · ${t('rating.finalisedAt', { date: format.dateTime(e.finalisedAt) })}`}
          </Text>
        )}
        {e?.distributionOverride && (
          <Alert color="orange" variant="light" title={t('rating.overrideTitle')}>
            <Text size="sm">{t('rating.overrideReason', { reason: e.distributionOverride.reason })}</Text>
            <List size="sm" mt={4}>
              {e.distributionOverride.breaches.map((b, i) => {
                const rule = rulePhrase(b.constraint, lang, format.locale);
                return (
                  <List.Item key={i}>
                    {String(t(rule.key as never, rule.params as never))}: {t('distribution.state', { count: b.count, total: b.total, share: percent(b.share) })}
                  </List.Item>
                );
              })}
            </List>
          </Alert>
        )}
        {e && e.reopenings.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('rating.reopenings')}
            </Text>
            <List size="sm">
              {e.reopenings.map((r, i) => (
                <List.Item key={i}>{t('rating.reopening', { date: format.dateTime(r.at), by: r.by, reason: r.reason })}</List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
