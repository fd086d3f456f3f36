import { Anchor, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes } from 'react-router';
import { can, type Action } from '../../shared/roles';
import type { UserRecord } from '../db/records';
import { AppraiserChainPage } from '../features/appraisers/AppraiserChainPage';
import { AuditPage } from '../features/audit/AuditPage';
import { CascadePage } from '../features/cascade/CascadePage';
import { GoalsPage } from '../features/goals/GoalsPage';
import { SkpListPage } from '../features/skp/SkpListPage';
import { SkpPage } from '../features/skp/SkpPage';
import { HomePage } from '../features/home/HomePage';
import { RosterImportPage } from '../features/import/RosterImportPage';
import { OrganisationPage } from '../features/organisation/OrganisationPage';
import { EmployeesPage } from '../features/people/EmployeesPage';
import { MonitoringPage } from '../features/monitoring/MonitoringPage';
import { MonitoringSkpPage } from '../features/monitoring/MonitoringSkpPage';
import { MonitoringSettingsPage } from '../features/monitoring/MonitoringSettingsPage';
import { RealisationImportPage } from '../features/realisationImport/RealisationImportPage';
import { FullPageLoader } from '../components/FullPageLoader';
import { EvaluationPage } from '../features/evaluation/EvaluationPage';
import { PeerRequestsPage } from '../features/evaluation/PeerRequestsPage';
import { OrgResultsPage } from '../features/evaluation/OrgResultsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SkpDocumentPage } from '../features/skpDocument/SkpDocumentPage';
import { SkpBulkPage } from '../features/skpBulk/SkpBulkPage';
import { SkpImportPage } from '../features/skpImport/SkpImportPage';
import { UsersPage } from '../features/users/UsersPage';

// The dashboards bring the charting library: loaded when first opened, not at start.
const OfficeDashboardPage = lazy(() => import('../features/dashboards/OfficeDashboardPage').then((m) => ({ default: m.OfficeDashboardPage })));
const UnitDashboardPage = lazy(() => import('../features/dashboards/UnitDashboardPage').then((m) => ({ default: m.UnitDashboardPage })));
const PersonDashboardPage = lazy(() => import('../features/dashboards/PersonDashboardPage').then((m) => ({ default: m.PersonDashboardPage })));
const RatingPage = lazy(() => import('../features/evaluation/rating/RatingPage').then((m) => ({ default: m.RatingPage })));
const EvaluationDocumentPage = lazy(() => import('../features/evaluationDocument/EvaluationDocumentPage').then((m) => ({ default: m.EvaluationDocumentPage })));
const PenetapanDocumentPage = lazy(() => import('../features/evaluationDocument/PenetapanDocumentPage').then((m) => ({ default: m.PenetapanDocumentPage })));

export function AppRoutes({ user }: { user: UserRecord }) {
  const guard = (action: Action, page: ReactNode) => (can(user.roles, action) ? page : <Forbidden />);
  return (
    <Routes>
      <Route path="/" element={<HomePage user={user} />} />
      <Route path="/employees" element={<EmployeesPage user={user} />} />
      <Route path="/employees/import" element={guard('people.import', <RosterImportPage />)} />
      <Route path="/organisation" element={guard('people.readAll', <OrganisationPage user={user} />)} />
      <Route path="/appraisers" element={guard('people.readAll', <AppraiserChainPage user={user} />)} />
      <Route path="/users" element={guard('user.list', <UsersPage user={user} />)} />
      <Route path="/audit" element={guard('audit.read', <AuditPage />)} />
      <Route path="/goals" element={<GoalsPage user={user} />} />
      <Route path="/skp" element={<SkpListPage user={user} />} />
      <Route path="/skp/:skpId" element={<SkpPage />} />
      <Route path="/skp/:skpId/document" element={<SkpDocumentPage />} />
      <Route path="/skp/cascade" element={<CascadePage user={user} />} />
      <Route path="/skp/bulk" element={<SkpBulkPage user={user} />} />
      <Route path="/skp/import" element={guard('skp.manage', <SkpImportPage />)} />
      <Route path="/monitoring/settings" element={guard('monitoring.manage', <MonitoringSettingsPage />)} />
      <Route path="/monitoring" element={<MonitoringPage user={user} />} />
      <Route path="/monitoring/import" element={guard('monitoring.manage', <RealisationImportPage />)} />
      <Route path="/monitoring/:skpId" element={<MonitoringSkpPage />} />
      <Route path="/dashboards" element={<Navigate to={can(user.roles, 'skp.readAll') ? '/dashboards/office' : '/dashboards/unit'} replace />} />
      <Route path="/dashboards/office" element={guard('skp.readAll', <Suspense fallback={<FullPageLoader />}><OfficeDashboardPage user={user} /></Suspense>)} />
      <Route path="/dashboards/unit" element={<Suspense fallback={<FullPageLoader />}><UnitDashboardPage user={user} /></Suspense>} />
      <Route path="/dashboards/person/:skpId" element={<Suspense fallback={<FullPageLoader />}><PersonDashboardPage /></Suspense>} />
      <Route path="/evaluation" element={<EvaluationPage />} />
      <Route path="/evaluation/peer" element={<PeerRequestsPage />} />
      <Route path="/evaluation/:skpId/:periodKey" element={<Suspense fallback={<FullPageLoader />}><RatingPage /></Suspense>} />
      <Route path="/evaluation/:skpId/:periodKey/document" element={<Suspense fallback={<FullPageLoader />}><EvaluationDocumentPage /></Suspense>} />
      <Route path="/evaluation/unit/:unitId/:periodKey/document" element={<Suspense fallback={<FullPageLoader />}><PenetapanDocumentPage /></Suspense>} />
      <Route path="/evaluation/org" element={<OrgResultsPage />} />
      <Route path="/settings" element={<SettingsPage user={user} />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

/** Shown for a page the role may not open; the repository would refuse its data anyway. */
function Forbidden() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('forbidden.title')}</Title>
      <Text>{t('forbidden.body')}</Text>
    </Stack>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('notFound.title')}</Title>
      <Anchor component={Link} to="/">
        {t('notFound.back')}
      </Anchor>
    </Stack>
  );
}
