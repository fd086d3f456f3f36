import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { can } from '../../shared/roles';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import type { OfficeRecord, UserRecord } from '../db/records';
import { UserMenu } from '../features/auth/UserMenu';
import { navItems } from './navigation';

export function AppLayout({ user, office, children }: { user: UserRecord; office: OfficeRecord; children: ReactNode }) {
  const { t } = useTranslation();
  const [navOpen, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const visible = navItems.filter((item) => !item.requires || can(user.roles, item.requires));

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <a className="skip-link" href="#main-content">
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={navOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.openMenu')} />
            <div style={{ minWidth: 0 }}>
              <Text fw={700} size="lg" lh={1.1}>
                {t('appName')}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {office.name} · {office.instansi}
              </Text>
            </div>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu user={user} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {visible.map((item) => (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={t(item.labelKey)}
            leftSection={<item.icon size={18} aria-hidden />}
            active={isCurrent(pathname, item.path)}
            aria-current={isCurrent(pathname, item.path) ? 'page' : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}


/** A module stays highlighted on its sub-pages (e.g. the import page of Employees). */
function isCurrent(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}
