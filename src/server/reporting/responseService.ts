import { addFigures, isFigureKey } from '../../domain/plans/figures';
import type { Consolidation, Response, ResponseInput } from '../../domain/reporting/reportingSchemas';
import { isWithProvince } from '../../domain/reporting/reportingStatus';
import { missingForSubmit } from '../../domain/reporting/submitChecks';
import { toStoredText } from '../../domain/text/normalizeText';
import { AppError } from '../http/errors';
import { fieldDetail, fieldError } from '../http/validationError';
import { readPlan } from '../plans/planService';
import { planInHands } from '../plans/planAccess';
import { updateWithVersion } from '../records/updateWithVersion';
import type { ServiceContext } from '../serviceContext';
import { assertMayDo, ofProvince } from '../access/policy';
import { recordResponseStep, responseById, responseInHands } from './responseInHands';

type Stored = Awaited<ReturnType<typeof responseInHands>>;

/** The province may change its response while it is with it (open or returned), and never when approved. */
function assertWithProvince(ctx: ServiceContext, stored: Stored) {
  assertMayDo(ctx.actor.user, 'change', 'reportingResponse', ofProvince(stored.province_code));
  if (stored.status === 'approved') throw new AppError(409, 'APPROVED_LOCKED');
  if (!isWithProvince(stored.status)) throw new AppError(409, 'RESPONSE_NOT_WITH_PROVINCE');
}

/** Figures the request asks for only, and no more sections than it has. */
function checkAgainstTemplate(stored: Stored, input: ResponseInput) {
  const asked = new Set(stored.figure_keys);
  const extra = Object.keys(input.figures).find((key) => !asked.has(key));
  if (extra) throw fieldError(`figures.${extra}`, 'notInTemplate');
  if (input.sections.length > stored.template_sections.length)
    throw fieldError(`sections.${stored.template_sections.length}`, 'notInTemplate');
}

/**
 * Saves the province's response as it prepares it: the plan whose tasks carry the parts assigned to
 * its agencies (of its own province), the figures, the text of each section.
 */
export async function saveResponse(ctx: ServiceContext, id: string, input: ResponseInput): Promise<Response> {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await responseInHands(trx, ctx, id);
    assertWithProvince(ctx, stored);
    checkAgainstTemplate(stored, input);
    if (input.planId) {
      const plan = await planInHands(trx, ctx, input.planId);
      if (plan.province_code !== stored.province_code) throw fieldError('planId', 'planOfOtherProvince');
    }
    const sections = stored.template_sections.map((_, i) => toStoredText(input.sections[i] ?? ''));
    await updateWithVersion(trx, {
      table: 'reporting_response',
      id,
      version: { read: stored.version, sent: input.version },
      set: { plan_id: input.planId, figures: JSON.stringify(input.figures), sections, updated_at: ctx.now() },
    });
    await recordResponseStep(trx, ctx, stored, 'saved');
  });
  return responseById(ctx, id);
}

/**
 * Tổng hợp: what the province's agencies reported on the plan's tasks and the Sở Ngoại vụ accepted,
 * added up for the figures the request asks, and who has not finished.
 */
export async function consolidateResponse(ctx: ServiceContext, id: string): Promise<Consolidation> {
  const stored = await responseInHands(ctx.db, ctx, id);
  assertMayDo(ctx.actor.user, 'change', 'reportingResponse', ofProvince(stored.province_code));
  if (!stored.plan_id) throw fieldError('planId', 'required');
  const plan = await readPlan(ctx, stored.plan_id);
  const accepted = plan.taskList.flatMap((task) =>
    task.agencies.flatMap((a) => (a.report?.status === 'accepted' ? [a.report.figures] : [])),
  );
  const total = addFigures(accepted);
  const figures = Object.fromEntries(stored.figure_keys.map((key) => [key, (isFigureKey(key) && total[key]) || 0]));
  return {
    figures,
    assignments: plan.assignments,
    accepted: plan.accepted,
    lagging: plan.completeness
      .filter((c) => c.accepted < c.assigned)
      .map((c) => ({ agencyName: c.agencyName, assigned: c.assigned, accepted: c.accepted })),
  };
}

/** Sends the response upward, once every figure and section the request asks for is filled in. */
export async function submitResponse(ctx: ServiceContext, id: string, version: number): Promise<Response> {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await responseInHands(trx, ctx, id);
    assertWithProvince(ctx, stored);
    const template = { figureKeys: stored.figure_keys, sections: stored.template_sections };
    const missing = missingForSubmit(template, { figures: stored.figures, sections: stored.sections });
    if (missing.length)
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        missing.map((path) => fieldDetail(path, 'responseIncomplete')),
      );
    const now = ctx.now();
    await updateWithVersion(trx, {
      table: 'reporting_response',
      id,
      version: { read: stored.version, sent: version },
      set: { status: 'submitted', submitted_at: now, submitted_by: ctx.actor.user.id, updated_at: now },
    });
    await recordResponseStep(trx, ctx, stored, 'submitted');
  });
  return responseById(ctx, id);
}
