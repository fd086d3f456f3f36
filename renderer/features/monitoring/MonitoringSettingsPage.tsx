import { Badge, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localIsoDate } from '../../../shared/monitoring/days';
import type { EntryState } from '../../../shared/monitoring/deadlines';
import { periodsOf, rhythms, type MonitoringPeriod } from '../../../shared/monitoring/periods';
import { MonitoringRulesSchema, type MonitoringRules } from '../../../shared/monitoring/rules';
import type { MonitoringYear } from '../../../shared/monitoring/types';
import { useRepo } from '../../app/RepoContext';
import { AppModal } from '../../components/AppModal';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit, zodValidate } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { entryStateOf, getMonitoringYear, reopenPeriod, saveMonitoringRules } from '../../db/monitoring/monitoringYears';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { YearSelect, yearFromSearch } from '../skp/YearSelect';
import { usePeriodLabel } from './usePeriodLabel';

const stateColor: Record<EntryState, string> = { 'not-started': 'gray', open: 'green', 'due-soon': 'yellow', locked: 'red' };

/** HR's monitoring rules per year (rhythm, deadline, thresholds) and the year's periods, where a locked one can be reopened. */
export function MonitoringSettingsPage() {
  const { t } = useTranslation('monitoringSettings');
  const repo = useRepo();
  const session = useSignedInSession();
  const [search, setSearch] = useSearchParams();
  const year = yearFromSearch(search);
  const monitoringYear = useLiveQuery(() => getMonitoringYear(repo, session, year), [repo, session, year]);

  return (
    <Stack>
      <PageHeader title={t('title')} intro={t('intro')} />
      <YearSelect value={year} onChange={(y) => setSearch({ year: String(y) }, { replace: true })} />
      {!monitoringYear || monitoringYear.year !== year ? (
        <FullPageLoader />
      ) : (
        <>
          {/* Remounted after each save, so the form starts from what is stored. */}
          <RulesForm key={`${year}:${'rev' in monitoringYear ? String(monitoringYear.rev) : 'default'}`} year={monitoringYear} />
          <PeriodsTable year={monitoringYear} />
        </>
      )}
    </Stack>
  );
}

function RulesForm({ year }: { year: MonitoringYear }) {
  const { t } = useTranslation(['monitoringSettings', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const form = useForm<MonitoringRules>({ initialValues: year.rules, validate: zodValidate(MonitoringRulesSchema) });
  const { busy, error, submit } = useFormSubmit(form, async (rules) => {
    await saveMonitoringRules(repo, session, year.year, rules);
    notifySuccess(t('rules.done', { year: year.year }));
  });
  const number = (name: keyof MonitoringRules, decimals = false) => (
    <NumberInput label={t(`rules.${name}`)} min={0} allowDecimal={decimals} allowNegative={false} clampBehavior="none" hideControls {...form.getInputProps(name)} />
  );

  return (
    <Card withBorder component="section" aria-label={t('rules.title', { year: year.year })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('rules.title', { year: year.year })}
          </Title>
          <Select
            label={t('rules.rhythm')}
            description={t('rules.rhythmNote')}
            allowDeselect={false}
            maw={320}
            data={rhythms.map((r) => ({ value: r, label: t(`rhythm.${r}`) }))}
            {...form.getInputProps('rhythm')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} maw={960}>
            {number('deadlineDays')}
            {number('dueSoonDays')}
            {number('evidenceMaxMb')}
            {number('capPercent', true)}
            {number('onTrackPercent', true)}
            {number('atRiskPercent', true)}
          </SimpleGrid>
          <FormAlert error={error} />
          <Group>
            <Button type="submit" loading={busy}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function PeriodsTable({ year }: { year: MonitoringYear }) {
  const { t } = useTranslation('monitoringSettings');
  const format = useFormat();
  const periodName = usePeriodLabel();
  const [reopening, setReopening] = useState<MonitoringPeriod | null>(null);
  const today = localIsoDate(new Date());
  const periods = periodsOf(year.year, year.rules.rhythm);

  return (
    <Card withBorder component="section" aria-label={t('periods.title', { year: year.year })}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('periods.title', { year: year.year })}
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="xs">
            <Table.Caption>{t('periods.caption', { year: year.year })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('periods.period')}</Table.Th>
                <Table.Th>{t('periods.start')}</Table.Th>
                <Table.Th>{t('periods.end')}</Table.Th>
                <Table.Th>{t('periods.deadline')}</Table.Th>
                <Table.Th>{t('periods.state')}</Table.Th>
                <Table.Th>{t('periods.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {periods.map((period) => {
                const { state, closesOn } = entryStateOf(year, period, today);
                const reopened = year.reopened[period.key];
                const name = periodName(period.key);
                return (
                  <Table.Tr key={period.key}>
                    <Table.Th scope="row" fw={500}>
                      {name}
                    </Table.Th>
                    <Table.Td>{format.date(period.start)}</Table.Td>
                    <Table.Td>{format.date(period.end)}</Table.Td>
                    <Table.Td>{format.date(closesOn)}</Table.Td>
                    <Table.Td>
                      <Stack gap={2} align="flex-start">
                        <Badge color={stateColor[state]} variant="light">
                          {t(`state.${state}`)}
                        </Badge>
                        {reopened && (
                          <Text size="xs" c="dimmed">
                            {t('periods.reopenedUntil', { date: format.date(reopened.until), reason: reopened.reason })}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      {state === 'locked' && (
                        <Button size="xs" variant="light" aria-label={t('reopen.actionFor', { period: name })} onClick={() => setReopening(period)}>
                          {t('reopen.action')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      {reopening && <ReopenModal period={reopening} onClose={() => setReopening(null)} />}
    </Card>
  );
}

function ReopenModal({ period, onClose }: { period: MonitoringPeriod; onClose: () => void }) {
  const { t } = useTranslation('monitoringSettings');
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const periodName = usePeriodLabel();
  const name = periodName(period.key);
  const form = useForm({ initialValues: { until: '', reason: '' } });
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await reopenPeriod(repo, session, period.key, values);
    notifySuccess(t('reopen.done', { period: name, date: format.date(values.until) }));
    onClose();
  });
  return (
    <AppModal opened onClose={onClose} title={t('reopen.title', { period: name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('reopen.hint')}</Text>
          <TextInput type="date" label={t('reopen.until')} withAsterisk w={200} data-autofocus {...form.getInputProps('until')} />
          <Textarea label={t('reopen.reason')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
          <FormAlert error={error} />
          <DialogActions onCancel={onClose} submitLabel={t('reopen.submit')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
