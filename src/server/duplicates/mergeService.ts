import type { Kysely, Transaction, Updateable } from 'kysely';
import type { DB, PersonTable } from '../../db/schema';
import { mergePersons } from '../../domain/duplicates/mergePersons';
import { MERGE_FIELDS, type MergeRequest } from '../../domain/duplicates/schemas';
import { diffSnapshots, historySnapshot } from '../../domain/persons/personHistory';
import { personInputOf } from '../../domain/persons/personInputOf';
import { personInputSchema } from '../../domain/persons/schemas';
import type { IssueLike } from '../../domain/validation/localizeIssue';
import { auditActor } from '../audit/writeAudit';
import { AppError } from '../http/errors';
import { validationFailed, versionConflict } from '../http/validationError';
import { loadManyPersonParts, loadPersonParts } from '../persons/loadPersonParts';
import { writePersonChildren } from '../persons/personChildren';
import { personProvinces, personRowProvinces, type PersonProvinceCodes } from '../persons/personProvinces';
import { personColumns, toPerson, type PersonParts } from '../persons/personRecord';
import { checkPersonForDuplicates } from './checkPerson';
import { recordChange } from '../persons/service';
import { updateWithVersion } from '../records/updateWithVersion';
import { pairInHands, type PairContext } from './pairService';
import { restoreSnapshot, snapshotOf, type PersonSnapshot } from './personSnapshot';

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

/** Changes one person of the pair, at the version read (`sent`: the one the reviewer saw). */
async function changePerson(
  trx: Transaction<DB>,
  ctx: PairContext,
  stored: { id: string; version: number; hometown_province_code: string | null; source_province_code: string | null },
  sent: { version: number; path: string },
  set: Updateable<PersonTable> = {},
) {
  const version = await updateWithVersion(
    trx,
    {
      table: 'person',
      id: stored.id,
      version: { read: stored.version, sent: sent.version },
      set: { ...set, updated_at: new Date(), updated_by: ctx.actor.user.id },
      versionPath: sent.path,
    },
    ctx.language,
  );
  const after = { ...stored, ...set } as typeof stored;
  return { id: stored.id, version, provinces: [...personRowProvinces(stored), ...personRowProvinces(after)] };
}

/** The merged record as input: checked like any input (a merge may exceed a list's limit). */
function mergedInput(ctx: PairContext, kept: PersonParts, other: PersonParts, request: MergeRequest) {
  const fromOther = new Set(MERGE_FIELDS.filter((f) => (request.choices[f] ?? request.keep) !== request.keep));
  const merged = mergePersons(
    personInputOf(toPerson(kept, ctx.crypto, true)),
    personInputOf(toPerson(other, ctx.crypto, true)),
    fromOther,
  );
  const parsed = personInputSchema.safeParse(merged);
  if (!parsed.success) throw validationFailed(parsed.error.issues as unknown as IssueLike[], ctx.language);
  return parsed.data;
}

/**
 * Merges a pair: the kept record takes the chosen facts and every alias, contact, document and
 * relative of the other, which is hidden (soft-deleted, merged_into set). Both records' history
 * tells it; both as they were are kept for undo.
 */
export async function mergePair(ctx: PairContext, id: number, request: MergeRequest) {
  const pair = await pairInHands(ctx.db, ctx.actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await lockPair(trx, id, ['open', 'deferred']);
    const parts = { a: (await loadPersonParts(trx, pair.a.id))!, b: (await loadPersonParts(trx, pair.b.id))! };
    for (const side of ['a', 'b'] as const) {
      if (parts[side].row.deleted_at) throw versionConflict(ctx.language, `versions.${side}`);
    }
    const [kept, other] = request.keep === 'a' ? [parts.a, parts.b] : [parts.b, parts.a];
    const sent = (person: PersonParts) => {
      const side = person === parts.a ? 'a' : 'b';
      return { version: request.versions[side], path: `versions.${side}` };
    };
    const input = mergedInput(ctx, kept, other, request);
    const before: PersonSnapshot[] = [await snapshotOf(trx, kept), await snapshotOf(trx, other)];
    const columns = personColumns(input);
    const keptRow = await changePerson(trx, ctx, kept.row, sent(kept), columns);
    await writePersonChildren(trx, ctx, kept.row.id, input, columns.name_words);
    const otherRow = await changePerson(trx, ctx, other.row, sent(other), {
      deleted_at: new Date(),
      deleted_by: ctx.actor.user.id,
      merged_into: kept.row.id,
    });
    const after = toPerson((await loadPersonParts(trx, kept.row.id))!, ctx.crypto, true);
    const changes = diffSnapshots(historySnapshot(toPerson(kept, ctx.crypto, true)), historySnapshot(after));
    await trx
      .insertInto('person_merge')
      .values({
        pair_id: id,
        kept_id: kept.row.id,
        merged_id: other.row.id,
        kept_version: keptRow.version,
        before: JSON.stringify(before),
        merged_by: ctx.actor.user.id,
      })
      .execute();
    await setPairStatus(trx, ctx, id, 'merged');
    await checkPersonForDuplicates(trx, kept.row.id);
    // History and audit last: audit writers wait for each other from their entry to their commit.
    await recordChange(trx, ctx, keptRow, 'merge', [...changes, { field: 'mergedFrom', from: null, to: other.row.id }]);
    await recordChange(trx, ctx, otherRow, 'merge', [{ field: 'mergedInto', from: null, to: kept.row.id }]);
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
export async function undoMerge(ctx: PairContext, id: number) {
  const pair = await pairInHands(ctx.db, ctx.actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await lockPair(trx, id, ['merged']);
    const merge = await trx
      .selectFrom('person_merge')
      .selectAll()
      .where('pair_id', '=', id)
      .where('undone_at', 'is', null)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const snapshots = merge.before as PersonSnapshot[];
    const current = await loadManyPersonParts(
      trx,
      snapshots.map((s) => s.row.id),
    );
    const kept = current.find((p) => p.row.id === merge.kept_id);
    if (kept!.row.version !== merge.kept_version) throw new AppError(409, 'CHANGED_SINCE_MERGE');
    const restored = [];
    for (const snapshot of snapshots) {
      const { row: stored } = current.find((p) => p.row.id === snapshot.row.id)!;
      // The version first: a change made meanwhile is refused (409), not overwritten by the snapshot.
      const changed = await changePerson(trx, ctx, stored, { version: stored.version, path: 'id' });
      await restoreSnapshot(trx, snapshot);
      restored.push({ ...changed, provinces: [...changed.provinces, ...personRowProvinces(snapshot.row)] });
    }
    await trx
      .updateTable('person_merge')
      .set({ undone_at: new Date(), undone_by: ctx.actor.user.id })
      .where('id', '=', merge.id)
      .execute();
    // Checked while the pair is still 'merged': the check drops open pairs that no longer score.
    for (const personId of [pair.a.id, pair.b.id]) await checkPersonForDuplicates(trx, personId);
    await setPairStatus(trx, ctx, id, 'open');
    for (const row of restored)
      await recordChange(trx, ctx, row, 'unmerge', [{ field: 'merge', from: merge.id, to: null }]);
    await audit(trx, ctx, 'duplicate.unmerge', pair, { merge: merge.id });
  });
}

async function setPairStatus(trx: Kysely<DB>, ctx: PairContext, id: number, status: 'open' | 'merged') {
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
  ctx: PairContext,
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
