import type { FastifyInstance, FastifyRequest } from 'fastify';
import { uuidParams } from '../../domain/api/routeParams';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reportInputSchema, reportSchema, reviewSchema } from '../../domain/plans/planSchemas';
import { requirePermission } from '../auth/guards';
import { sendFile, uploadedFile } from '../http/files';
import { serviceContext } from '../serviceContext';
import { PLAN_TAGS } from './planRouteParts';
import { addReportAttachment, readReportAttachment, reportById, reviewReport, saveReport } from './reportService';

/** Báo cáo của cơ quan: an agency's report on a task, its review and attachments. */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('plans.read');
  const manage = requirePermission('plans.manage');
  const report = requirePermission('plans.report');
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.put(
    '/api/tasks/:id/report',
    {
      onRequest: report,
      schema: {
        tags: PLAN_TAGS,
        summary:
          "Save my agency's report on a task, as a draft or submitted (`submit`); `version` as read when it exists",
        params: uuidParams,
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
        tags: PLAN_TAGS,
        summary: 'A report with its files and history',
        params: uuidParams,
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
        tags: PLAN_TAGS,
        summary: 'Accept a submitted report, or return it with a comment',
        params: uuidParams,
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
        tags: PLAN_TAGS,
        summary: 'Attach a file to my agency’s report (multipart, 20 MB)',
        params: uuidParams,
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
        tags: PLAN_TAGS,
        summary: 'Download a file of a report (audited)',
        params: uuidParams.extend({ attachmentId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) =>
      sendFile(reply, await readReportAttachment(context(request), request.params.id, request.params.attachmentId)),
  );
}
