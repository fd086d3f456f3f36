import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ratingLabels, ratings, type Rating } from '../../../shared/evaluation/tables';
import { defaultLanguage, isLanguage } from '../../../shared/languages';
import { berakhlak, type BerakhlakKey } from '../../../shared/skp/berakhlak';
import { useRepo } from '../../app/RepoContext';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import { notifyError, notifySuccess } from '../../components/notify';
import { myPeerRequests, submitPeerInput, type PeerRequestRow } from '../../db/evaluation/peerInputs';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { useEvaluationPeriodLabel } from './useEvaluationPeriodLabel';

/** What colleagues were asked for: each request's seven BerAKHLAK ratings and a comment, their own to give or change until final. */
export function PeerRequestsPage() {
  const { t } = useTranslation('evaluation');
  const repo = useRepo();
  const session = useSignedInSession();
  const rows = useLiveQuery(() => myPeerRequests(repo, session), [repo, session]);
  if (!rows) return <FullPageLoader />;
  return (
    <Stack>
      <PageHeader title={t('peer.pageTitle')} intro={t('peer.pageIntro')} />
      {rows.length === 0 && <Alert color="gray">{t('peer.noRequests')}</Alert>}
      {rows.map((row) => (
        <PeerAnswerForm key={row.request.id} row={row} />
      ))}
    </Stack>
  );
}

function PeerAnswerForm({ row }: { row: PeerRequestRow }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const period = useEvaluationPeriodLabel();
  const { request, skp } = row;
  const [values, setValues] = useState<Partial<Record<BerakhlakKey, Rating>>>(request.values ?? {});
  const [comment, setComment] = useState(request.comment);
  const [busy, setBusy] = useState(false);
  const name = skp.snapshot.employee.name;
  const title = t('peer.requestTitle', { name, period: period(request.periodKey) });

  const submit = async () => {
    setBusy(true);
    try {
      await submitPeerInput(repo, session, request.id, { values: values as Record<BerakhlakKey, Rating>, comment });
      notifySuccess(t('peer.submitted', { name }));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack>
        <div>
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {request.submittedAt ? t('peer.answeredOn', { date: format.dateTime(request.submittedAt) }) : t('peer.notAnswered')}
          </Text>
        </div>
        {berakhlak.map((v) => (
          <Radio.Group key={v.key} label={`${v.name[lang]} — ${name}`} value={values[v.key] ?? null} onChange={(r) => setValues((old) => ({ ...old, [v.key]: r as Rating }))} withAsterisk>
            <Group gap="lg" mt={4}>
              {[...ratings].reverse().map((r) => (
                <Radio key={r} value={r} label={ratingLabels[r][lang]} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Textarea label={t('peer.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={2} maxLength={1000} />
        <Group>
          <Button onClick={() => void submit()} loading={busy}>
            {t('peer.submit', { name })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
