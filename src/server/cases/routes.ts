import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignSchema,
  caseDetailSchema,
  caseInputSchema,
  caseListQuerySchema,
  casePersonInputSchema,
  caseSummarySchema,
  caseUpdateSchema,
  noteInputSchema,
  overdueTaskSchema,
  referralSchema,
  statusChangeSchema,
  taskInputSchema,
  taskUpdateSchema,
} from '../../domain/cases/caseSchemas';
import { EXPORT_FORMATS } from '../../domain/exports/exportFormats';
import { pageSchema } from '../../domain/lists/pageQuery';
import { sendExport } from '../exports/sendExport';
import { requirePermission } from '../auth/guards';
import { sendFile, uploadedFile } from '../http/files';
import { serviceContext } from '../serviceContext';
import {
  addAttachment,
  addCasePerson,
  addNote,
  addTask,
  overdueTasks,
  readAttachment,
  removeCasePerson,
  setTaskDone,
} from './caseItems';
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

const TAGS = ['protection cases'];
const idParams = z.object({ id: z.uuid() });
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
        tags: TAGS,
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
        schema: { tags: TAGS, summary: `The filtered list as ${format} (audited)`, querystring: caseListQuerySchema },
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
        tags: TAGS,
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
        tags: TAGS,
        summary: 'Officers a case of a province may be assigned to',
        querystring: z.object({ province: z.string().optional() }),
        response: {
          200: z.array(z.object({ id: z.number().int(), name: z.string(), provinceCode: z.string().nullable() })),
        },
      },
    },
    async (request) => caseAssignees(context(request), request.query.province),
  );

  api.post(
    '/api/cases',
    {
      onRequest: work,
      schema: { tags: TAGS, summary: 'Open a case', body: caseInputSchema, response: { 201: caseDetailSchema } },
    },
    async (request, reply) => reply.status(201).send(await createCase(context(request), request.body)),
  );

  api.get(
    '/api/cases/:id',
    {
      onRequest: work,
      schema: {
        tags: TAGS,
        summary: 'A case: persons, tasks, files, timeline (audited)',
        params: idParams,
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
        tags: TAGS,
        summary: 'Change what a case says; `version` as read',
        params: idParams,
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
        tags: TAGS,
        summary:
          'Move a case: received → verifying → assisting → resolved → closed, reopen (409 ILLEGAL_TRANSITION otherwise)',
        params: idParams,
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
        tags: TAGS,
        summary: 'Assign a case to an officer of its province',
        params: idParams,
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
        tags: TAGS,
        summary:
          'Refer a case to an agency or the Ministry, or transfer it to another province (then null: no longer mine)',
        params: idParams,
        body: referralSchema,
        response: { 200: caseDetailSchema.nullable() },
      },
    },
    async (request) => referCase(context(request), request.params.id, request.body),
  );

  const then = (request: FastifyRequest<{ Params: { id: string } }>) => readCase(context(request), request.params.id);

  api.post(
    '/api/cases/:id/persons',
    {
      onRequest: work,
      schema: {
        tags: TAGS,
        summary: 'Link a person to the case',
        params: idParams,
        body: casePersonInputSchema,
        response: detail,
      },
    },
    async (request) => {
      await addCasePerson(context(request), request.params.id, request.body);
      return then(request);
    },
  );

  api.delete(
    '/api/cases/:id/persons/:personId',
    {
      onRequest: work,
      schema: {
        tags: TAGS,
        summary: 'Unlink a person',
        params: idParams.extend({ personId: z.uuid() }),
        response: detail,
      },
    },
    async (request) => {
      await removeCasePerson(context(request), request.params.id, request.params.personId);
      return then(request);
    },
  );

  api.post(
    '/api/cases/:id/tasks',
    {
      onRequest: work,
      schema: {
        tags: TAGS,
        summary: 'Add a task with its due date',
        params: idParams,
        body: taskInputSchema,
        response: detail,
      },
    },
    async (request) => {
      await addTask(context(request), request.params.id, request.body);
      return then(request);
    },
  );

  api.patch(
    '/api/cases/:id/tasks/:taskId',
    {
      onRequest: work,
      schema: {
        tags: TAGS,
        summary: 'Mark a task done (or not)',
        params: idParams.extend({ taskId: z.coerce.number().int().positive() }),
        body: taskUpdateSchema,
        response: detail,
      },
    },
    async (request) => {
      await setTaskDone(context(request), request.params.id, request.params.taskId, request.body.done);
      return then(request);
    },
  );

  api.post(
    '/api/cases/:id/notes',
    {
      onRequest: work,
      schema: {
        tags: TAGS,
        summary: 'Add a note to the timeline',
        params: idParams,
        body: noteInputSchema,
        response: detail,
      },
    },
    async (request) => {
      await addNote(context(request), request.params.id, request.body.text);
      return then(request);
    },
  );

  api.post(
    '/api/cases/:id/attachments',
    {
      onRequest: work,
      schema: { tags: TAGS, summary: 'Attach a file (multipart, 20 MB at most)', params: idParams, response: detail },
    },
    async (request) => {
      await addAttachment(context(request), request.params.id, await uploadedFile(request));
      return then(request);
    },
  );

  api.get(
    '/api/cases/:id/attachments/:attachmentId',
    {
      onRequest: work,
      schema: {
        tags: TAGS,
        summary: 'Download a file of the case (audited)',
        params: idParams.extend({ attachmentId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) =>
      sendFile(reply, await readAttachment(context(request), request.params.id, request.params.attachmentId)),
  );
}
