import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { mergePersons } from '../../domain/duplicates/mergePersons';
import { MERGE_FIELDS, type MergeRequest } from '../../domain/duplicates/duplicateSchemas';
import { personInputOf } from '../../domain/persons/personInputOf';
import { personInputSchema } from '../../domain/persons/personSchemas';
import type { IssueLike } from '../../domain/validation/localizeIssue';
import { auditActor } from '../audit/writeAudit';
import { AppError } from '../http/errors';
import { validationFailed, versionConflict } from '../http/validationError';
import { loadPersonParts } from '../persons/loadPersonParts';
import { personProvinces, type PersonProvinceCodes } from '../persons/personProvinces';
import { mergePersonRecords, undoPersonMerge } from '../persons/writes/personMerges';
import { toPerson, type PersonParts } from '../persons/personRecord';
import { pairInHands } from './pairService';
import type { PersonServiceContext } from '../serviceContext';

async function lockPair(trx: Transaction<DB>, id: number, allowed: readonly string[]) {
  const pair = await trx
    .selectFrom('duplicate_pair')
    .select(['status', 'person_a', 'person_b'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (!allowed.includes(pair.status)) throw new AppError(409, 'PAIR_DECIDED');
  return pair;
}

/** The merged record as input: checked like any input (a merge may exceed a list's limit). */
function mergedInput(ctx: PersonServiceContext, kept: PersonParts, other: PersonParts, request: MergeRequest) {
  const fromOther = new Set(MERGE_FIELDS.filter((f) => (request.choices[f] ?? request.keep) !== request.keep));
  const merged = mergePersons(
    personInputOf(toPerson(kept, ctx.crypto, true)),
    personInputOf(toPerson(other, ctx.crypto, true)),
    fromOther,
  );
  const parsed = personInputSchema.safeParse(merged);
  if (!parsed.success) throw validationFailed(parsed.error.issues as unknown as IssueLike[]);
  return parsed.data;
}

/**
 * Merges a pair: the kept record takes the chosen facts and every alias, contact, document and
 * relative of the other, which is hidden (soft-deleted, merged_into set). Both records' history
 * tells it; both as they were are kept for undo.
 */
export async function mergePair(ctx: PersonServiceContext, id: number, request: MergeRequest) {
  const pair = await pairInHands(ctx.db, ctx.actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await lockPair(trx, id, ['open', 'deferred']);
    const parts = { a: (await loadPersonParts(trx, pair.a.id))!, b: (await loadPersonParts(trx, pair.b.id))! };
    for (const side of ['a', 'b'] as const) {
      if (parts[side].row.deleted_at) throw versionConflict(`versions.${side}`);
    }
    const [kept, other] = request.keep === 'a' ? [parts.a, parts.b] : [parts.b, parts.a];
    const sent = (person: PersonParts) => {
      const side = person === parts.a ? 'a' : 'b';
      return { sent: request.versions[side], path: `versions.${side}` };
    };
    const input = mergedInput(ctx, kept, other, request);
    // The pair is merged before the persons change: the duplicate check that follows drops open pairs only.
    await setPairStatus(trx, ctx, id, 'merged');
    await mergePersonRecords(trx, ctx, { pairId: id, kept, other, sent, input });
    await audit(trx, ctx, 'duplicate.merge', pair, {
      kept: kept.row.id,
      merged: other.row.id,
      fromOther: request.choices,
    });
  });
}

/**
 * Undoes a pair's merge: both records as they were before it, the pair open again. Refused when
 * the kept record was changed since (undoing would throw that change away).
 */
export async function undoMerge(ctx: PersonServiceContext, id: number) {
  const pair = await pairInHands(ctx.db, ctx.actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await lockPair(trx, id, ['merged']);
    // Undone while the pair is still 'merged': the duplicate check that follows drops open pairs only.
    const mergeId = await undoPersonMerge(trx, ctx, id);
    await setPairStatus(trx, ctx, id, 'open');
    await audit(trx, ctx, 'duplicate.unmerge', pair, { merge: mergeId });
  });
}

async function setPairStatus(trx: Kysely<DB>, ctx: PersonServiceContext, id: number, status: 'open' | 'merged') {
  await trx
    .updateTable('duplicate_pair')
    .set({
      status,
      decided_at: status === 'open' ? null : new Date(),
      decided_by: status === 'open' ? null : ctx.actor.user.id,
    })
    .where('id', '=', id)
    .execute();
}

/** A merge or its undo concerns the provinces of both persons. */
async function audit(
  trx: Kysely<DB>,
  ctx: PersonServiceContext,
  action: string,
  pair: { id: number; a: PersonProvinceCodes; b: PersonProvinceCodes },
  details: Record<string, unknown>,
) {
  await auditActor(trx, ctx.actor, {
    action,
    entityType: 'duplicate_pair',
    entityId: pair.id,
    provinces: [...personProvinces(pair.a), ...personProvinces(pair.b)],
    details,
  });
}
