import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/roles';
import { FullPageLoader } from '../../components/FullPageLoader';
import type { UserRecord } from '../../db/records';
import { usePeopleData } from '../people/usePeopleData';
import { PositionsPanel } from './PositionsPanel';
import { UnitTree } from './UnitTree';

export function OrganisationPage({ user }: { user: UserRecord }) {
  const { t } = useTranslation('people');
  const data = usePeopleData();
  if (!data) return <FullPageLoader />;
  const editable = can(user.roles, 'organisation.edit');
  return (
    <Stack>
      <Title order={1}>{t('organisation.title')}</Title>
      <Text>{t('organisation.intro')}</Text>
      <Tabs defaultValue="units" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="units">{t('organisation.unitsTab')}</Tabs.Tab>
          <Tabs.Tab value="positions">{t('organisation.positionsTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="units" pt="md">
          <UnitTree data={data} editable={editable} />
        </Tabs.Panel>
        <Tabs.Panel value="positions" pt="md">
          <PositionsPanel data={data} editable={editable} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
