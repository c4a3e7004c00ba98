import type { FastifyInstance, FastifyRequest } from 'fastify';
import { annualReportQuerySchema } from '../../domain/plans/planSchemas';
import { uuidParams } from '../../domain/api/routeParams';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

import { requirePermission } from '../auth/guards';
import { DOCX_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../http/contentTypes';
import { serviceContext } from '../serviceContext';
import { PLAN_TAGS, sendDownload } from './planRouteParts';
import { annualReportDocx, annualReportXlsx } from './annualReportService';

/** Báo cáo tổng hợp: the consolidated report of a plan, as docx and xlsx. */
export async function annualReportRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('plans.read');
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.get(
    '/api/plans/:id/report.docx',
    {
      onRequest: read,
      schema: {
        tags: PLAN_TAGS,
        summary: 'The consolidated report (.docx, Decree 30/2020 layout) from the accepted reports and the statistics',
        params: uuidParams,
        querystring: annualReportQuerySchema,
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
      schema: { tags: PLAN_TAGS, summary: "The report's annexes of statistics (.xlsx)", params: uuidParams },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        XLSX_CONTENT_TYPE,
        'phu-luc-so-lieu.xlsx',
        await annualReportXlsx(context(request), request.params.id),
      ),
  );
}
