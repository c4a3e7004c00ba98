import type { Response, ResponseReview, Unapprove } from '../../domain/reporting/reportingSchemas';
import { mayDecide, statusAfter } from '../../domain/reporting/reportingStatus';
import { AppError } from '../http/errors';
import { updateWithVersion } from '../records/updateWithVersion';
import type { ServiceContext } from '../serviceContext';
import { assertMayDo, ofProvince } from '../access/policy';
import { recordResponseStep, responseById, responseInHands } from './responseInHands';

/**
 * The Ministry decides on a province's response: accepts it, returns it with a comment for the
 * province to redo, or approves it — which locks it and the reports below it.
 */
export async function reviewResponse(ctx: ServiceContext, id: string, review: ResponseReview): Promise<Response> {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await responseInHands(trx, ctx, id);
    assertMayDo(ctx.actor.user, 'change', 'reportingRequest', ofProvince(stored.province_code));
    const status = statusAfter(review.decision);
    const now = ctx.now();
    await updateWithVersion(trx, {
      table: 'reporting_response',
      id,
      version: { read: stored.version, sent: review.version },
      set: {
        status,
        reviewed_at: now,
        reviewed_by: ctx.actor.user.id,
        review_comment: review.comment,
        updated_at: now,
      },
    });
    // At the version written the response was as read: the status checked is the one changed.
    if (!mayDecide(review.decision, stored.status)) throw new AppError(409, 'RESPONSE_STEP_NOT_ALLOWED');
    await recordResponseStep(trx, ctx, stored, status, review.comment);
  });
  return responseById(ctx, id);
}

/** Un-approves an approved response with the reason: it is accepted again, and what approval locked reopens. */
export async function unapproveResponse(ctx: ServiceContext, id: string, input: Unapprove): Promise<Response> {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await responseInHands(trx, ctx, id);
    assertMayDo(ctx.actor.user, 'change', 'reportingRequest', ofProvince(stored.province_code));
    await updateWithVersion(trx, {
      table: 'reporting_response',
      id,
      version: { read: stored.version, sent: input.version },
      set: { status: 'accepted', review_comment: input.comment, updated_at: ctx.now() },
    });
    if (stored.status !== 'approved') throw new AppError(409, 'RESPONSE_STEP_NOT_ALLOWED');
    await recordResponseStep(trx, ctx, stored, 'unapproved', input.comment);
  });
  return responseById(ctx, id);
}
