import { Navigate, Route, Routes } from 'react-router-dom';
import { AuditPage } from './audit/AuditPage';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import { RequireSession } from './auth/RequireSession';
import { DashboardPage } from './dashboard/DashboardPage';
import { NotFoundPage } from './errors/NotFoundPage';
import { AppLayout } from './layout/AppLayout';
import { UsersPage } from './users/UsersPage';

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
        <Route path="404" element={<NotFoundPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
