import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agencyInputSchema,
  agencySchema,
  copyPlanSchema,
  myTaskSchema,
  planInputSchema,
  planSchema,
  planSummarySchema,
  reminderSchema,
  reportInputSchema,
  reportSchema,
  reviewSchema,
} from '../../domain/plans/planSchemas';
import { requirePermission } from '../auth/guards';
import { DOCX_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../http/contentTypes';
import { sendFile, uploadedFile } from '../http/files';
import { serviceContext } from '../serviceContext';
import { createAgency, listAgencies, updateAgency } from './agencyService';
import { annualReportDocx, annualReportXlsx } from './annualReportService';
import { copyPlan, createPlan, listPlans, readPlan, updatePlan } from './planService';
import { myReminders, sendReminders } from './reminderService';
import {
  addReportAttachment,
  myTasks,
  readReportAttachment,
  reportById,
  reviewReport,
  saveReport,
} from './reportService';

// Up to 200 tasks of 5,000 characters: more than the 1 MiB other JSON bodies may be.
const PLAN_BODY_LIMIT = 4 * 1024 * 1024;
const TAGS = ['plans'];
const idParams = z.object({ id: z.uuid() });

function sendDownload(reply: FastifyReply, contentType: string, fileName: string, content: Buffer) {
  return sendFile(reply, { fileName, contentType, content });
}

/** Kế hoạch, nhiệm vụ, báo cáo: plans, the agencies' tasks and reports, reminders, the consolidated report. */
export async function planRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('plans.read');
  const manage = requirePermission('plans.manage');
  const report = requirePermission('plans.report');
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.get(
    '/api/agencies',
    {
      onRequest: requirePermission('dashboard.read'),
      schema: {
        tags: TAGS,
        summary: 'The agencies of my province (national users: of the province asked for) and national bodies',
        querystring: z.object({ province: z.string().optional() }),
        response: { 200: z.array(agencySchema) },
      },
    },
    async (request) => listAgencies(context(request), request.query.province),
  );

  api.post(
    '/api/agencies',
    {
      onRequest: requirePermission('agencies.manage'),
      schema: { tags: TAGS, summary: 'Add an agency', body: agencyInputSchema, response: { 201: agencySchema } },
    },
    async (request, reply) => reply.status(201).send(await createAgency(context(request), request.body)),
  );

  api.put(
    '/api/agencies/:id',
    {
      onRequest: requirePermission('agencies.manage'),
      schema: {
        tags: TAGS,
        summary: 'Change an agency',
        params: idParams,
        body: agencyInputSchema,
        response: { 200: agencySchema },
      },
    },
    async (request) => updateAgency(context(request), request.params.id, request.body),
  );

  api.get(
    '/api/plans',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Plans of my jurisdiction, newest first, with their completion',
        querystring: z.object({ province: z.string().optional(), year: z.coerce.number().int().optional() }),
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
        tags: TAGS,
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
        tags: TAGS,
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
      schema: { tags: TAGS, summary: 'Reminders sent to my agency', response: { 200: z.array(reminderSchema) } },
    },
    async (request) => myReminders(context(request)),
  );

  api.get(
    '/api/plans/:id',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: "A plan: its tasks (an agency's own only), every agency's standing, completeness per agency",
        params: idParams,
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
        tags: TAGS,
        summary: 'Change a plan and its tasks (tasks given by id are kept with their reports); `version` as read',
        params: idParams,
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
        tags: TAGS,
        summary: 'Copy a plan to another year (tasks, agencies, indicators; due dates moved by the years)',
        params: idParams,
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
        tags: TAGS,
        summary: 'Remind every agency still owing reports on the plan',
        params: idParams,
        body: z.object({ message: z.string().trim().max(2000).nullable().default(null) }),
        response: { 200: z.array(z.object({ agencyId: z.string(), agencyName: z.string(), tasks: z.number().int() })) },
      },
    },
    async (request) => sendReminders(context(request), request.params.id, request.body.message),
  );

  const reportQuery = z.object({
    number: z.string().trim().max(100).optional(),
    signer: z.string().trim().max(200).optional(),
  });
  api.get(
    '/api/plans/:id/report.docx',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'The consolidated report (.docx, Decree 30/2020 layout) from the accepted reports and the statistics',
        params: idParams,
        querystring: reportQuery,
      },
    },
    async (request, reply) => {
      const file = await annualReportDocx(context(request), request.params.id, {
        number: request.query.number,
        signerName: request.query.signer,
      });
      return sendDownload(reply, DOCX_CONTENT_TYPE, `bao-cao-ket-qua-ke-hoach.docx`, file);
    },
  );

  api.get(
    '/api/plans/:id/report.xlsx',
    {
      onRequest: read,
      schema: { tags: TAGS, summary: "The report's annexes of statistics (.xlsx)", params: idParams },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        XLSX_CONTENT_TYPE,
        'phu-luc-so-lieu.xlsx',
        await annualReportXlsx(context(request), request.params.id),
      ),
  );

  api.put(
    '/api/tasks/:id/report',
    {
      onRequest: report,
      schema: {
        tags: TAGS,
        summary:
          "Save my agency's report on a task, as a draft or submitted (`submit`); `version` as read when it exists",
        params: idParams,
        body: reportInputSchema,
        response: { 200: reportSchema },
      },
    },
    async (request) => saveReport(context(request), request.params.id, request.body),
  );

  api.get(
    '/api/reports/:id',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'A report with its files and history',
        params: idParams,
        response: { 200: reportSchema },
      },
    },
    async (request) => reportById(context(request), request.params.id),
  );

  api.post(
    '/api/reports/:id/review',
    {
      onRequest: manage,
      schema: {
        tags: TAGS,
        summary: 'Accept a submitted report, or return it with a comment',
        params: idParams,
        body: reviewSchema,
        response: { 200: reportSchema },
      },
    },
    async (request) => reviewReport(context(request), request.params.id, request.body),
  );

  api.post(
    '/api/reports/:id/attachments',
    {
      onRequest: report,
      schema: {
        tags: TAGS,
        summary: 'Attach a file to my agency’s report (multipart, 20 MB)',
        params: idParams,
        response: { 200: reportSchema },
      },
    },
    async (request) => addReportAttachment(context(request), request.params.id, await uploadedFile(request)),
  );

  api.get(
    '/api/reports/:id/attachments/:attachmentId',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Download a file of a report (audited)',
        params: idParams.extend({ attachmentId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) =>
      sendFile(reply, await readReportAttachment(context(request), request.params.id, request.params.attachmentId)),
  );
}
