import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepo } from '../../app/RepoContext';
import { pendingChangeCount } from '../../db/audit';
import { getOffice } from '../../db/office';
import type { UserRecord } from '../../db/records';
import { RemindersCard } from './RemindersCard';

export function HomePage({ user }: { user: UserRecord }) {
  const { t } = useTranslation(['home', 'common']);
  const repo = useRepo();
  const office = useLiveQuery(() => getOffice(repo.db, user.officeId), [repo, user.officeId]);
  const pending = useLiveQuery(() => pendingChangeCount(repo), [repo]);

  return (
    <Stack>
      <Title order={1}>{t('welcome', { name: user.name })}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <RemindersCard />
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('office')}
          </Title>
          <Text fw={600}>{office?.name}</Text>
          <Text size="sm">
            {t('instansi')}: {office?.instansi}
          </Text>
          <Text size="sm">
            {t('code')}: {office?.code}
          </Text>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('yourRoles')}
          </Title>
          <Stack gap={6}>
            {user.roles.map((role) => (
              <Group key={role} gap="xs" wrap="nowrap">
                <Badge variant="light" style={{ flexShrink: 0 }}>
                  {t(`common:roles.${role}`)}
                </Badge>
                <Text size="sm">{t(`common:roleDescriptions.${role}`)}</Text>
              </Group>
            ))}
          </Stack>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('sync.title')}
          </Title>
          {pending === undefined ? null : <Text>{pending > 0 ? t('sync.pending', { count: pending }) : t('sync.none')}</Text>}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
