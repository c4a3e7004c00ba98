import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { numberIdParams } from '../../domain/api/routeParams';
import { mailMessageSchema, outboxPageSchema, outboxQuerySchema } from '../../domain/mail/mailSchemas';
import { requirePermission } from '../auth/guards';
import { serviceContext } from '../serviceContext';
import { listOutbox, readMailMessage } from './outboxService';

const TAGS = ['mail'];

/** Hộp thư đi: what the system sent or would send by e-mail, for administrators. */
export async function outboxRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('outbox.read');
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.get(
    '/api/outbox',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Messages sent, waiting or failed, newest first (audited)',
        querystring: outboxQuerySchema,
        response: { 200: outboxPageSchema },
      },
    },
    async (request) => ({
      ...(await listOutbox(context(request), request.query)),
      smtpConfigured: app.mailDelivery.smtpConfigured,
    }),
  );
  api.get(
    '/api/outbox/:id',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'One message (audited)',
        params: numberIdParams,
        response: { 200: mailMessageSchema },
      },
    },
    async (request) => readMailMessage(context(request), request.params.id),
  );
}
