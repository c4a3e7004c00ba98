import type { FastifyInstance, FastifyRequest } from 'fastify';
import { provinceFilterSchema } from '../../domain/lists/provinceFilter';
import { uuidParams } from '../../domain/api/routeParams';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agencyInputSchema, agencySchema } from '../../domain/plans/planSchemas';
import { requirePermission } from '../auth/guards';
import { serviceContext } from '../serviceContext';
import { PLAN_TAGS } from './planRouteParts';
import { createAgency, listAgencies, updateAgency } from './agencyService';

/** Cơ quan, đơn vị: the agencies plans assign tasks to. */
export async function agencyRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.get(
    '/api/agencies',
    {
      onRequest: requirePermission('dashboard.read'),
      schema: {
        tags: PLAN_TAGS,
        summary: 'The agencies of my province (national users: of the province asked for) and national bodies',
        querystring: provinceFilterSchema,
        response: { 200: z.array(agencySchema) },
      },
    },
    async (request) => listAgencies(context(request), request.query.province),
  );

  api.post(
    '/api/agencies',
    {
      onRequest: requirePermission('agencies.manage'),
      schema: { tags: PLAN_TAGS, summary: 'Add an agency', body: agencyInputSchema, response: { 201: agencySchema } },
    },
    async (request, reply) => reply.status(201).send(await createAgency(context(request), request.body)),
  );

  api.put(
    '/api/agencies/:id',
    {
      onRequest: requirePermission('agencies.manage'),
      schema: {
        tags: PLAN_TAGS,
        summary: 'Change an agency',
        params: uuidParams,
        body: agencyInputSchema,
        response: { 200: agencySchema },
      },
    },
    async (request) => updateAgency(context(request), request.params.id, request.body),
  );
}
