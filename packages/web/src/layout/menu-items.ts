import type { Permission } from '@sanxiang/core';
import type { MessageKey } from '../i18n/dictionary';

export type MenuKey =
  | 'dashboard'
  | 'cases'
  | 'evidence'
  | 'devices'
  | 'reviews'
  | 'reviewFigures'
  | 'laws'
  | 'matters'
  | 'inspections'
  | 'rules'
  | 'windows'
  | 'annual-report'
  | 'publicity'
  | 'publicity-corrections'
  | 'people'
  | 'units'
  | 'calendar'
  | 'accounts'
  | 'security'
  | 'caseAccess'
  | 'readLog'
  | 'audit';

/** Sub-menus that gather related entries. */
export type MenuGroup = 'disclosure';

export const MENU_GROUPS: Record<MenuGroup, MessageKey> = {
  // 事前公开: the lists and rules the bureau publishes before it enforces (P-03, P-04, P-05, I-01).
  disclosure: 'menu.group.disclosure',
};

export interface MenuEntry {
  key: MenuKey;
  path: string;
  label: MessageKey;
  /** The permission that both shows the menu item and guards its route. */
  permission: Permission;
  group?: MenuGroup;
}

// In the order staff use them: daily work first, administration after, the audit trail last.
export const MENU_ENTRIES: readonly MenuEntry[] = [
  { key: 'dashboard', path: '/', label: 'menu.dashboard', permission: 'dashboard.read' },
  { key: 'cases', path: '/cases', label: 'menu.cases', permission: 'cases.read' },
  // evidence search and the recording devices.
  { key: 'evidence', path: '/evidence', label: 'menu.evidence', permission: 'evidence.read' },
  { key: 'devices', path: '/devices', label: 'menu.devices', permission: 'devices.read' },
  { key: 'reviews', path: '/reviews', label: 'menu.reviews', permission: 'review.read' },
  {
    key: 'reviewFigures',
    path: '/reviews/figures',
    label: 'menu.reviewFigures',
    permission: 'review.figures',
  },
  { key: 'laws', path: '/laws', label: 'menu.laws', permission: 'catalog.read' },
  {
    key: 'matters',
    path: '/catalogs/matters',
    label: 'menu.matters',
    permission: 'catalog.read',
    group: 'disclosure',
  },
  {
    key: 'inspections',
    path: '/catalogs/inspections',
    label: 'menu.inspections',
    permission: 'catalog.read',
    group: 'disclosure',
  },
  { key: 'rules', path: '/rules', label: 'menu.rules', permission: 'catalog.read', group: 'disclosure' },
  // P-08: the service windows whose boards the portal prints.
  {
    key: 'windows',
    path: '/windows',
    label: 'menu.windows',
    permission: 'catalog.read',
    group: 'disclosure',
  },
  // 事后公开 (P-09, P-10, P-02): the publication queue and the correction requests.
  { key: 'publicity', path: '/publicity', label: 'menu.publicity', permission: 'publicity.read' },
  {
    key: 'publicity-corrections',
    path: '/publicity/corrections',
    label: 'menu.publicityCorrections',
    permission: 'publicity.read',
  },
  // P-11: the annual statistics report and the register of reconsiderations and suits.
  {
    key: 'annual-report',
    path: '/annual-report',
    label: 'menu.annualReport',
    permission: 'annual-report.read',
  },
  { key: 'people', path: '/people', label: 'menu.people', permission: 'people.read' },
  { key: 'units', path: '/units', label: 'menu.units', permission: 'units.read' },
  { key: 'calendar', path: '/calendar', label: 'menu.calendar', permission: 'calendar.read' },
  { key: 'accounts', path: '/accounts', label: 'menu.accounts', permission: 'users.read' },
  { key: 'security', path: '/security', label: 'menu.security', permission: 'security.policy' },
  // cross-unit read requests and the read log.
  { key: 'caseAccess', path: '/case-access', label: 'menu.caseAccess', permission: 'case-access.request' },
  { key: 'readLog', path: '/case-access/reads', label: 'menu.readLog', permission: 'case-access.read-log' },
  { key: 'audit', path: '/audit', label: 'menu.audit', permission: 'audit.read' },
];

export function visibleMenuEntries(permissions: ReadonlySet<Permission>): MenuEntry[] {
  return MENU_ENTRIES.filter((e) => permissions.has(e.permission));
}

/** The menu item a URL belongs to (longest matching path), so sub-pages keep their item highlighted. */
export function menuKeyForPath(pathname: string): MenuKey | undefined {
  let best: MenuEntry | undefined;
  for (const e of MENU_ENTRIES) {
    const matches =
      e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`);
    if (matches && (!best || e.path.length > best.path.length)) best = e;
  }
  return best?.key;
}

export function entryFor(key: MenuKey): MenuEntry {
  const entry = MENU_ENTRIES.find((e) => e.key === key);
  if (!entry) throw new Error(`unknown menu key ${key}`);
  return entry;
}
