import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate } from '../../../shared/monitoring/days';
import { useRepo } from '../../app/RepoContext';
import { reminders, type Reminder } from '../../db/monitoring/reminders';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { usePeriodLabel } from '../monitoring/usePeriodLabel';

/** What needs doing now, each with a link to where it is done. */
export function RemindersCard() {
  const { t } = useTranslation('home');
  const repo = useRepo();
  const session = useSignedInSession();
  const today = localIsoDate(new Date());
  const items = useLiveQuery(() => reminders(repo, session, today), [repo, session, today]);
  const period = usePeriodLabel();
  const format = useFormat();
  if (!items) return null;

  const line = (r: Reminder): { to: string; text: string } => {
    switch (r.kind) {
      case 'skpMissing':
        return { to: `/skp?year=${r.year}`, text: t('reminders.skpMissing', { year: r.year }) };
      case 'skpDraft':
        return { to: `/skp/${r.skpId}`, text: t('reminders.skpDraft') };
      case 'skpReturned':
        return { to: `/skp/${r.skpId}`, text: t('reminders.skpReturned') };
      case 'entryDueSoon':
        return { to: `/monitoring/${r.skpId}?period=${r.periodKey}`, text: t('reminders.entryDueSoon', { count: r.missing, period: period(r.periodKey), date: format.date(r.closesOn) }) };
      case 'entryOverdue':
        return { to: `/monitoring/${r.skpId}?period=${r.periodKey}`, text: t('reminders.entryOverdue', { count: r.missing, period: period(r.periodKey), days: r.days }) };
      case 'awaitingApproval':
        return { to: '/skp', text: t('reminders.awaitingApproval', { count: r.count }) };
      case 'feedbackDue':
        return { to: '/monitoring', text: t('reminders.feedbackDue', { count: r.count, period: period(r.periodKey) }) };
      case 'peerInputDue':
        return { to: '/evaluation/peer', text: t('reminders.peerInputDue', { count: r.count }) };
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="reminders-heading">
      <Title order={2} size="h4" mb="xs" id="reminders-heading">
        {t('reminders.title')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t('reminders.none')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {items.map((r, i) => {
            const { to, text } = line(r);
            return (
              <List.Item key={i}>
                <Anchor component={Link} to={to} size="sm">
                  {text}
                </Anchor>
              </List.Item>
            );
          })}
        </List>
      )}
    </Card>
  );
}
