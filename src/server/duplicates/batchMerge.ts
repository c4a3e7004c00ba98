import { safeMergePlan, SURE_SCORE } from '../../domain/duplicates/batchMerge';
import type { BatchMergeRequest, MergeRequest } from '../../domain/duplicates/duplicateSchemas';
import { personInputOf } from '../../domain/persons/personInputOf';
import { visibleRows } from '../access/policy';
import { AppError } from '../http/errors';
import { loadManyPersonParts } from '../persons/loadPersonParts';
import { toPerson, type PersonParts } from '../persons/personRecord';
import type { PersonServiceContext } from '../serviceContext';
import { mergePair, undoMerge } from './mergeService';

const BATCH_MAX = 500;

/** The open pairs at or above the score, best first, that the user may decide. */
async function surePairs(ctx: PersonServiceContext, minScore: number, pairIds?: readonly number[]) {
  let query = ctx.db
    .selectFrom('duplicate_pair as d')
    .select(['d.id', 'd.score', 'd.person_a', 'd.person_b'])
    .where('d.status', '=', 'open')
    .where('d.score', '>=', Math.max(minScore, SURE_SCORE))
    .where(visibleRows(ctx.actor.user, 'duplicatePair', 'd'));
  if (pairIds) query = query.where('d.id', 'in', pairIds.length ? pairIds : [-1]);
  return query.orderBy('d.score', 'desc').orderBy('d.id').limit(BATCH_MAX).execute();
}

/**
 * The record kept: the older (others point at it longer); of two recorded at once, the one that
 * holds more facts itself.
 */
function keepOf(a: PersonParts, b: PersonParts, plans: Record<'a' | 'b', { fromOther: unknown[] }>): 'a' | 'b' {
  const age = a.row.created_at.getTime() - b.row.created_at.getTime();
  if (age !== 0) return age < 0 ? 'a' : 'b';
  return plans.b.fromOther.length < plans.a.fromOther.length ? 'b' : 'a';
}

/**
 * The preview of a batch merge: each sure pair with the record kept, the facts taken from the
 * other, and the conflicts that keep a pair out of the batch (left for review).
 */
export async function batchMergePreview(ctx: PersonServiceContext, minScore: number, pairIds?: readonly number[]) {
  const pairs = await surePairs(ctx, minScore, pairIds);
  const parts = new Map(
    (
      await loadManyPersonParts(
        ctx.db,
        pairs.flatMap((p) => [p.person_a, p.person_b]),
      )
    ).map((p) => [p.row.id, p]),
  );
  return pairs.flatMap((pair) => {
    const [a, b] = [parts.get(pair.person_a), parts.get(pair.person_b)];
    if (!a || !b) return [];
    const input = (p: PersonParts) => personInputOf(toPerson(p, ctx.crypto, true));
    const plans = { a: safeMergePlan(input(a), input(b)), b: safeMergePlan(input(b), input(a)) };
    const keep = keepOf(a, b, plans);
    const [kept, other] = keep === 'a' ? [a, b] : [b, a];
    const plan = plans[keep];
    const person = (p: PersonParts) => ({ id: p.row.id, fullName: p.row.full_name });
    return [
      {
        pairId: pair.id,
        score: pair.score,
        keep,
        kept: person(kept),
        other: person(other),
        ...plan,
        versions: { a: a.row.version, b: b.row.version },
      },
    ];
  });
}

/**
 * Merges every sure pair without a conflict, each in its own transaction through the pair merge
 * (its history, its undo); a pair that changed or was decided meanwhile is reported, not forced.
 */
export async function batchMerge(ctx: PersonServiceContext, request: BatchMergeRequest) {
  const preview = await batchMergePreview(ctx, request.minScore, request.pairIds);
  const merged: number[] = [];
  const skipped: { pairId: number; reason: string }[] = [];
  for (const pair of preview) {
    if (pair.conflicts.length) {
      skipped.push({ pairId: pair.pairId, reason: 'conflict' });
      continue;
    }
    const choices: MergeRequest['choices'] = Object.fromEntries(
      pair.fromOther.map((f) => [f, pair.keep === 'a' ? 'b' : 'a']),
    );
    try {
      await mergePair(ctx, pair.pairId, { keep: pair.keep, choices, versions: pair.versions });
      merged.push(pair.pairId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      skipped.push({ pairId: pair.pairId, reason: error.code });
    }
  }
  return { merged, skipped };
}

/** Undoes the merges of a batch, pair by pair; a pair whose kept record changed since is reported. */
export async function undoMerges(ctx: PersonServiceContext, pairIds: readonly number[]) {
  const undone: number[] = [];
  const refused: { pairId: number; reason: string }[] = [];
  for (const pairId of pairIds) {
    try {
      await undoMerge(ctx, pairId);
      undone.push(pairId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refused.push({ pairId, reason: error.code });
    }
  }
  return { undone, refused };
}
