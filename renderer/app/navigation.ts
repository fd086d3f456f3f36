import { IconBinaryTree2, IconClipboardCheck, IconChartBar, IconFlag, IconHierarchy3, IconTargetArrow, IconHome, IconId, IconListCheck, IconProgressCheck, IconSettings, IconUsers, type Icon } from '@tabler/icons-react';
import type { Action } from '../../shared/roles';

/** The modules that exist, in menu order. A module whose permission the person lacks is not shown. */
export interface NavItem {
  path: string;
  labelKey: 'nav.home' | 'nav.goals' | 'nav.skp' | 'nav.monitoring' | 'nav.dashboards' | 'nav.evaluation' | 'nav.employees' | 'nav.organisation' | 'nav.appraisers' | 'nav.users' | 'nav.audit' | 'nav.settings';
  icon: Icon;
  requires?: Action;
}

export const navItems: NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: IconHome },
  // Planning: everyone reads the office's goals and sees the SKPs they may see (own, subordinates', all).
  { path: '/goals', labelKey: 'nav.goals', icon: IconFlag },
  { path: '/skp', labelKey: 'nav.skp', icon: IconTargetArrow },
  // Monitoring: the approved SKPs the person may see, their realisations per period.
  { path: '/monitoring', labelKey: 'nav.monitoring', icon: IconProgressCheck },
  // Dashboards: the office (HR, the head), a unit's people and one person's trends, over the SKPs the person may see.
  { path: '/dashboards', labelKey: 'nav.dashboards', icon: IconChartBar },
  // Evaluation: the appraiser rates subordinates, HR and the head read all, everyone their own once final.
  { path: '/evaluation', labelKey: 'nav.evaluation', icon: IconClipboardCheck },
  // Everyone: the list shows whom the person may see (all, their subordinates, or themselves).
  { path: '/employees', labelKey: 'nav.employees', icon: IconId },
  { path: '/organisation', labelKey: 'nav.organisation', icon: IconBinaryTree2, requires: 'people.readAll' },
  { path: '/appraisers', labelKey: 'nav.appraisers', icon: IconHierarchy3, requires: 'people.readAll' },
  { path: '/users', labelKey: 'nav.users', icon: IconUsers, requires: 'user.list' },
  { path: '/audit', labelKey: 'nav.audit', icon: IconListCheck, requires: 'audit.read' },
  { path: '/settings', labelKey: 'nav.settings', icon: IconSettings },
];
