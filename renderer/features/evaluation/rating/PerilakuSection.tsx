import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isAnnualKey } from '../../../../shared/evaluation/periods';
import { defaultLanguage, isLanguage } from '../../../../shared/languages';
import { berakhlak } from '../../../../shared/skp/berakhlak';
import type { RatingView } from '../../../db/evaluation/ratingView';
import { FeedbackList } from './FeedbackList';

/**
 * What the rating of perilaku kerja is judged from: each BerAKHLAK value with the leader's
 * specific expectation (ekspektasi, from the SKP) and the feedback given on it in the period
 * (the whole year for the annual evaluation).
 */
export function PerilakuSection({ view, periodKey, period }: { view: RatingView; periodKey: string; period: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const annual = isAnnualKey(periodKey);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('perilaku.title')}>
      <Stack>
        <div>
          <Title order={2} size="h3">
            {t('perilaku.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('perilaku.intro', { period })}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {berakhlak.map((value) => {
            const ekspektasi = view.skp.ekspektasi[value.key]?.trim();
            const feedback = view.feedback.filter((f) => f.about.kind === 'value' && f.about.value === value.key && (annual || f.periodKey === periodKey));
            return (
              <Paper key={value.key} withBorder p="sm" component="section" aria-label={value.name[lang]}>
                <Stack gap={6}>
                  <Title order={3} size="h5">
                    {value.name[lang]}
                  </Title>
                  <Text size="sm" c={ekspektasi ? undefined : 'dimmed'}>
                    {ekspektasi ? t('perilaku.ekspektasi', { text: ekspektasi }) : t('perilaku.noEkspektasi')}
                  </Text>
                  <FeedbackList items={feedback} label={value.name[lang]} />
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
