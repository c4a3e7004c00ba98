import { copyConsentsOnMerge, removeMergedConsents } from '../../consent/mergedConsents';
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { diffSnapshots, historySnapshot } from '../../../domain/persons/personHistory';
import type { PersonInput } from '../../../domain/persons/personSchemas';
import { AppError } from '../../http/errors';
import { loadManyPersonParts } from '../loadPersonParts';
import { personColumns, toPerson, type PersonParts } from '../personRecord';
import { personChanged, recordPersonChange } from './personChangeLog';
import { writePersonChildren, type PersonWriter } from './personChildren';
import { restoreSnapshot, snapshotOf, type PersonSnapshot } from './personSnapshot';
import { deletion, setPersonColumns, storedParts, type VersionSent } from './personWrites';
import { personRowProvinces } from '../personProvinces';

export interface PersonMerge {
  pairId: number;
  kept: PersonParts;
  other: PersonParts;
  /** The versions the reviewer saw, with where the request carried them. */
  sent: (person: PersonParts) => VersionSent;
  /** The merged record, already checked as any input is. */
  input: PersonInput;
}

/**
 * The kept record takes the merged input and the other is hidden (soft-deleted, merged_into set);
 * both as they were are kept for undo, and both histories tell it.
 */
export async function mergePersonRecords(
  trx: Transaction<DB>,
  writer: PersonWriter,
  merge: PersonMerge,
): Promise<void> {
  const { kept, other, input } = merge;
  const before: PersonSnapshot[] = [await snapshotOf(trx, kept), await snapshotOf(trx, other)];
  const columns = personColumns(input);
  const keptRow = await setPersonColumns(trx, writer, kept.row, merge.sent(kept), columns);
  await writePersonChildren(trx, writer, kept.row.id, input, columns.name_words);
  const otherRow = await setPersonColumns(trx, writer, other.row, merge.sent(other), {
    ...deletion(writer, true),
    merged_into: kept.row.id,
  });
  const after = await storedParts(trx, kept.row.id);
  const { id: mergeId } = await trx
    .insertInto('person_merge')
    .values({
      pair_id: merge.pairId,
      kept_id: kept.row.id,
      merged_id: other.row.id,
      kept_version: keptRow.version,
      before: JSON.stringify(before),
      merged_by: writer.actor.user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await copyConsentsOnMerge(trx, { id: mergeId, keptId: kept.row.id, mergedId: other.row.id });
  await personChanged(trx, [kept.row.id]);
  const history = (parts: PersonParts) => historySnapshot(toPerson(parts, writer.crypto, true));
  const changes = diffSnapshots(history(kept), history(after));
  const keptProvinces = [...personRowProvinces(kept.row), ...personRowProvinces(after.row)];
  await recordPersonChange(trx, writer.actor, { ...keptRow, provinces: keptProvinces }, 'merge', [
    ...changes,
    { field: 'mergedFrom', from: null, to: other.row.id },
  ]);
  await recordPersonChange(trx, writer.actor, otherRow, 'merge', [
    { field: 'mergedInto', from: null, to: kept.row.id },
  ]);
}

/**
 * Both records of a pair's last merge as they were before it. Refused when the kept record was
 * changed since (undoing would throw that change away); a change made meanwhile to either is
 * refused (409), not overwritten by the snapshot.
 */
export async function undoPersonMerge(trx: Transaction<DB>, writer: PersonWriter, pairId: number): Promise<number> {
  const merge = await trx
    .selectFrom('person_merge')
    .selectAll()
    .where('pair_id', '=', pairId)
    .where('undone_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const snapshots = merge.before as PersonSnapshot[];
  const current = await loadManyPersonParts(
    trx,
    snapshots.map((s) => s.row.id),
  );
  const kept = current.find((p) => p.row.id === merge.kept_id)!;
  if (kept.row.version !== merge.kept_version) throw new AppError(409, 'CHANGED_SINCE_MERGE');
  const restored = [];
  for (const snapshot of snapshots) {
    const { row } = current.find((p) => p.row.id === snapshot.row.id)!;
    const changed = await setPersonColumns(trx, writer, row, { sent: row.version, path: 'id' }, {});
    await restoreSnapshot(trx, snapshot);
    restored.push({ ...changed, provinces: [...personRowProvinces(row), ...personRowProvinces(snapshot.row)] });
  }
  await removeMergedConsents(trx, merge.id);
  await trx
    .updateTable('person_merge')
    .set({ undone_at: new Date(), undone_by: writer.actor.user.id })
    .where('id', '=', merge.id)
    .execute();
  await personChanged(
    trx,
    snapshots.map((s) => s.row.id),
  );
  for (const row of restored) {
    await recordPersonChange(trx, writer.actor, row, 'unmerge', [{ field: 'merge', from: merge.id, to: null }]);
  }
  return merge.id;
}
