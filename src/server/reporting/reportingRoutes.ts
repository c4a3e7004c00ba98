import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import {
  consolidationSchema,
  nationalReportQuerySchema,
  reportingRequestDetailSchema,
  reportingRequestInputSchema,
  reportingRequestSchema,
  responseInputSchema,
  responseReviewSchema,
  responseSchema,
  unapproveSchema,
  versionOnlySchema,
} from '../../domain/reporting/reportingSchemas';
import { requirePermission } from '../auth/guards';
import { DOCX_CONTENT_TYPE } from '../http/contentTypes';
import { sendFile } from '../http/files';
import { serviceContext } from '../serviceContext';
import { nationalReportDocx } from './nationalReportService';
import { issueRequest, listRequests, readRequest } from './reportingRequestService';
import { reviewResponse, unapproveResponse } from './responseReview';
import { consolidateResponse, saveResponse, submitResponse } from './responseService';

const TAGS = ['reporting'];

/** Yêu cầu báo cáo: the Ministry's requests, the provinces' responses, review and approval, the national report. */
export async function reportingRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('reporting.read');
  const issue = requirePermission('reporting.issue');
  const respond = requirePermission('reporting.respond');
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.get(
    '/api/reporting-requests',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Reporting requests addressed to my jurisdiction, newest first, with completeness and timeliness',
        response: { 200: z.array(reportingRequestSchema) },
      },
    },
    async (request) => listRequests(context(request)),
  );

  api.post(
    '/api/reporting-requests',
    {
      onRequest: issue,
      schema: {
        tags: TAGS,
        summary: 'Issue a reporting request (figures, text sections, due date) to all or some provinces',
        body: reportingRequestInputSchema,
        response: { 201: reportingRequestDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await issueRequest(context(request), request.body)),
  );

  api.get(
    '/api/reporting-requests/:id',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'A request with the responses I may see (every province for the Ministry, mine otherwise)',
        params: uuidParams,
        response: { 200: reportingRequestDetailSchema },
      },
    },
    async (request) => readRequest(context(request), request.params.id),
  );

  api.get(
    '/api/reporting-requests/:id/national.docx',
    {
      onRequest: issue,
      schema: {
        tags: TAGS,
        summary: "The national consolidated report (.docx, Decree 30/2020 layout) with every province's figures",
        params: uuidParams,
        querystring: nationalReportQuerySchema,
      },
    },
    async (request, reply) =>
      sendFile(reply, {
        fileName: 'bao-cao-tong-hop-toan-quoc.docx',
        contentType: DOCX_CONTENT_TYPE,
        content: await nationalReportDocx(context(request), request.params.id, request.query),
      }),
  );

  api.put(
    '/api/reporting-responses/:id',
    {
      onRequest: respond,
      schema: {
        tags: TAGS,
        summary: "Save my province's response while it is with the province: its plan, figures and sections",
        params: uuidParams,
        body: responseInputSchema,
        response: { 200: responseSchema },
      },
    },
    async (request) => saveResponse(context(request), request.params.id, request.body),
  );

  api.get(
    '/api/reporting-responses/:id/consolidation',
    {
      onRequest: respond,
      schema: {
        tags: TAGS,
        summary: "The figures of the agencies' accepted reports on the response's plan, added up, and who lags",
        params: uuidParams,
        response: { 200: consolidationSchema },
      },
    },
    async (request) => consolidateResponse(context(request), request.params.id),
  );

  api.post(
    '/api/reporting-responses/:id/submit',
    {
      onRequest: respond,
      schema: {
        tags: TAGS,
        summary: 'Send the response upward, once every figure and section asked for is filled in',
        params: uuidParams,
        body: versionOnlySchema,
        response: { 200: responseSchema },
      },
    },
    async (request) => submitResponse(context(request), request.params.id, request.body.version),
  );

  api.post(
    '/api/reporting-responses/:id/review',
    {
      onRequest: issue,
      schema: {
        tags: TAGS,
        summary: 'Accept, return with a comment, or approve and lock a province response',
        params: uuidParams,
        body: responseReviewSchema,
        response: { 200: responseSchema },
      },
    },
    async (request) => reviewResponse(context(request), request.params.id, request.body),
  );

  api.post(
    '/api/reporting-responses/:id/unapprove',
    {
      onRequest: issue,
      schema: {
        tags: TAGS,
        summary: 'Un-approve a response with the reason, reopening what approval locked',
        params: uuidParams,
        body: unapproveSchema,
        response: { 200: responseSchema },
      },
    },
    async (request) => unapproveResponse(context(request), request.params.id, request.body),
  );
}
