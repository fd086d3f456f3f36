import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { can } from '../../../shared/roles';
import type { UserRecord } from '../../db/records';

/** Office | Unit, for those who may see the whole office (HR, the head of office); nothing for others. */
export function DashboardTabs({ user }: { user: UserRecord }) {
  const { t } = useTranslation('dashboards');
  const { pathname, search } = useLocation();
  if (!can(user.roles, 'skp.readAll')) return null;
  // The year travels with the switch; unit and period mean different things on each page.
  const year = new URLSearchParams(search).get('year');
  const suffix = year ? `?year=${year}` : '';
  return (
    <Group component="nav" aria-label={t('tabs.label')} gap="xs">
      {(['office', 'unit'] as const).map((page) => {
        const to = `/dashboards/${page}`;
        const current = pathname === to;
        return (
          <Button key={page} component={Link} to={`${to}${suffix}`} variant={current ? 'filled' : 'default'} size="xs" aria-current={current ? 'page' : undefined}>
            {t(`tabs.${page}`)}
          </Button>
        );
      })}
    </Group>
  );
}
