import { Navigate } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import { useSession } from '../auth/useSession';
import { DashboardPage } from './DashboardPage';

/** The first page: the dashboard, or for a unit without one (a commune, a mission) its persons. */
export function HomePage() {
  const user = useSession().data?.user;
  if (user && !can(user.role, 'dashboard.read')) return <Navigate to="/persons" replace />;
  return <DashboardPage />;
}
