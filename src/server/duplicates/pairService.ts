import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { DuplicatePairView, PairDetail } from '../../domain/duplicates/duplicateSchemas';
import type { Actor } from '../auth/actor';
import { assertMayDo } from '../access/policy';
import { auditActor } from '../audit/writeAudit';
import { AppError, notFound } from '../http/errors';
import { loadManyPersonParts } from '../persons/loadPersonParts';
import { personProvinces } from '../persons/personProvinces';
import { toPerson } from '../persons/personRecord';
import { findPair } from './pairQueries';
import type { PersonServiceContext } from '../serviceContext';

const personPart = (person: DuplicatePairView['a']) => ({ provinces: personProvinces(person) });

/**
 * A pair the actor may decide on: both records in their province (a pair crossing into another
 * province is for national administrators: 403), none of them (404) — the policy's rule for pairs.
 */
export async function pairInHands(db: Kysely<DB>, actor: Actor, id: number): Promise<DuplicatePairView> {
  const pair = await findPair(db, id);
  if (!pair) throw notFound();
  assertMayDo(actor.user, 'read', 'duplicatePair', { provinces: [], parts: [personPart(pair.a), personPart(pair.b)] });
  return pair;
}

/** The pair with both full records side by side; a read of two persons' data, audited. */
export async function readPair(ctx: PersonServiceContext, id: number, mayReadIdentity: boolean): Promise<PairDetail> {
  const pair = await pairInHands(ctx.db, ctx.actor, id);
  const [a, b] = await loadManyPersonParts(ctx.db, [pair.a.id, pair.b.id]);
  const merge = await ctx.db
    .selectFrom('person_merge')
    .select('id')
    .where('pair_id', '=', id)
    .where('undone_at', 'is', null)
    .executeTakeFirst();
  await auditActor(ctx.db, ctx.actor, {
    action: 'duplicate.read',
    entityType: 'duplicate_pair',
    entityId: String(id),
    provinces: [...personProvinces(pair.a), ...personProvinces(pair.b)],
    details: { persons: [pair.a.id, pair.b.id] },
  });
  return {
    ...pair,
    persons: { a: toPerson(a!, ctx.crypto, mayReadIdentity), b: toPerson(b!, ctx.crypto, mayReadIdentity) },
    mergeId: merge?.id ?? null,
  };
}

/** Not a duplicate (never proposed again), defer (để sau), or back to open; a merged pair is undone instead. */
export async function decidePair(
  ctx: PersonServiceContext,
  id: number,
  decision: 'open' | 'deferred' | 'not_duplicate',
) {
  const pair = await pairInHands(ctx.db, ctx.actor, id);
  if (pair.status === 'merged') throw new AppError(409, 'PAIR_MERGED');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('duplicate_pair')
      .set({
        status: decision,
        decided_at: decision === 'open' ? null : new Date(),
        decided_by: decision === 'open' ? null : ctx.actor.user.id,
      })
      .where('id', '=', id)
      .execute();
    await auditActor(trx, ctx.actor, {
      action: `duplicate.${decision}`,
      entityType: 'duplicate_pair',
      entityId: String(id),
      provinces: [...personProvinces(pair.a), ...personProvinces(pair.b)],
      details: { persons: [pair.a.id, pair.b.id], from: pair.status },
    });
  });
  return (await findPair(ctx.db, id))!;
}
