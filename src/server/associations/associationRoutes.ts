import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import {
  associationInputSchema,
  associationListQuerySchema,
  associationSchema,
  associationSummarySchema,
  associationUpdateSchema,
  memberInputSchema,
} from '../../domain/associations/associationSchemas';
import { EXPORT_FORMATS } from '../../domain/exports/exportFormats';
import { pageSchema } from '../../domain/lists/pageQuery';
import { requirePermission } from '../auth/guards';
import { serviceContext } from '../serviceContext';
import { sendExport } from '../exports/sendExport';
import {
  addMember,
  createAssociation,
  deleteAssociation,
  exportAssociations,
  listAssociations,
  readAssociation,
  removeMember,
  updateAssociation,
  updateMember,
} from './associationService';

const TAGS = ['associations'];
const memberParams = z.object({ id: z.uuid(), memberId: z.coerce.number().int().positive() });

/** Hội đoàn and hội thân nhân: their records, leaders and members, and the data they supplied. */
export async function associationRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('associations.read');
  const write = requirePermission('associations.write');
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.get(
    '/api/associations',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Associations of my jurisdiction: by name, kind, country, field, status, or a member',
        querystring: associationListQuerySchema,
        response: { 200: pageSchema(associationSummarySchema) },
      },
    },
    async (request) => listAssociations(context(request), request.query),
  );

  for (const format of EXPORT_FORMATS) {
    api.get(
      `/api/associations/export.${format}`,
      {
        onRequest: write,
        schema: {
          tags: TAGS,
          summary: `The filtered list as ${format} (audited)`,
          querystring: associationListQuerySchema,
        },
      },
      async (request, reply) =>
        sendExport(reply, format, 'danh-sach-hoi', exportAssociations(context(request), request.query, format)),
    );
  }

  api.post(
    '/api/associations',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: 'Record an association',
        body: associationInputSchema,
        response: { 201: associationSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createAssociation(context(request), request.body)),
  );

  api.get(
    '/api/associations/:id',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'An association: leaders, members of my jurisdiction, imports it sent',
        params: uuidParams,
        response: { 200: associationSchema },
      },
    },
    async (request) => readAssociation(context(request), request.params.id),
  );

  api.put(
    '/api/associations/:id',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: 'Change an association; `version` must be the one read',
        params: uuidParams,
        body: associationUpdateSchema,
        response: { 200: associationSchema },
      },
    },
    async (request) => updateAssociation(context(request), request.params.id, request.body),
  );

  api.delete(
    '/api/associations/:id',
    { onRequest: write, schema: { tags: TAGS, summary: 'Delete an association (soft)', params: uuidParams } },
    async (request, reply) => {
      await deleteAssociation(context(request), request.params.id);
      return reply.status(204).send();
    },
  );

  api.post(
    '/api/associations/:id/members',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: 'Add a member (a person of the registry) with role and dates',
        params: uuidParams,
        body: memberInputSchema,
        response: { 200: associationSchema },
      },
    },
    async (request) => addMember(context(request), request.params.id, request.body),
  );

  api.put(
    '/api/associations/:id/members/:memberId',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: "Change a member's role or dates",
        params: memberParams,
        body: memberInputSchema,
        response: { 200: associationSchema },
      },
    },
    async (request) => updateMember(context(request), request.params.id, request.params.memberId, request.body),
  );

  api.delete(
    '/api/associations/:id/members/:memberId',
    {
      onRequest: write,
      schema: { tags: TAGS, summary: 'Remove a member', params: memberParams, response: { 200: associationSchema } },
    },
    async (request) => removeMember(context(request), request.params.id, request.params.memberId),
  );
}
