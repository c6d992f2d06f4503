import { type ComponentType, lazy, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { RequirePermission } from './auth/RequirePermission';
import { SessionGate } from './auth/SessionGate';
import { entryFor, type MenuKey } from './layout/menu-items';
import { NotFoundPage } from './shared/NotFoundPage';

// Pages are loaded on first visit: most users only ever open two or three of them.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const DashboardPage = page(() => import('./dashboard/DashboardPage'), 'DashboardPage');
const PeoplePage = page(() => import('./people/PeoplePage'), 'PeoplePage');
const UnitsPage = page(() => import('./units/UnitsPage'), 'UnitsPage');
const CalendarPage = page(() => import('./calendar/CalendarPage'), 'CalendarPage');
const UsersPage = page(() => import('./admin/UsersPage'), 'UsersPage');
const SecurityPolicyPage = page(() => import('./admin/SecurityPolicyPage'), 'SecurityPolicyPage');
const AuditPage = page(() => import('./audit/AuditPage'), 'AuditPage');
const ProfilePage = page(() => import('./profile/ProfilePage'), 'ProfilePage');

/** Each page is guarded by the permission of its menu item, so the two can never disagree. */
const guard = (key: MenuKey, element: ReactNode) => (
  <RequirePermission permission={entryFor(key).permission}>{element}</RequirePermission>
);

export const CONSOLE_BASENAME = '/console';

export function createConsoleRouter() {
  return createBrowserRouter(
    [
      { path: '/login', element: <LoginPage /> },
      {
        path: '/',
        element: <SessionGate />,
        children: [
          { index: true, element: guard('dashboard', <DashboardPage />) },
          { path: 'people', element: guard('people', <PeoplePage />) },
          { path: 'units', element: guard('units', <UnitsPage />) },
          { path: 'calendar', element: guard('calendar', <CalendarPage />) },
          { path: 'accounts', element: guard('accounts', <UsersPage />) },
          { path: 'security', element: guard('security', <SecurityPolicyPage />) },
          { path: 'audit', element: guard('audit', <AuditPage />) },
          { path: 'profile', element: <ProfilePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
    { basename: CONSOLE_BASENAME },
  );
}
