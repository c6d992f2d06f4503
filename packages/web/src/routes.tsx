import { type ComponentType, lazy, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { RequirePermission } from './auth/RequirePermission';
import { SessionGate } from './auth/SessionGate';
import type { CatalogKind } from './catalog/catalog-model';
import { entryFor, type MenuKey } from './layout/menu-items';
import { NotFoundPage } from './shared/NotFoundPage';

// Pages are loaded on first visit: most users only ever open two or three of them.
const page = <K extends string, P extends object = object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }));

const DashboardPage = page(() => import('./dashboard/DashboardPage'), 'DashboardPage');
const PeoplePage = page(() => import('./people/PeoplePage'), 'PeoplePage');
const UnitsPage = page(() => import('./units/UnitsPage'), 'UnitsPage');
const CalendarPage = page(() => import('./calendar/CalendarPage'), 'CalendarPage');
const UsersPage = page(() => import('./admin/UsersPage'), 'UsersPage');
const SecurityPolicyPage = page(() => import('./admin/SecurityPolicyPage'), 'SecurityPolicyPage');
const AuditPage = page(() => import('./audit/AuditPage'), 'AuditPage');
const ProfilePage = page(() => import('./profile/ProfilePage'), 'ProfilePage');
const LawsPage = page(() => import('./laws/LawsPage'), 'LawsPage');
const LawReaderPage = page(() => import('./laws/LawReaderPage'), 'LawReaderPage');
const CatalogVersionsPage = page(() => import('./catalog/CatalogVersionsPage'), 'CatalogVersionsPage');
const CatalogVersionPage = page(() => import('./catalog/CatalogVersionPage'), 'CatalogVersionPage');
const CatalogDiffPage = page(() => import('./catalog/CatalogDiffPage'), 'CatalogDiffPage');
const CasesPage = page(() => import('./cases/CasesPage'), 'CasesPage');
const CaseIntakePage = page(() => import('./cases/CaseIntakePage'), 'CaseIntakePage');
const CaseWorkspacePage = page(() => import('./cases/CaseWorkspacePage'), 'CaseWorkspacePage');
const RulesPage = page(() => import('./rules/RulesPage'), 'RulesPage');
const CaseFilePage = page(() => import('./case-file/CaseFilePage'), 'CaseFilePage');
const AccessRequestsPage = page(() => import('./case-access/AccessRequestsPage'), 'AccessRequestsPage');
const ReadLogPage = page(() => import('./case-access/ReadLogPage'), 'ReadLogPage');
const WindowsPage = page(() => import('./windows/WindowsPage'), 'WindowsPage');
const AnnualReportPage = page(() => import('./annual-report/AnnualReportPage'), 'AnnualReportPage');
const EvidenceSearchPage = page(() => import('./evidence/EvidenceSearchPage'), 'EvidenceSearchPage');
const DevicesPage = page(() => import('./devices/DevicesPage'), 'DevicesPage');
const ReviewInboxPage = page(() => import('./review/ReviewInboxPage'), 'ReviewInboxPage');
const ReviewWorkspacePage = page(() => import('./review/ReviewWorkspacePage'), 'ReviewWorkspacePage');
const ReviewFiguresPage = page(() => import('./review/ReviewFiguresPage'), 'ReviewFiguresPage');
const PublicityQueuePage = page(() => import('./publicity/PublicityQueuePage'), 'PublicityQueuePage');
const PublicationEditorPage = page(
  () => import('./publicity/PublicationEditorPage'),
  'PublicationEditorPage',
);
const CorrectionsPage = page(() => import('./publicity/CorrectionsPage'), 'CorrectionsPage');

/** Each page is guarded by the permission of its menu item, so the two can never disagree. */
const guard = (key: MenuKey, element: ReactNode) => (
  <RequirePermission permission={entryFor(key).permission}>{element}</RequirePermission>
);

/**
 * The two lists share their pages; each kind gets its own routes under its menu item. The key makes React
 * start afresh when moving from one list to the other instead of carrying one list's state into the other.
 */
const catalogRoutes = (kind: CatalogKind) => [
  { path: `catalogs/${kind}`, element: guard(kind, <CatalogVersionsPage key={kind} kind={kind} />) },
  {
    path: `catalogs/${kind}/versions/:versionId`,
    element: guard(kind, <CatalogVersionPage key={kind} kind={kind} />),
  },
  { path: `catalogs/${kind}/diff`, element: guard(kind, <CatalogDiffPage key={kind} kind={kind} />) },
];

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
          { path: 'cases', element: guard('cases', <CasesPage />) },
          {
            path: 'cases/new',
            element: (
              <RequirePermission permission="cases.create">
                <CaseIntakePage />
              </RequirePermission>
            ),
          },
          { path: 'cases/:id', element: guard('cases', <CaseWorkspacePage />) },
          { path: 'cases/:id/file', element: guard('cases', <CaseFilePage />) },
          { path: 'case-access', element: guard('caseAccess', <AccessRequestsPage />) },
          { path: 'case-access/reads', element: guard('readLog', <ReadLogPage />) },
          { path: 'reviews', element: guard('reviews', <ReviewInboxPage />) },
          { path: 'reviews/figures', element: guard('reviewFigures', <ReviewFiguresPage />) },
          { path: 'reviews/cases/:id', element: guard('reviews', <ReviewWorkspacePage />) },
          { path: 'laws', element: guard('laws', <LawsPage />) },
          { path: 'laws/:lawId', element: guard('laws', <LawReaderPage />) },
          ...catalogRoutes('matters'),
          ...catalogRoutes('inspections'),
          { path: 'rules', element: guard('rules', <RulesPage />) },
          { path: 'windows', element: guard('windows', <WindowsPage />) },
          { path: 'annual-report', element: guard('annual-report', <AnnualReportPage />) },
          { path: 'evidence', element: guard('evidence', <EvidenceSearchPage />) },
          { path: 'devices', element: guard('devices', <DevicesPage />) },
          { path: 'publicity', element: guard('publicity', <PublicityQueuePage />) },
          { path: 'publicity/corrections', element: guard('publicity-corrections', <CorrectionsPage />) },
          { path: 'publicity/:id', element: guard('publicity', <PublicationEditorPage />) },
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
