import { Spin } from 'antd';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { Permission } from '../domain/auth/roles';
import { AFFAIRS_REGISTERS, CATALOGUE, EVENTS } from '../domain/registers/affairsRegisters';
import type { RegisterSpec } from '../domain/registers/registerSpec';
import { Navigate, Route, Routes } from 'react-router-dom';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import { RequireSession } from './auth/RequireSession';
import { StatusPage } from './errors/StatusPage';
import { AppLayout } from './layout/AppLayout';
import { CataloguePublicLink } from './registers/CataloguePublicLink';

// Pages load on first visit: the charts library alone is a megabyte.
function lazyPage<M extends Record<K, ComponentType>, K extends string>(load: () => Promise<M>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const HomePage = lazyPage(() => import('./dashboard/HomePage'), 'HomePage');
const UsersPage = lazyPage(() => import('./users/UsersPage'), 'UsersPage');
const OrgUnitsPage = lazyPage(() => import('./orgUnits/OrgUnitsPage'), 'OrgUnitsPage');
const ReferralsPage = lazyPage(() => import('./referrals/ReferralsPage'), 'ReferralsPage');
const ContactReleasesPage = lazyPage(() => import('./experts/ContactReleasesPage'), 'ContactReleasesPage');
const ConsularRegistrationPage = lazyPage(
  () => import('./orgUnits/ConsularRegistrationPage'),
  'ConsularRegistrationPage',
);
const PersonsPage = lazyPage(() => import('./persons/PersonsPage'), 'PersonsPage');
const PersonDetailPage = lazyPage(() => import('./persons/PersonDetailPage'), 'PersonDetailPage');
const PersonFormPage = lazyPage(() => import('./persons/PersonFormPage'), 'PersonFormPage');
const ImportsPage = lazyPage(() => import('./imports/ImportsPage'), 'ImportsPage');
const ImportBatchPage = lazyPage(() => import('./imports/ImportBatchPage'), 'ImportBatchPage');
const DuplicatesPage = lazyPage(() => import('./duplicates/DuplicatesPage'), 'DuplicatesPage');
const DuplicatePairPage = lazyPage(() => import('./duplicates/DuplicatePairPage'), 'DuplicatePairPage');
const RelativesPage = lazyPage(() => import('./relatives/RelativesPage'), 'RelativesPage');
const RelativeDetailPage = lazyPage(() => import('./relatives/RelativeDetailPage'), 'RelativeDetailPage');
const AssociationsPage = lazyPage(() => import('./associations/AssociationsPage'), 'AssociationsPage');
const AssociationDetailPage = lazyPage(() => import('./associations/AssociationDetailPage'), 'AssociationDetailPage');
const AssociationFormPage = lazyPage(() => import('./associations/AssociationFormPage'), 'AssociationFormPage');
const ExpertsPage = lazyPage(() => import('./experts/ExpertsPage'), 'ExpertsPage');
const NeedsPage = lazyPage(() => import('./experts/NeedsPage'), 'NeedsPage');
const NeedDetailPage = lazyPage(() => import('./experts/NeedDetailPage'), 'NeedDetailPage');
const CasesPage = lazyPage(() => import('./cases/CasesPage'), 'CasesPage');
const CaseFormPage = lazyPage(() => import('./cases/CaseFormPage'), 'CaseFormPage');
const CaseDetailPage = lazyPage(() => import('./cases/CaseDetailPage'), 'CaseDetailPage');
const ReturneesPage = lazyPage(() => import('./returnees/ReturneesPage'), 'ReturneesPage');
const ReturneeDetailPage = lazyPage(() => import('./returnees/ReturneeDetailPage'), 'ReturneeDetailPage');
const PlansPage = lazyPage(() => import('./plans/PlansPage'), 'PlansPage');
const PlanFormPage = lazyPage(() => import('./plans/PlanFormPage'), 'PlanFormPage');
const PlanDetailPage = lazyPage(() => import('./plans/PlanDetailPage'), 'PlanDetailPage');
const MyTasksPage = lazyPage(() => import('./plans/MyTasksPage'), 'MyTasksPage');
const AgenciesPage = lazyPage(() => import('./plans/AgenciesPage'), 'AgenciesPage');
const ReportingPage = lazyPage(() => import('./reporting/ReportingPage'), 'ReportingPage');
const ReportingRequestPage = lazyPage(() => import('./reporting/ReportingRequestPage'), 'ReportingRequestPage');
const StatisticsPage = lazyPage(() => import('./statistics/StatisticsPage'), 'StatisticsPage');
const AuditPage = lazyPage(() => import('./audit/AuditPage'), 'AuditPage');
const OutboxPage = lazyPage(() => import('./mail/OutboxPage'), 'OutboxPage');
const RequestsPage = lazyPage(() => import('./portalRequests/RequestsPage'), 'RequestsPage');
// The registers' pages take the register they show.
const RegisterListPage = lazy(() =>
  import('./registers/RegisterListPage').then((m) => ({ default: m.RegisterListPage })),
);
const RegisterFormPage = lazy(() =>
  import('./registers/RegisterFormPage').then((m) => ({ default: m.RegisterFormPage })),
);
const RegisterDetailPage = lazy(() =>
  import('./registers/RegisterDetailPage').then((m) => ({ default: m.RegisterDetailPage })),
);
const EventDetailPage = lazyPage(() => import('./registers/EventDetailPage'), 'EventDetailPage');
const PublicCataloguePage = lazyPage(() => import('./registers/PublicCataloguePage'), 'PublicCataloguePage');
const PortalApp = lazyPage(() => import('./portal/PortalApp'), 'PortalApp');
const UnsubscribePage = lazyPage(() => import('./portal/UnsubscribePage'), 'UnsubscribePage');

/** A foreign-affairs register's pages: its list, a new record, a record, a record changed. */
function registerPages(spec: RegisterSpec): [string, Permission, ReactNode][] {
  const detail = spec === EVENTS ? <EventDetailPage /> : <RegisterDetailPage spec={spec} />;
  const actions = spec === CATALOGUE ? <CataloguePublicLink /> : undefined;
  return [
    [spec.key, 'affairs.read', <RegisterListPage spec={spec} actions={actions} />],
    [`${spec.key}/new`, 'affairs.write', <RegisterFormPage spec={spec} />],
    [`${spec.key}/:id`, 'affairs.read', detail],
    [`${spec.key}/:id/edit`, 'affairs.write', <RegisterFormPage spec={spec} />],
  ];
}

// Each page and the permission it needs (the server checks it again on every request).
const PAGES: [string, Permission, ReactNode][] = [
  ['persons', 'persons.read', <PersonsPage />],
  ['persons/new', 'persons.write', <PersonFormPage />],
  ['persons/:id', 'persons.read', <PersonDetailPage />],
  ['persons/:id/edit', 'persons.write', <PersonFormPage />],
  ['relatives', 'persons.read', <RelativesPage />],
  ['relatives/:id', 'persons.read', <RelativeDetailPage />],
  ['associations', 'associations.read', <AssociationsPage />],
  ['associations/new', 'associations.write', <AssociationFormPage />],
  ['associations/:id', 'associations.read', <AssociationDetailPage />],
  ['associations/:id/edit', 'associations.write', <AssociationFormPage />],
  ['experts', 'experts.read', <ExpertsPage />],
  ['needs', 'needs.write', <NeedsPage />],
  ['needs/:id', 'needs.write', <NeedDetailPage />],
  ['cases', 'cases.work', <CasesPage />],
  ['cases/new', 'cases.work', <CaseFormPage />],
  ['cases/:id', 'cases.work', <CaseDetailPage />],
  ['cases/:id/edit', 'cases.work', <CaseFormPage />],
  ['requests', 'portal.review', <RequestsPage />],
  ['returnees', 'persons.read', <ReturneesPage />],
  ['returnees/:id', 'persons.read', <ReturneeDetailPage />],
  ['plans', 'plans.read', <PlansPage />],
  ['plans/new', 'plans.manage', <PlanFormPage />],
  ['plans/:id', 'plans.read', <PlanDetailPage />],
  ['plans/:id/edit', 'plans.manage', <PlanFormPage />],
  ['my-tasks', 'plans.report', <MyTasksPage />],
  ['reporting', 'reporting.read', <ReportingPage />],
  ['reporting/:id', 'reporting.read', <ReportingRequestPage />],
  ...AFFAIRS_REGISTERS.flatMap(registerPages),
  ['statistics', 'statistics.read', <StatisticsPage />],
  ['agencies', 'agencies.manage', <AgenciesPage />],
  ['imports', 'persons.import', <ImportsPage />],
  ['imports/:id', 'persons.import', <ImportBatchPage />],
  ['duplicates', 'duplicates.review', <DuplicatesPage />],
  ['duplicates/:id', 'duplicates.review', <DuplicatePairPage />],
  ['users', 'users.manage', <UsersPage />],
  ['org-units', 'users.manage', <OrgUnitsPage />],
  ['referrals', 'cases.work', <ReferralsPage />],
  ['contact-releases', 'needs.write', <ContactReleasesPage />],
  ['consular-registration', 'persons.register', <ConsularRegistrationPage />],
  ['audit', 'audit.read', <AuditPage />],
  ['outbox', 'outbox.read', <OutboxPage />],
];

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/cong-dan"
        element={
          <Suspense fallback={<Spin />}>
            <PortalApp />
          </Suspense>
        }
      />
      <Route
        path="/cong-dan/huy-nhan-thu"
        element={
          <Suspense fallback={<Spin />}>
            <UnsubscribePage />
          </Suspense>
        }
      />
      <Route
        path="/public/catalogue"
        element={
          <Suspense fallback={<Spin />}>
            <PublicCataloguePage />
          </Suspense>
        }
      />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="change-password" element={<ChangePasswordPage />} />
        {PAGES.map(([path, permission, page]) => (
          <Route key={path} path={path} element={<RequireSession permission={permission}>{page}</RequireSession>} />
        ))}
        <Route path="404" element={<StatusPage status={404} />} />
        <Route path="*" element={<StatusPage status={404} />} />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
