import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { defaultPhrases } from '../../../../shared/monitoring/phrases';
import { defaultLanguage, isLanguage } from '../../../../shared/languages';
import type { FeedbackRecord } from '../../../db/records';
import { useFormat } from '../../../i18n/format';

/** The feedback given on one IKI or one value, newest first, read-only: standard phrases in the reader's language, free text, the reply. */
export function FeedbackList({ items, label }: { items: FeedbackRecord[]; label: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const format = useFormat();
  const sorted = [...items].sort((a, b) => (a.givenAt < b.givenAt ? 1 : a.givenAt > b.givenAt ? -1 : 0));
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t('hasil.feedback')}
      </Text>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('hasil.noFeedback')}
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-label={label}>
          {sorted.map((f) => (
            <List.Item key={f.id}>
              <Text size="xs" c="dimmed" component="span">
                {t('hasil.feedbackBy', { date: format.dateTime(f.givenAt) })}
              </Text>{' '}
              {[...f.phrases.map((key) => defaultPhrases.find((p) => p.key === key)?.text[lang] ?? key), f.text].filter(Boolean).join(' ')}
              {f.reply && (
                <Text size="xs" c="dimmed">
                  {t('hasil.reply', { text: f.reply.text })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
