import { IconHome, IconListCheck, IconSettings, IconUsers, type Icon } from '@tabler/icons-react';
import type { Action } from '../../shared/roles';

/** The modules that exist, in menu order. A module whose permission the person lacks is not shown. */
export interface NavItem {
  path: string;
  labelKey: 'nav.home' | 'nav.users' | 'nav.audit' | 'nav.settings';
  icon: Icon;
  requires?: Action;
}

export const navItems: NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: IconHome },
  { path: '/users', labelKey: 'nav.users', icon: IconUsers, requires: 'user.list' },
  { path: '/audit', labelKey: 'nav.audit', icon: IconListCheck, requires: 'audit.read' },
  { path: '/settings', labelKey: 'nav.settings', icon: IconSettings },
];
