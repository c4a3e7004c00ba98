import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import {
  referralDecisionSchema,
  referralInputSchema,
  referralListQuerySchema,
  referralOutcomeSchema,
  referralSchema,
} from '../../domain/referrals/referralSchemas';
import { requirePermission } from '../auth/guards';
import { serviceContext } from '../serviceContext';
import { completeReferral, decideReferral, listReferrals, readReferral, sendReferral } from './referralService';

const TAGS = ['referrals'];

/** Chuyển tuyến: cases and returnees referred between missions abroad and provinces. */
export async function referralRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('cases.work');
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.get(
    '/api/referrals',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Referrals my unit received or sent, newest first',
        querystring: referralListQuerySchema,
        response: { 200: z.object({ items: z.array(referralSchema), total: z.number().int() }) },
      },
    },
    async (request) => listReferrals(context(request), request.query),
  );

  api.get(
    '/api/referrals/:id',
    {
      onRequest: read,
      schema: { tags: TAGS, summary: 'A referral (audited)', params: uuidParams, response: { 200: referralSchema } },
    },
    async (request) => readReferral(context(request), request.params.id),
  );

  api.post(
    '/api/referrals',
    {
      onRequest: requirePermission('referrals.send'),
      schema: {
        tags: TAGS,
        summary: "Refer a case or a returnee to a province or a mission (the person's consent to sharing is checked)",
        body: referralInputSchema,
        response: { 201: referralSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await sendReferral(context(request), request.body)),
  );

  api.post(
    '/api/referrals/:id/decision',
    {
      onRequest: requirePermission('cases.manage'),
      schema: {
        tags: TAGS,
        summary: 'Accept or reject a referral my unit received (a rejection says why)',
        params: uuidParams,
        body: referralDecisionSchema,
        response: { 200: referralSchema },
      },
    },
    async (request) => decideReferral(context(request), request.params.id, request.body),
  );

  api.post(
    '/api/referrals/:id/outcome',
    {
      onRequest: requirePermission('cases.manage'),
      schema: {
        tags: TAGS,
        summary: 'Record the outcome of a referral my unit accepted',
        params: uuidParams,
        body: referralOutcomeSchema,
        response: { 200: referralSchema },
      },
    },
    async (request) => completeReferral(context(request), request.params.id, request.body),
  );
}
