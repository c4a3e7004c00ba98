import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuerySchema } from '../../domain/audit/auditSchemas';
import { currentUser, requirePermission } from '../auth/guards';
import { selectAuditPage } from './queries';
import { listProvince } from '../access/policy';

/** Nhật ký truy cập: who did what, when, to which record, from where. */
export async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      onRequest: requirePermission('audit.read'),
      schema: {
        tags: ['audit'],
        summary: 'Browse the audit log of my jurisdiction, newest first',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const province = listProvince(currentUser(request), request.query.provinceCode);
      return selectAuditPage(app.db, request.query, province);
    },
  );
}
