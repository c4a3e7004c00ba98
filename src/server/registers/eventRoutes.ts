import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  invitationListQuerySchema,
  invitationPageSchema,
  invitedCountsSchema,
} from '../../domain/registers/invitations';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import { EXPORT_FORMATS } from '../../domain/exports/exportFormats';

import { invitationFilterSchema, invitationSchema, invitationUpdateSchema } from '../../domain/registers/invitations';
import { requirePermission } from '../auth/guards';
import { sendExport } from '../exports/sendExport';
import { serviceContext } from '../serviceContext';
import { exportInvitations, invite, listInvitations, updateInvitation } from './eventInvitations';

const TAGS = ['Events'];

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
        params: uuidParams,
        body: invitationFilterSchema,
        response: { 200: invitedCountsSchema },
      },
    },
    async (request) =>
      invite(
        { ...context(request), crypto: app.identityCrypto },
        { mac: app.portalMac, publicUrl: app.config.publicUrl },
        request.params.id,
        request.body,
      ),
  );

  api.get(
    '/api/events/:id/invitations',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: "The event's invitations with contacts, and counts by status (audited)",
        params: uuidParams,
        querystring: invitationListQuerySchema,
        response: { 200: invitationPageSchema },
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
        params: uuidParams.extend({ invitationId: z.coerce.number().int().positive() }),
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
        schema: {
          tags: TAGS,
          summary: `The invitation list for a mail merge (${format}, audited)`,
          params: uuidParams,
        },
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
