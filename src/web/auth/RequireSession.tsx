import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { can, type Permission } from '../../domain/auth/roles';
import { StatusPage } from '../errors/StatusPage';
import { useSession } from './useSession';

/** Signed in (else the login page); with a one-time password, only the change-password page. */
export function RequireSession({ children, permission }: { children: ReactNode; permission?: Permission }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  const user = session.data?.user;
  if (!user) return <Navigate to="/login" replace />;
  if (user.mustChangePassword && location.pathname !== '/change-password')
    return <Navigate to="/change-password" replace />;
  if (permission && !can(user.role, permission)) return <StatusPage status={403} />;
  return <>{children}</>;
}
