import type { FastifyInstance, FastifyRequest } from 'fastify';
import { planListQuerySchema, remindedAgenciesSchema, reminderRequestSchema } from '../../domain/plans/planSchemas';
import { uuidParams } from '../../domain/api/routeParams';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  copyPlanSchema,
  myTaskSchema,
  planInputSchema,
  planSchema,
  planSummarySchema,
  reminderSchema,
} from '../../domain/plans/planSchemas';
import { requirePermission } from '../auth/guards';
import { serviceContext } from '../serviceContext';
import { PLAN_TAGS } from './planRouteParts';
import { copyPlan, createPlan, listPlans, readPlan, updatePlan } from './planService';
import { myReminders, sendReminders } from './reminderService';
import { myTasks } from './reportService';

const PLAN_BODY_LIMIT = 4 * 1024 * 1024;

/** Kế hoạch: plans, their tasks as each user sees them, reminders. */
export async function planRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('plans.read');
  const manage = requirePermission('plans.manage');
  const report = requirePermission('plans.report');
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.get(
    '/api/plans',
    {
      onRequest: read,
      schema: {
        tags: PLAN_TAGS,
        summary: 'Plans of my jurisdiction, newest first, with their completion',
        querystring: planListQuerySchema,
        response: { 200: z.array(planSummarySchema) },
      },
    },
    async (request) => listPlans(context(request), request.query),
  );

  api.post(
    '/api/plans',
    {
      onRequest: manage,
      bodyLimit: PLAN_BODY_LIMIT,
      schema: {
        tags: PLAN_TAGS,
        summary: 'Record a plan with its tasks',
        body: planInputSchema,
        response: { 201: planSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createPlan(context(request), request.body)),
  );

  api.get(
    '/api/plans/my-tasks',
    {
      onRequest: report,
      schema: {
        tags: PLAN_TAGS,
        summary: "My agency's tasks across plans, the most urgent first",
        response: { 200: z.array(myTaskSchema) },
      },
    },
    async (request) => myTasks(context(request)),
  );

  api.get(
    '/api/plans/my-reminders',
    {
      onRequest: report,
      schema: { tags: PLAN_TAGS, summary: 'Reminders sent to my agency', response: { 200: z.array(reminderSchema) } },
    },
    async (request) => myReminders(context(request)),
  );

  api.get(
    '/api/plans/:id',
    {
      onRequest: read,
      schema: {
        tags: PLAN_TAGS,
        summary: "A plan: its tasks (an agency's own only), every agency's standing, completeness per agency",
        params: uuidParams,
        response: { 200: planSchema },
      },
    },
    async (request) => readPlan(context(request), request.params.id),
  );

  api.put(
    '/api/plans/:id',
    {
      onRequest: manage,
      bodyLimit: PLAN_BODY_LIMIT,
      schema: {
        tags: PLAN_TAGS,
        summary: 'Change a plan and its tasks (tasks given by id are kept with their reports); `version` as read',
        params: uuidParams,
        body: planInputSchema,
        response: { 200: planSchema },
      },
    },
    async (request) => updatePlan(context(request), request.params.id, request.body),
  );

  api.post(
    '/api/plans/:id/copy',
    {
      onRequest: manage,
      schema: {
        tags: PLAN_TAGS,
        summary: 'Copy a plan to another year (tasks, agencies, indicators; due dates moved by the years)',
        params: uuidParams,
        body: copyPlanSchema,
        response: { 201: planSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await copyPlan(context(request), request.params.id, request.body)),
  );

  api.post(
    '/api/plans/:id/reminders',
    {
      onRequest: manage,
      schema: {
        tags: PLAN_TAGS,
        summary: 'Remind every agency still owing reports on the plan',
        params: uuidParams,
        body: reminderRequestSchema,
        response: { 200: remindedAgenciesSchema },
      },
    },
    async (request) => sendReminders(context(request), request.params.id, request.body.message),
  );
}
