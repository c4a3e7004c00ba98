import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXPORT_FORMATS } from '../../domain/exports/exportFormats';
import { pageQueryShape } from '../../domain/lists/pageQuery';
import {
  INVITATION_STATUSES,
  invitationFilterSchema,
  invitationSchema,
  invitationUpdateSchema,
} from '../../domain/registers/invitations';
import { requirePermission } from '../auth/guards';
import { sendExport } from '../exports/sendExport';
import { serviceContext } from '../serviceContext';
import { exportInvitations, invite, listInvitations, updateInvitation } from './eventInvitations';

const TAGS = ['Events'];
const idParams = z.object({ id: z.uuid() });

/** An event's invitations: invite by filter, follow registration and attendance, export for a mail merge. */
export async function eventRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const write = requirePermission('affairs.write');
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.post(
    '/api/events/:id/invitations',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: 'Invite the persons and associations a filter selects (or given by id); those invited already stay',
        params: idParams,
        body: invitationFilterSchema,
        response: { 200: z.object({ invited: z.number().int(), alreadyInvited: z.number().int() }) },
      },
    },
    async (request) => invite({ ...context(request), crypto: app.identityCrypto }, request.params.id, request.body),
  );

  api.get(
    '/api/events/:id/invitations',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: "The event's invitations with contacts, and counts by status (audited)",
        params: idParams,
        querystring: z.object({ status: z.enum(INVITATION_STATUSES).optional(), ...pageQueryShape }),
        response: {
          200: z.object({
            items: z.array(invitationSchema),
            total: z.number().int(),
            byStatus: z.record(z.string(), z.number()),
          }),
        },
      },
    },
    async (request) => listInvitations(context(request), request.params.id, request.query),
  );

  api.patch(
    '/api/events/:id/invitations/:invitationId',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: 'Mark an invitee registered, declined, attended or absent',
        params: idParams.extend({ invitationId: z.coerce.number().int().positive() }),
        body: invitationUpdateSchema,
        response: { 200: invitationSchema },
      },
    },
    async (request) => updateInvitation(context(request), request.params.id, request.params.invitationId, request.body),
  );

  for (const format of EXPORT_FORMATS) {
    api.get(
      `/api/events/:id/invitations/export.${format}`,
      {
        onRequest: write,
        schema: { tags: TAGS, summary: `The invitation list for a mail merge (${format}, audited)`, params: idParams },
      },
      async (request, reply) =>
        sendExport(
          reply,
          format,
          'danh-sach-khach-moi',
          await exportInvitations(context(request), request.params.id, format),
        ),
    );
  }
}
