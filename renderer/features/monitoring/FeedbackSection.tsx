import { Button, Card, Checkbox, Group, List, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { defaultPhrases } from '../../../shared/monitoring/phrases';
import type { FeedbackAbout } from '../../../shared/monitoring/types';
import { berakhlak, berakhlakKeys, type BerakhlakKey } from '../../../shared/skp/berakhlak';
import { rhkNumbers } from '../../../shared/skp/submission';
import { useRepo } from '../../app/RepoContext';
import { FormAlert } from '../../components/FormAlert';
import { ErrorText } from '../../components/ErrorText';
import { useFormSubmit } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { giveFeedback, listFeedback, replyToFeedback } from '../../db/monitoring/feedback';
import type { MonitoringAbilities } from '../../db/monitoring/monitoringAbilities';
import type { FeedbackRecord, SkpRecord } from '../../db/records';
import { visibleEmployees } from '../../db/people/employees';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { usePeriodLabel } from './usePeriodLabel';

type Lang = 'id' | 'en';

/** Who a person is by id, as far as the reader may know: the SKP's snapshot first, then the people they see. */
function useNames(skp: SkpRecord): (employeeId: string) => string | null {
  const repo = useRepo();
  const session = useSignedInSession();
  const visible = useLiveQuery(() => visibleEmployees(repo, session), [repo, session]);
  return (employeeId) => {
    const { employee, appraiser } = skp.snapshot;
    if (appraiser?.employeeId === employeeId) return appraiser.name;
    if (employee.employeeId === employeeId) return employee.name;
    return visible?.employees.find((e) => e.id === employeeId)?.name ?? null;
  };
}

/** What a piece of feedback is about, in the reader's language. */
function useAboutText(skp: SkpRecord): (about: FeedbackAbout) => string {
  const { t, i18n } = useTranslation('feedback');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'id';
  return (about) => {
    if (about.kind === 'value') return t('aboutValue', { name: berakhlak.find((v) => v.key === about.value)?.name[lang] ?? about.value });
    const iki = skp.rhk.flatMap((r) => r.indicators).find((i) => i.id === about.ikiId);
    return t('aboutIki', { text: iki?.text ?? '—' });
  };
}

/**
 * Umpan balik berkelanjutan of one SKP in one period: what the appraiser said per IKI and per
 * BerAKHLAK value (standard phrases in the reader's language plus free text), newest first, with
 * the employee's reply; the appraiser's form to give more.
 */
export function FeedbackSection({ skp, periodKey, abilities }: { skp: SkpRecord; periodKey: string; abilities: MonitoringAbilities }) {
  const { t } = useTranslation('feedback');
  const repo = useRepo();
  const session = useSignedInSession();
  const periodName = usePeriodLabel();
  const feedback = useLiveQuery(async () => {
    // Read first so the live query observes the table: the repository checks access across
    // several awaits before its own read, after which Dexie may no longer be tracking.
    await repo.db.feedback.where('skpId').equals(skp.id).primaryKeys();
    return listFeedback(repo, session, skp.id);
  }, [repo, session, skp.id]);
  const period = periodName(periodKey);
  const shown = (feedback ?? []).filter((f) => f.periodKey === periodKey).sort((a, b) => (a.givenAt < b.givenAt ? 1 : a.givenAt > b.givenAt ? -1 : 0));

  return (
    <Card withBorder component="section" aria-label={t('title')}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('intro', { period })}
          </Text>
        </div>
        {feedback && shown.length === 0 && <Text c="dimmed">{t('none')}</Text>}
        {shown.length > 0 && (
          <Stack gap="sm" role="list" aria-label={t('listLabel', { period })}>
            {shown.map((f) => (
              <FeedbackItem key={f.id} skp={skp} feedback={f} canReply={abilities.reply} />
            ))}
          </Stack>
        )}
        {abilities.appraise && <GiveFeedbackForm skp={skp} periodKey={periodKey} />}
      </Stack>
    </Card>
  );
}

function FeedbackItem({ skp, feedback, canReply }: { skp: SkpRecord; feedback: FeedbackRecord; canReply: boolean }) {
  const { t, i18n } = useTranslation('feedback');
  const format = useFormat();
  const nameOf = useNames(skp);
  const aboutText = useAboutText(skp);
  const lang: Lang = i18n.language === 'en' ? 'en' : 'id';
  const about = aboutText(feedback.about);
  const phrases = feedback.phrases.map((key) => defaultPhrases.find((p) => p.key === key)?.text[lang] ?? key);

  return (
    <Paper withBorder p="sm" role="listitem" aria-label={about}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5">
            {about}
          </Title>
          <Text size="sm" c="dimmed">
            {t('givenBy', { name: nameOf(feedback.appraiserId) ?? t('unknownGiver'), date: format.dateTime(feedback.givenAt) })}
          </Text>
        </Group>
        {phrases.length > 0 && (
          <List size="sm" spacing={2}>
            {phrases.map((text) => (
              <List.Item key={text}>{text}</List.Item>
            ))}
          </List>
        )}
        {feedback.text && <Text style={{ whiteSpace: 'pre-wrap' }}>{feedback.text}</Text>}
        {feedback.reply ? (
          <Paper bg="var(--mantine-color-gray-0)" p="xs" radius="sm" aria-label={t('reply.label')} component="section">
            <Text size="xs" c="dimmed">
              {t('reply.at', { date: format.dateTime(feedback.reply.at) })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {feedback.reply.text}
            </Text>
          </Paper>
        ) : canReply ? (
          <ReplyForm feedbackId={feedback.id} about={about} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('reply.none')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function ReplyForm({ feedbackId, about }: { feedbackId: string; about: string }) {
  const { t } = useTranslation('feedback');
  const repo = useRepo();
  const session = useSignedInSession();
  const form = useForm({ initialValues: { text: '' } });
  const { busy, error, submit } = useFormSubmit(form, async ({ text }) => {
    if (!text.trim()) {
      form.setFieldError('text', <ErrorText error={{ code: 'field.required' }} />);
      return;
    }
    await replyToFeedback(repo, session, feedbackId, text);
    notifySuccess(t('reply.done'));
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" align="flex-start">
        <Textarea label={t('reply.field')} aria-label={t('reply.fieldFor', { about })} autosize minRows={2} w="100%" maw={640} {...form.getInputProps('text')} />
        <FormAlert error={error} />
        <Button type="submit" size="xs" loading={busy}>
          {t('reply.submit')}
        </Button>
      </Stack>
    </form>
  );
}

interface GiveValues {
  about: string | null;
  phrases: string[];
  text: string;
}

/** "iki:<id>" or "value:<key>" in the Select; the repository's shape back. */
function parseAbout(value: string): FeedbackAbout {
  const [kind, rest] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  return kind === 'iki' ? { kind: 'iki', ikiId: rest } : { kind: 'value', value: rest as BerakhlakKey };
}

function GiveFeedbackForm({ skp, periodKey }: { skp: SkpRecord; periodKey: string }) {
  const { t, i18n } = useTranslation(['feedback', 'skp']);
  const repo = useRepo();
  const session = useSignedInSession();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'id';
  const numbers = rhkNumbers(skp.rhk);
  const form = useForm<GiveValues>({ initialValues: { about: null, phrases: [], text: '' } });
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    if (!values.about) {
      form.setFieldError('about', <ErrorText error={{ code: 'field.required' }} />);
      return;
    }
    await giveFeedback(repo, session, { skpId: skp.id, periodKey, about: parseAbout(values.about), phrases: values.phrases, text: values.text });
    notifySuccess(t('give.done'));
    form.reset();
  });

  const data = [
    ...skp.rhk
      .filter((rhk) => rhk.indicators.length > 0)
      .map((rhk) => ({
        group: t('give.rhkGroup', { kind: t(`skp:rhkKind.${rhk.kind}`), no: numbers.get(rhk.id) ?? '', text: rhk.text }),
        items: rhk.indicators.map((iki) => ({ value: `iki:${iki.id}`, label: iki.text })),
      })),
    { group: t('give.valuesGroup'), items: berakhlakKeys.map((key) => ({ value: `value:${key}`, label: berakhlak.find((v) => v.key === key)!.name[lang] })) },
  ];

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('give.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('give.title')}
          </Title>
          <Select label={t('give.about')} placeholder={t('give.aboutPlaceholder')} data={data} searchable withAsterisk maw={640} {...form.getInputProps('about')} />
          <Checkbox.Group label={t('give.phrases')} description={t('give.phrasesHint')} {...form.getInputProps('phrases')}>
            <Stack gap={6} mt={6}>
              {defaultPhrases.map((p) => (
                <Checkbox key={p.key} value={p.key} label={p.text[lang]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Textarea label={t('give.text')} autosize minRows={2} maw={640} {...form.getInputProps('text')} />
          <FormAlert error={error} />
          <Group>
            <Button type="submit" loading={busy}>
              {t('give.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
