import { vietnamDay } from '../../domain/calendar/vietnamDay';
import { findProvince } from '../../domain/reference/resolveProvince';
import { nationalReportContent } from '../../domain/reporting/nationalReport';
import { auditOf } from '../audit/writeAudit';
import { renderReportDocx } from '../plans/annualReportDocx';
import type { ServiceContext } from '../serviceContext';
import { assertMayDo } from '../access/policy';
import { readRequest } from './reportingRequestService';

const audit = auditOf('reporting_request');

/** The Ministry's consolidated report on a request (.docx), over every province it asked. */
export async function nationalReportDocx(
  ctx: ServiceContext,
  id: string,
  options: { number?: string; signerName?: string },
): Promise<Buffer> {
  const request = await readRequest(ctx, id);
  const provinces = request.responses.map((r) => r.provinceCode);
  // The national report is the Ministry's: it reads every province's response.
  assertMayDo(ctx.actor.user, 'change', 'reportingRequest', { provinces });
  const responses = request.responses
    .map((r) => ({ ...r, provinceName: findProvince(r.provinceCode)?.name ?? r.provinceCode }))
    .sort((a, b) => a.provinceName.localeCompare(b.provinceName, 'vi'));
  const content = nationalReportContent(request, responses, {
    number: options.number ?? '',
    day: vietnamDay(ctx.now()),
    signerName: options.signerName ?? '',
  });
  const file = await renderReportDocx(content);
  await audit(ctx.db, ctx.actor, 'national_docx', id, provinces);
  return file;
}
