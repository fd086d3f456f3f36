import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../shared/roles';
import { useRepo } from '../../app/RepoContext';
import { FullPageLoader } from '../../components/FullPageLoader';
import { PageHeader } from '../../components/PageHeader';
import type { OfficeGoalRecord, UserRecord } from '../../db/records';
import { listGoals } from '../../db/skp/goals';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { YearSelect, yearFromSearch } from '../skp/YearSelect';
import { GoalFormModal } from './GoalFormModal';

/** The top of the cascade: the office's sasaran strategis and their IKU for a year (Perjanjian Kinerja). */
export function GoalsPage({ user }: { user: UserRecord }) {
  const { t } = useTranslation('skp');
  const repo = useRepo();
  const session = useSignedInSession();
  const [search, setSearch] = useSearchParams();
  const year = yearFromSearch(search);
  const goals = useLiveQuery(() => listGoals(repo, session, year), [repo, session, year]);
  const [editing, setEditing] = useState<OfficeGoalRecord | 'new' | null>(null);
  const editable = can(user.roles, 'goals.edit');

  return (
    <Stack>
      <PageHeader
        title={t('goals.title')}
        intro={t('goals.intro')}
        actions={
          editable && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('goals.add')}
            </Button>
          )
        }
      />
      <YearSelect value={year} onChange={(y) => setSearch({ year: String(y) })} />
      {!goals ? (
        <FullPageLoader />
      ) : goals.length === 0 ? (
        <Text>{t('goals.none', { year })}</Text>
      ) : (
        goals.map((goal, i) => <GoalCard key={goal.id} goal={goal} number={i + 1} onEdit={editable ? () => setEditing(goal) : undefined} />)
      )}
      {editing && <GoalFormModal goal={editing === 'new' ? null : editing} year={year} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function GoalCard({ goal, number, onEdit }: { goal: OfficeGoalRecord; number: number; onEdit?: () => void }) {
  const { t } = useTranslation('skp');
  const format = useFormat();
  const headingId = `goal-${goal.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('goals.number', { number })} {goal.statement}
        </Title>
        {onEdit && (
          <Button variant="light" size="xs" onClick={onEdit} aria-label={t('goals.editNamed', { name: goal.statement })}>
            {t('goals.edit')}
          </Button>
        )}
      </Group>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('goals.iku')}</Table.Th>
            <Table.Th ta="right">{t('goals.target')}</Table.Th>
            <Table.Th>{t('goals.polarity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {goal.indicators.map((iku) => (
            <Table.Tr key={iku.id}>
              <Table.Td>{iku.text}</Table.Td>
              <Table.Td ta="right">
                {iku.target === null ? '—' : format.number(iku.target)} {iku.unit}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={iku.polarity === 'higher' ? 'indigo' : 'orange'}>
                  {t(`polarity.${iku.polarity}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
