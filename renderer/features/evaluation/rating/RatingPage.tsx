import { Alert, Anchor, Badge, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { RatingView } from '../../../db/evaluation/ratingView';
import { IconArrowLeft } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { evaluationYearOf, isAnnualKey } from '../../../../shared/evaluation/periods';
import { formatNip } from '../../../../shared/nip';
import { useRepo } from '../../../app/RepoContext';
import { toErrorData } from '../../../components/ErrorText';
import { FormAlert } from '../../../components/FormAlert';
import { FullPageLoader } from '../../../components/FullPageLoader';
import { ratingView } from '../../../db/evaluation/ratingView';
import { useSignedInSession } from '../../auth/session';
import { PredikatBadge } from '../PredikatBadge';
import { useEvaluationPeriodLabel } from '../useEvaluationPeriodLabel';
import { EvaluationDocumentLink } from '../../evaluationDocument/DocumentLinks';
import { DistributionPanel } from './DistributionPanel';
import { FinalActions } from './FinalActions';
import { HasilKerjaSection } from './HasilKerjaSection';
import { PeerInputPanel } from './PeerInputPanel';
import { PerilakuSection } from './PerilakuSection';
import { RatingForm } from './RatingForm';
import { RatingSummary } from './RatingSummary';

/**
 * The rating screen of one SKP for one evaluation period (issue 6): the Pejabat Penilai rates
 * hasil kerja and perilaku kerja beside the unit's live distribution, with the realisations,
 * evidence and feedback below; everyone else who may see it reads it.
 */
export function RatingPage() {
  const { t } = useTranslation('evaluation');
  const { skpId = '', periodKey = '' } = useParams();
  const repo = useRepo();
  const session = useSignedInSession();
  const periodName = useEvaluationPeriodLabel();

  const loaded = useLiveQuery(async () => {
    // Touch every table first so the live query observes them: the read checks access across
    // several awaits before its own reads (as FeedbackSection does).
    await Promise.all([repo.db.evaluations.where('periodKey').equals(periodKey).primaryKeys(), repo.db.orgResults.where('periodKey').equals(periodKey).primaryKeys(), repo.db.realisations.where('skpId').equals(skpId).primaryKeys(), repo.db.evidence.where('skpId').equals(skpId).primaryKeys(), repo.db.feedback.where('skpId').equals(skpId).primaryKeys()]);
    try {
      return { view: await ratingView(repo, session, skpId, periodKey) };
    } catch (error) {
      return { error: toErrorData(error) };
    }
  }, [repo, session, skpId, periodKey]);

  const year = evaluationYearOf(periodKey);
  const back = (
    <Anchor component={Link} to={year ? `/evaluation?year=${year}&period=${periodKey}` : '/evaluation'} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('rating.back')}
      </Group>
    </Anchor>
  );
  if (!loaded) return <FullPageLoader />;
  if ('error' in loaded) {
    return (
      <Stack>
        {back}
        <Title order={1}>{t('rating.unavailable')}</Title>
        <FormAlert error={loaded.error ?? null} />
      </Stack>
    );
  }
  const { view } = loaded;
  const { skp, evaluation } = view;
  const employee = skp.snapshot.employee;
  const period = periodName(periodKey);
  const editable = view.mayRate && evaluation?.status !== 'final';

  return (
    <Stack>
      {back}
      <div>
        <Title order={1}>{t('rating.title', { name: employee.name, period })}</Title>
        <Text size="sm" mt={4}>
          {t('rating.identity', { nip: formatNip(employee.nip), jabatan: employee.jabatan, unit: employee.unit })}
        </Text>
        <Text size="sm" c="dimmed">
          {employee.pangkat && <>{t('rating.pangkat', { pangkat: employee.pangkat })} · </>}
          {skp.snapshot.appraiser && t('rating.appraiser', { name: skp.snapshot.appraiser.name })}
        </Text>
        {!view.ownNotFinal && (
          <Group gap="xs" mt="xs">
            <Badge variant="light" color={evaluation?.status === 'final' ? 'blue' : 'gray'} tt="none">
              {t(`statuses.${evaluation?.status ?? 'none'}`)}
            </Badge>
            {evaluation?.predikat && <PredikatBadge predikat={evaluation.predikat} />}
            {evaluation && <EvaluationDocumentLink skpId={skp.id} periodKey={periodKey} />}
          </Group>
        )}
      </div>
      {view.ownNotFinal ? (
        <Alert color="gray">{t('rating.ownNotFinal')}</Alert>
      ) : (
        <>
          <Grid gap="md" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Stack>
                {editable ? (
                  <RatingForm key={`${skp.id}:${periodKey}`} view={view} periodKey={periodKey} />
                ) : (
                  <RatingSummary view={view} />
                )}
                <FinalActions view={view} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <DistributionPanel view={view} period={period} />
            </Grid.Col>
          </Grid>
          {isAnnualKey(periodKey) && <PeriodicInputs view={view} />}
          <HasilKerjaSection view={view} periodKey={periodKey} period={period} />
          <PerilakuSection view={view} periodKey={periodKey} period={period} />
          <PeerInputPanel skpId={skp.id} periodKey={periodKey} />
        </>
      )}
    </Stack>
  );
}

/** The annual evaluation's input: the year's periodic evaluations, each as given (never averaged). */
function PeriodicInputs({ view }: { view: RatingView }) {
  const { t } = useTranslation('evaluation');
  const periodName = useEvaluationPeriodLabel();
  const rows = [...view.others].sort((a, b) => a.periodKey.localeCompare(b.periodKey));
  return (
    <Paper withBorder p="md" component="section" aria-label={t('rating.periodic.title')}>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('rating.periodic.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rating.periodic.intro')}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('rating.periodic.none')}
          </Text>
        ) : (
          <Table withTableBorder fz="sm" aria-label={t('rating.periodic.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('period')}</Table.Th>
                <Table.Th scope="col">{t('status')}</Table.Th>
                <Table.Th scope="col">{t('predikat')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{periodName(e.periodKey)}</Table.Td>
                  <Table.Td>{t(`statuses.${e.status}`)}</Table.Td>
                  <Table.Td>{e.predikat ? <PredikatBadge predikat={e.predikat} /> : '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
