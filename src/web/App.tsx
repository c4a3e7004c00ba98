import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import { RequireSession } from './auth/RequireSession';
import { StatusPage } from './errors/StatusPage';
import { AppLayout } from './layout/AppLayout';

// Pages load on first visit: the charts library alone is a megabyte.
const DashboardPage = lazy(() => import('./dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const UsersPage = lazy(() => import('./users/UsersPage').then((m) => ({ default: m.UsersPage })));
const PersonsPage = lazy(() => import('./persons/PersonsPage').then((m) => ({ default: m.PersonsPage })));
const PersonDetailPage = lazy(() =>
  import('./persons/PersonDetailPage').then((m) => ({ default: m.PersonDetailPage })),
);
const PersonFormPage = lazy(() => import('./persons/PersonFormPage').then((m) => ({ default: m.PersonFormPage })));
const ImportsPage = lazy(() => import('./imports/ImportsPage').then((m) => ({ default: m.ImportsPage })));
const ImportBatchPage = lazy(() => import('./imports/ImportBatchPage').then((m) => ({ default: m.ImportBatchPage })));
const DuplicatesPage = lazy(() => import('./duplicates/DuplicatesPage').then((m) => ({ default: m.DuplicatesPage })));
const DuplicatePairPage = lazy(() =>
  import('./duplicates/DuplicatePairPage').then((m) => ({ default: m.DuplicatePairPage })),
);
const RelativesPage = lazy(() => import('./relatives/RelativesPage').then((m) => ({ default: m.RelativesPage })));
const RelativeDetailPage = lazy(() =>
  import('./relatives/RelativeDetailPage').then((m) => ({ default: m.RelativeDetailPage })),
);
const AuditPage = lazy(() => import('./audit/AuditPage').then((m) => ({ default: m.AuditPage })));

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route path="change-password" element={<ChangePasswordPage />} />
        <Route
          path="persons"
          element={
            <RequireSession permission="persons.read">
              <PersonsPage />
            </RequireSession>
          }
        />
        <Route
          path="persons/new"
          element={
            <RequireSession permission="persons.write">
              <PersonFormPage />
            </RequireSession>
          }
        />
        <Route
          path="persons/:id"
          element={
            <RequireSession permission="persons.read">
              <PersonDetailPage />
            </RequireSession>
          }
        />
        <Route
          path="persons/:id/edit"
          element={
            <RequireSession permission="persons.write">
              <PersonFormPage />
            </RequireSession>
          }
        />
        <Route
          path="relatives"
          element={
            <RequireSession permission="persons.read">
              <RelativesPage />
            </RequireSession>
          }
        />
        <Route
          path="relatives/:id"
          element={
            <RequireSession permission="persons.read">
              <RelativeDetailPage />
            </RequireSession>
          }
        />
        <Route
          path="imports"
          element={
            <RequireSession permission="persons.import">
              <ImportsPage />
            </RequireSession>
          }
        />
        <Route
          path="imports/:id"
          element={
            <RequireSession permission="persons.import">
              <ImportBatchPage />
            </RequireSession>
          }
        />
        <Route
          path="duplicates"
          element={
            <RequireSession permission="duplicates.review">
              <DuplicatesPage />
            </RequireSession>
          }
        />
        <Route
          path="duplicates/:id"
          element={
            <RequireSession permission="duplicates.review">
              <DuplicatePairPage />
            </RequireSession>
          }
        />
        <Route
          path="users"
          element={
            <RequireSession permission="users.manage">
              <UsersPage />
            </RequireSession>
          }
        />
        <Route
          path="audit"
          element={
            <RequireSession permission="audit.read">
              <AuditPage />
            </RequireSession>
          }
        />
        <Route path="404" element={<StatusPage status={404} />} />
        <Route path="*" element={<StatusPage status={404} />} />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
