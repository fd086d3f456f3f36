import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { periodsWithin } from '../../../shared/monitoring/periods';
import { defaultPhrases } from '../../../shared/monitoring/phrases';
import { isLanguage, defaultLanguage } from '../../../shared/languages';
import { berakhlak } from '../../../shared/skp/berakhlak';
import { useRepo } from '../../app/RepoContext';
import { toErrorData } from '../../components/ErrorText';
import { FormAlert } from '../../components/FormAlert';
import { FullPageLoader } from '../../components/FullPageLoader';
import { listFeedback } from '../../db/monitoring/feedback';
import { getMonitoringYear } from '../../db/monitoring/monitoringYears';
import { listRealisations } from '../../db/monitoring/realisations';
import { getSkp } from '../../db/skp/skps';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { usePeriodLabel } from '../monitoring/usePeriodLabel';
import { ChartFigure } from './ChartFigure';
import { ikiTrend } from './dashboardData';

/** One person's SKP: each IKI's trend per period against its target line, and the feedback received. */
export function PersonDashboardPage() {
  const { t, i18n } = useTranslation('dashboards');
  const { skpId = '' } = useParams();
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const label = usePeriodLabel();
  const lang = isLanguage(i18n.language) ? i18n.language : defaultLanguage;

  const loaded = useLiveQuery(async () => {
    try {
      const skp = await getSkp(repo, session, skpId);
      const [year, realisations, feedback] = await Promise.all([getMonitoringYear(repo, session, skp.year), listRealisations(repo, session, skp.id), listFeedback(repo, session, skp.id)]);
      return { skp, year, realisations, feedback };
    } catch (error) {
      return { error: toErrorData(error) };
    }
  }, [repo, session, skpId]);

  if (!loaded) return <FullPageLoader />;
  if ('error' in loaded) {
    return (
      <Stack>
        <Title order={1}>{t('person.unavailable')}</Title>
        <FormAlert error={loaded.error ?? null} />
      </Stack>
    );
  }
  const { skp, year, realisations, feedback } = loaded;
  const periods = periodsWithin(skp.periodStart, skp.periodEnd, year.rules.rhythm);
  const ikis = skp.rhk.flatMap((r) => r.indicators);
  const num = (v: number | null) => (v === null ? '–' : format.number(v));
  const percent = (v: number | null) => (v === null ? '–' : new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 }).format(v));
  const aboutText = (about: (typeof feedback)[number]['about']) => {
    if (about.kind === 'value') return berakhlak.find((v) => v.key === about.value)?.name[lang] ?? about.value;
    return ikis.find((i) => i.id === about.ikiId)?.text ?? '—';
  };

  return (
    <Stack>
      <Anchor component={Link} to="/dashboards/unit" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden />
          {t('person.back')}
        </Group>
      </Anchor>
      <div>
        <Title order={1}>{t('person.title', { name: skp.snapshot.employee.name, year: skp.year })}</Title>
        <Text size="sm" c="dimmed">
          {skp.snapshot.employee.jabatan} · {skp.snapshot.employee.unit}
        </Text>
        <Anchor component={Link} to={`/monitoring/${skp.id}`} size="sm" underline="always">
          {t('person.openMonitoring')}
        </Anchor>
      </div>
      {ikis.length === 0 && <Alert color="gray">{t('person.noIki')}</Alert>}
      {ikis.map((iki) => {
        const trend = ikiTrend(iki, periods, realisations, year.rules.capPercent);
        const entered = trend.filter((p) => p.value !== null);
        const lastPoint = entered[entered.length - 1];
        const summary = lastPoint
          ? t('person.summary', { entered: entered.length, total: trend.length, period: label(lastPoint.periodKey), value: num(lastPoint.value), target: num(lastPoint.target), capaian: percent(lastPoint.capaian), unit: iki.unit })
          : t('person.summaryEmpty', { total: trend.length });
        const chartData = trend.map((p) => ({ name: label(p.periodKey), value: p.value, target: p.target }));
        return (
          <ChartFigure
            key={iki.id}
            title={t('person.ikiTitle', { text: iki.text, unit: iki.unit })}
            summary={summary}
            table={{
              headers: [t('person.period'), t('person.value'), t('person.target'), t('person.capaian')],
              rows: trend.map((p) => ({ key: p.periodKey, cells: [label(p.periodKey), num(p.value), num(p.target), percent(p.capaian)] })),
            }}
          >
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={chartData} accessibilityLayer={false} margin={{ top: 8, right: 48, bottom: 8, left: 16 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" interval={0} padding={{ left: 32, right: 32 }} />
                <YAxis />
                <Tooltip />
                <Legend />
                <Line type="monotone" dataKey="value" name={t('person.value')} stroke="var(--mantine-color-blue-7)" strokeWidth={2} connectNulls={false} isAnimationActive={false} />
                <Line type="stepAfter" dataKey="target" name={t('person.target')} stroke="var(--mantine-color-gray-7)" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </ChartFigure>
        );
      })}
      <Paper withBorder p="md" component="section" aria-labelledby="feedback-received">
        <Title order={2} size="h4" id="feedback-received" mb="xs">
          {t('person.feedback')}
        </Title>
        {feedback.length === 0 ? (
          <Text size="sm">{t('person.noFeedback')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {[...feedback]
              .sort((a, b) => b.givenAt.localeCompare(a.givenAt))
              .map((f) => (
                <li key={f.id}>
                  <Text size="sm" fw={600}>
                    {label(f.periodKey)} · {aboutText(f.about)} · {format.date(f.givenAt)}
                  </Text>
                  <Text size="sm">{[...f.phrases.map((key) => defaultPhrases.find((p) => p.key === key)?.text[lang] ?? key), f.text].filter(Boolean).join(' · ')}</Text>
                  {f.reply && (
                    <Text size="sm" c="dimmed">
                      {t('person.reply', { text: f.reply.text })}
                    </Text>
                  )}
                </li>
              ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
