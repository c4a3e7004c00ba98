import type { FastifyInstance, FastifyRequest } from 'fastify';
import { provinceFilterSchema } from '../../domain/lists/provinceFilter';
import { caseAssigneeSchema } from '../../domain/cases/caseSchemas';
import { uuidParams } from '../../domain/api/routeParams';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignSchema,
  caseDetailSchema,
  caseInputSchema,
  caseListQuerySchema,
  caseSummarySchema,
  caseUpdateSchema,
  overdueTaskSchema,
  referralSchema,
  statusChangeSchema,
} from '../../domain/cases/caseSchemas';
import { EXPORT_FORMATS } from '../../domain/exports/exportFormats';
import { pageSchema } from '../../domain/lists/pageQuery';
import { sendExport } from '../exports/sendExport';
import { requirePermission } from '../auth/guards';
import { serviceContext } from '../serviceContext';
import { CASE_TAGS } from './caseRouteParts';
import { overdueTasks } from './caseItems';
import {
  assignCase,
  changeStatus,
  createCase,
  exportCases,
  listCases,
  readCase,
  referCase,
  updateCase,
} from './caseService';
import { caseAssignees } from './caseAssignees';

/**
 * Bảo hộ công dân: cases, seen only by the assigned officer, the province's administrators and
 * national administrators; every read and change audited.
 */
export async function caseRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const work = requirePermission('cases.work');
  const context = (request: FastifyRequest) => serviceContext(app, request);
  const detail = { 200: caseDetailSchema };

  api.get(
    '/api/cases',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary: 'Cases I may see (assigned to me, or all of my jurisdiction for administrators); audited',
        querystring: caseListQuerySchema,
        response: { 200: pageSchema(caseSummarySchema) },
      },
    },
    async (request) => listCases(context(request), request.query),
  );

  for (const format of EXPORT_FORMATS) {
    api.get(
      `/api/cases/export.${format}`,
      {
        onRequest: work,
        schema: {
          tags: CASE_TAGS,
          summary: `The filtered list as ${format} (audited)`,
          querystring: caseListQuerySchema,
        },
      },
      async (request, reply) =>
        sendExport(reply, format, 'danh-sach-vu-viec', exportCases(context(request), request.query, format)),
    );
  }

  api.get(
    '/api/cases/overdue-tasks',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary: 'Tasks past due on open cases I may see',
        response: { 200: z.array(overdueTaskSchema) },
      },
    },
    async (request) => overdueTasks(context(request)),
  );

  api.get(
    '/api/cases/assignees',
    {
      onRequest: requirePermission('cases.manage'),
      schema: {
        tags: CASE_TAGS,
        summary: 'Officers a case of a province may be assigned to',
        querystring: provinceFilterSchema,
        response: { 200: z.array(caseAssigneeSchema) },
      },
    },
    async (request) => caseAssignees(context(request), request.query.province),
  );

  api.post(
    '/api/cases',
    {
      onRequest: work,
      schema: { tags: CASE_TAGS, summary: 'Open a case', body: caseInputSchema, response: { 201: caseDetailSchema } },
    },
    async (request, reply) => reply.status(201).send(await createCase(context(request), request.body)),
  );

  api.get(
    '/api/cases/:id',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary: 'A case: persons, tasks, files, timeline (audited)',
        params: uuidParams,
        response: detail,
      },
    },
    async (request) => readCase(context(request), request.params.id),
  );

  api.put(
    '/api/cases/:id',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary: 'Change what a case says; `version` as read',
        params: uuidParams,
        body: caseUpdateSchema,
        response: detail,
      },
    },
    async (request) => updateCase(context(request), request.params.id, request.body),
  );

  api.post(
    '/api/cases/:id/status',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary:
          'Move a case: received → verifying → assisting → resolved → closed, reopen (409 ILLEGAL_TRANSITION otherwise)',
        params: uuidParams,
        body: statusChangeSchema,
        response: detail,
      },
    },
    async (request) => changeStatus(context(request), request.params.id, request.body),
  );

  api.post(
    '/api/cases/:id/assign',
    {
      onRequest: requirePermission('cases.manage'),
      schema: {
        tags: CASE_TAGS,
        summary: 'Assign a case to an officer of its province',
        params: uuidParams,
        body: assignSchema,
        response: detail,
      },
    },
    async (request) => assignCase(context(request), request.params.id, request.body.userId, request.body.version),
  );

  api.post(
    '/api/cases/:id/referrals',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary:
          'Refer a case to an agency or the Ministry, or transfer it to another province (then null: no longer mine)',
        params: uuidParams,
        body: referralSchema,
        response: { 200: caseDetailSchema.nullable() },
      },
    },
    async (request) => referCase(context(request), request.params.id, request.body),
  );
}
