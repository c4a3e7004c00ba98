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
import { listAgencyChanges } from './agencyChanges';
import { mergeAgencies } from './agencyMerge';
import { agencyWork, splitAgency } from './agencySplit';
import {
  agencyChangeSchema,
  agencyMergeSchema,
  agencySplitSchema,
  agencyWorkSchema,
  movedSchema,
} from '../../domain/plans/reorganisation';

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

  api.post(
    '/api/agencies/merge',
    {
      onRequest: requirePermission('agencies.manage'),
      schema: {
        tags: PLAN_TAGS,
        summary:
          'Merge agencies into an existing or a new one: their open tasks, reports (with history) and users go to the successor; the change is recorded',
        body: agencyMergeSchema,
        response: { 200: z.object({ successor: agencySchema, moved: movedSchema }) },
      },
    },
    async (request) => mergeAgencies(context(request), request.body),
  );

  api.post(
    '/api/agencies/split',
    {
      onRequest: requirePermission('agencies.manage'),
      schema: {
        tags: PLAN_TAGS,
        summary:
          'Split an agency into parts: each task it leads or works on (with its reports) and each of its users goes to the part named; the change is recorded per part',
        body: agencySplitSchema,
        response: { 200: z.object({ parts: z.array(z.object({ agency: agencySchema, moved: movedSchema })) }) },
      },
    },
    async (request) => splitAgency(context(request), request.body),
  );

  api.get(
    '/api/agencies/:id/work',
    {
      onRequest: requirePermission('agencies.manage'),
      schema: {
        tags: PLAN_TAGS,
        summary: 'The tasks an agency leads or works on and its users (to share out in a split)',
        params: uuidParams,
        response: { 200: agencyWorkSchema },
      },
    },
    async (request) => agencyWork(context(request), request.params.id),
  );

  api.get(
    '/api/agencies/changes',
    {
      onRequest: requirePermission('dashboard.read'),
      schema: {
        tags: PLAN_TAGS,
        summary: 'The mergers and renamings of the agencies of my province (national users: of the province asked for)',
        querystring: provinceFilterSchema,
        response: { 200: z.array(agencyChangeSchema) },
      },
    },
    async (request) => listAgencyChanges(context(request), request.query.province),
  );
}
