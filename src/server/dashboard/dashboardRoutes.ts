import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can } from '../../domain/auth/roles';
import { dashboardSummarySchema } from '../../domain/dashboard/dashboardSchemas';
import { currentUser, requirePermission } from '../auth/guards';
import { countActiveUsers, countAuditEvents } from './queries';
import { listProvince } from '../access/policy';

export async function dashboardRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/dashboard',
    {
      onRequest: requirePermission('dashboard.read'),
      schema: {
        tags: ['dashboard'],
        summary: 'Home page figures for my jurisdiction',
        response: { 200: dashboardSummarySchema },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const province = listProvince(user, null);
      const today = new Date(new Date().toISOString().slice(0, 10));
      const mayReadAudit = can(user.role, 'audit.read');
      return {
        provinceCode: province,
        activeUsers: await countActiveUsers(app.db, province),
        auditEventsToday: mayReadAudit ? await countAuditEvents(app.db, province, today) : null,
        failedLoginsToday: mayReadAudit ? await countAuditEvents(app.db, province, today, 'auth.login_failed') : null,
      };
    },
  );
}
