import { annualReportContent } from '../../domain/plans/annualReport';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import { findProvince } from '../../domain/reference/resolveProvince';
import { auditOf } from '../audit/writeAudit';
import { forbidden } from '../http/errors';
import type { ServiceContext } from '../serviceContext';
import { provinceStatistics } from '../statistics/statisticsService';
import { renderReportDocx } from './annualReportDocx';
import { renderReportXlsx } from './annualReportXlsx';
import { readPlan } from './planService';
import { seesEvery } from '../access/policy';

const audit = auditOf('plan');

export interface ReportRequest {
  number?: string;
  signerName?: string;
}

/** The plan, every task's reports and the year's statistics of the plan's province. */
async function reportInputs(ctx: ServiceContext, planId: string) {
  if (!seesEvery(ctx.actor.user, 'task')) throw forbidden();
  const plan = await readPlan(ctx, planId);
  const stats = await provinceStatistics(ctx, { province: plan.provinceCode, year: plan.year });
  return { plan, stats };
}

/** The consolidated report as .docx (Decree 30/2020 layout), from the accepted reports and the statistics. */
export async function annualReportDocx(ctx: ServiceContext, planId: string, request: ReportRequest): Promise<Buffer> {
  const { plan, stats } = await reportInputs(ctx, planId);
  const coordinator = await ctx.db
    .selectFrom('agency')
    .select('name')
    .where('province_code', '=', plan.provinceCode)
    .where('is_coordinator', '=', true)
    .executeTakeFirst();
  const province = findProvince(plan.provinceCode);
  const content = annualReportContent(plan, stats, {
    number: request.number || '…/BC-SNV',
    place: province?.name ?? plan.provinceCode,
    day: vietnamDay(ctx.now()),
    coordinator: coordinator?.name ?? 'Sở Ngoại vụ',
    signerTitle: 'Giám đốc',
    signerName: request.signerName || '',
  });
  const file = await renderReportDocx(content);
  await audit(ctx.db, ctx.actor, 'report_docx', planId, plan.provinceCode);
  return file;
}

/** The report's annexes of statistics as .xlsx. */
export async function annualReportXlsx(ctx: ServiceContext, planId: string): Promise<Buffer> {
  const { plan, stats } = await reportInputs(ctx, planId);
  const file = await renderReportXlsx(plan, stats);
  await audit(ctx.db, ctx.actor, 'report_xlsx', planId, plan.provinceCode);
  return file;
}
