import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import {
  missionInputSchema,
  missionSchema,
  orgTreeSchema,
  provinceBranchSchema,
} from '../../domain/orgUnits/orgUnitSchemas';
import {
  consularRegistrationResultSchema,
  consularRegistrationSchema,
} from '../../domain/orgUnits/consularRegistration';
import { requirePermission, requireUser } from '../auth/guards';
import { personServiceContext, serviceContext } from '../serviceContext';
import { orgTree, provinceBranch } from './orgTree';
import { createMission, listMissions, updateMission } from '../missions/missionService';
import { registerCitizen } from '../missions/consularRegistration';

const TAGS = ['organisation'];

/** Đơn vị: the Ministry, provinces, their agencies and communes, the missions abroad; consular registration. */
export async function orgUnitRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const context = (request: FastifyRequest) => serviceContext(app, request);
  const manage = requirePermission('users.manage');

  api.get(
    '/api/org-units',
    {
      onRequest: manage,
      schema: {
        tags: TAGS,
        summary: 'The organisation: the Ministry, the provinces of my jurisdiction (with counts) and the missions',
        response: { 200: orgTreeSchema },
      },
    },
    async (request) => orgTree(context(request)),
  );

  api.get(
    '/api/org-units/provinces/:code',
    {
      onRequest: manage,
      schema: {
        tags: TAGS,
        summary: "A province's agencies and 2025 communes, with their users",
        params: z.object({ code: z.string().regex(/^\d{2}$/) }),
        response: { 200: provinceBranchSchema },
      },
    },
    async (request) => provinceBranch(context(request), request.params.code),
  );

  api.get(
    '/api/missions',
    {
      onRequest: requireUser(),
      schema: {
        tags: TAGS,
        summary: 'The missions abroad (embassies, consulates) and the countries of their districts',
        response: { 200: z.array(missionSchema) },
      },
    },
    async () => listMissions(app.db),
  );

  api.post(
    '/api/missions',
    {
      onRequest: requirePermission('agencies.manage'),
      schema: {
        tags: TAGS,
        summary: 'Add a mission (Ministry)',
        body: missionInputSchema,
        response: { 201: missionSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createMission(context(request), request.body)),
  );

  api.put(
    '/api/missions/:id',
    {
      onRequest: requirePermission('agencies.manage'),
      schema: {
        tags: TAGS,
        summary: 'Change a mission (Ministry)',
        params: uuidParams,
        body: missionInputSchema,
        response: { 200: missionSchema },
      },
    },
    async (request) => updateMission(context(request), request.params.id, request.body),
  );

  api.post(
    '/api/consular-registrations',
    {
      onRequest: requirePermission('persons.register'),
      schema: {
        tags: TAGS,
        summary: "Register a citizen of my mission's district (consular registration), with the form's consents",
        body: consularRegistrationSchema,
        response: { 201: consularRegistrationResultSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerCitizen(personServiceContext(app, request), request.body)),
  );
}
