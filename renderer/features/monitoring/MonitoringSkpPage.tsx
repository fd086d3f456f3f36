import { Alert, Anchor, Badge, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { localIsoDate } from '../../../shared/monitoring/days';
import { isEntryOpen } from '../../../shared/monitoring/deadlines';
import { periodsWithin } from '../../../shared/monitoring/periods';
import { rhkNumbers } from '../../../shared/skp/submission';
import { useRepo } from '../../app/RepoContext';
import { toErrorData } from '../../components/ErrorText';
import { FormAlert } from '../../components/FormAlert';
import { FullPageLoader } from '../../components/FullPageLoader';
import { listActionPlans } from '../../db/monitoring/actionPlans';
import { listEvidence } from '../../db/monitoring/evidence';
import { monitoringAbilities } from '../../db/monitoring/monitoringAbilities';
import { entryStateOf, getMonitoringYear } from '../../db/monitoring/monitoringYears';
import { listRealisations } from '../../db/monitoring/realisations';
import { getSkp } from '../../db/skp/skps';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { StatusBadge } from '../skp/StatusBadge';
import { ActionPlanField } from './ActionPlanField';
import { EntryStateBadge } from './EntryStateBadge';
import { IkiEntry } from './IkiEntry';
import { currentPeriodKey, ikiProgress } from './monitoringProgress';
import { usePeriodLabel } from './usePeriodLabel';
import { DialogSection } from './DialogSection';
import { FeedbackSection } from './FeedbackSection';

/** One SKP's monitoring for one period: rencana aksi per RHK, realisasi and bukti dukung per IKI. */
export function MonitoringSkpPage() {
  const { t } = useTranslation(['monitoring', 'skp']);
  const { t: td } = useTranslation('dashboards');
  const { skpId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const label = usePeriodLabel();
  const today = localIsoDate(new Date());

  const loaded = useLiveQuery(async () => {
    try {
      const skp = await getSkp(repo, session, skpId);
      const [abilities, year, realisations, plans, evidence] = await Promise.all([
        monitoringAbilities(repo, session, skp),
        getMonitoringYear(repo, session, skp.year),
        listRealisations(repo, session, skp.id),
        listActionPlans(repo, session, skp.id),
        listEvidence(repo, session, skp.id),
      ]);
      return { skp, abilities, year, realisations, plans, evidence };
    } catch (error) {
      return { error: toErrorData(error) };
    }
  }, [repo, session, skpId]);

  if (!loaded) return <FullPageLoader />;
  if ('error' in loaded) {
    return (
      <Stack>
        <BackLink year={null} />
        <Title order={1}>{t('skp.unavailable')}</Title>
        <FormAlert error={loaded.error ?? null} />
      </Stack>
    );
  }
  const { skp, abilities, year, realisations, plans, evidence } = loaded;
  const live = skp.status === 'approved' || skp.status === 'closed';
  const periods = periodsWithin(skp.periodStart, skp.periodEnd, year.rules.rhythm);
  const asked = search.get('period');
  const periodKey = asked && periods.some((p) => p.key === asked) ? asked : currentPeriodKey(periods, today);
  const period = periods.find((p) => p.key === periodKey);
  const entry = period ? entryStateOf(year, period, today) : null;
  const open = !!entry && isEntryOpen(entry.state);
  const editable = abilities.enter && open;
  const numbers = rhkNumbers(skp.rhk);

  return (
    <Stack>
      <BackLink year={skp.year} />
      <div>
        <Title order={1}>{t('skp.title', { name: skp.snapshot.employee.name, year: skp.year })}</Title>
        <Group gap="xs" mt={4}>
          <StatusBadge status={skp.status} />
          <Badge variant="outline" color="gray">
            {t('skp.version', { version: skp.version })}
          </Badge>
          <Text size="sm">{t('skp.period', { start: format.date(skp.periodStart), end: format.date(skp.periodEnd) })}</Text>
          <Anchor component={Link} to={`/skp/${skp.id}`} size="sm">
            {t('skp.openSkp')}
          </Anchor>
          <Anchor component={Link} to={`/dashboards/person/${skp.id}`} size="sm">
            {td('person.fromMonitoring')}
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed" mt={4}>
          {skp.snapshot.employee.jabatan} · {skp.snapshot.employee.unit}
        </Text>
      </div>
      {!live && <Alert color="gray">{t('skp.notApproved')}</Alert>}
      {live && periods.length === 0 && <Alert color="gray">{t('skp.noPeriods')}</Alert>}
      {live && period && entry && (
        <>
          <Group align="flex-end" gap="md">
            <Select
              label={t('skp.periodSelect')}
              allowDeselect={false}
              w={220}
              data={periods.map((p) => ({ value: p.key, label: label(p.key) }))}
              value={period.key}
              onChange={(v) => v && setSearch({ period: v }, { replace: true })}
            />
            <EntryStateBadge state={entry.state} closesOn={entry.closesOn} start={period.start} />
            <Text size="sm" c="dimmed">
              {t('skp.periodDates', { start: format.date(period.start), end: format.date(period.end) })}
            </Text>
          </Group>
          {entry.state === 'locked' && (
            <Alert color="red" variant="light" title={t('skp.lockedTitle')}>
              {t('skp.lockedReason', { date: format.date(entry.closesOn) })}
            </Alert>
          )}
          {entry.state === 'not-started' && <Alert color="gray">{t('skp.notStartedReason', { date: format.date(period.start) })}</Alert>}
          {open && !abilities.enter && <Text size="sm" c="dimmed">{abilities.appraise ? t('skp.appraiserNote') : t('skp.readOnlyNote')}</Text>}
          {skp.rhk.map((rhk) => {
            const no = numbers.get(rhk.id);
            const rhkName = t('rhk.name', { kind: t(`skp:rhkKind.${rhk.kind}`), no });
            const plan = plans.find((p) => p.rhkId === rhk.id && p.periodKey === period.key);
            return (
              <Paper key={rhk.id} withBorder p="md" component="section" aria-label={rhkName} bg="var(--mantine-color-gray-0)">
                <Stack>
                  <Title order={2} size="h4">
                    {rhkName}: {rhk.text}
                  </Title>
                  <ActionPlanField key={`${period.key}:${plan?.rev ?? 0}`} skpId={skp.id} rhkId={rhk.id} periodKey={period.key} label={t('rhk.plan', { period: label(period.key) })} text={plan?.text ?? ''} editable={editable} />
                  {rhk.indicators.map((iki, j) => {
                    const values = new Map(realisations.filter((r) => r.ikiId === iki.id).map((r) => [r.periodKey, r.value]));
                    const realisation = realisations.find((r) => r.ikiId === iki.id && r.periodKey === period.key);
                    return (
                      <IkiEntry
                        key={`${iki.id}:${period.key}:${realisation?.rev ?? 0}`}
                        skpId={skp.id}
                        periodKey={period.key}
                        name={t('iki.name', { rhk: rhkName, no: j + 1 })}
                        iki={iki}
                        realisation={realisation}
                        progress={ikiProgress(iki, periods, period.key, values, year.rules)}
                        evidence={evidence.filter((e) => e.ikiId === iki.id && e.periodKey === period.key)}
                        editable={editable}
                        correctable={abilities.appraise}
                        capPercent={year.rules.capPercent}
                        maxMb={year.rules.evidenceMaxMb}
                      />
                    );
                  })}
                </Stack>
              </Paper>
            );
          })}
          {/* ── Umpan balik berkelanjutan and dialog kinerja: FeedbackSection and DialogSection
               (renderer/features/monitoring/FeedbackSection.tsx, DialogSection.tsx) go here. ── */}
          <FeedbackSection skp={skp} periodKey={period.key} abilities={abilities} />
          <DialogSection skp={skp} abilities={abilities} />
        </>
      )}
    </Stack>
  );
}

function BackLink({ year }: { year: number | null }) {
  const { t } = useTranslation('monitoring');
  return (
    <Anchor component={Link} to={year ? `/monitoring?year=${year}` : '/monitoring'} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('skp.back')}
      </Group>
    </Anchor>
  );
}
