import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { changesSomething, mergeRowInto } from '../../domain/imports/rowMerge';
import { personInputOf } from '../../domain/persons/personInputOf';
import type { PersonInput } from '../../domain/persons/personSchemas';
import { currentUserFromRow } from '../auth/currentUserFromRow';
import { accountsQuery } from '../auth/accountQuery';
import { loadManyPersonParts } from '../persons/loadPersonParts';
import { toPerson } from '../persons/personRecord';
import type { PersonWriter } from '../persons/writes/personChildren';
import { changePerson } from '../persons/writes/personWrites';
import type { IdentityCrypto } from '../secrets/identityCrypto';

type ValidRow = { rowNumber: number; person: PersonInput };

/** The writer of a batch's updates: the officer who uploaded it (the commit runs in the background). */
export async function batchWriter(
  trx: Transaction<DB>,
  crypto: IdentityCrypto,
  userId: number | null,
): Promise<PersonWriter> {
  if (userId === null) throw new Error('an import batch without its uploader cannot update persons');
  const user = await accountsQuery(trx).where('u.id', '=', userId).executeTakeFirstOrThrow();
  return { actor: { user: currentUserFromRow(user), ip: 'import' }, crypto };
}

/** What the officer chose for the chunk's matched rows (rows without a match are created). */
async function chosenActions(trx: Transaction<DB>, batchId: string, rows: readonly ValidRow[]) {
  const numbers = rows.map((r) => r.rowNumber);
  const matches = await trx
    .selectFrom('import_row_match')
    .select(['row_number', 'person_id', 'action', 'overwrite'])
    .where('batch_id', '=', batchId)
    .where('row_number', 'in', numbers)
    .execute();
  return new Map(matches.map((m) => [m.row_number, m]));
}

/**
 * A chunk's rows as the officer chose: updates applied through the person write owner (history,
 * match keys, the change event), skipped rows left out; returns the rows to create — those
 * without a match, chosen to be created, or whose person was deleted since the dry run.
 */
export async function applyRowActions<R extends ValidRow>(
  trx: Transaction<DB>,
  writer: () => Promise<PersonWriter>,
  batchId: string,
  rows: readonly R[],
): Promise<{ toCreate: R[]; updated: number; matched: { personId: string; row: R }[] }> {
  const actions = await chosenActions(trx, batchId, rows);
  const updates = rows.filter((r) => actions.get(r.rowNumber)?.action === 'update');
  const parts = new Map(
    (
      await loadManyPersonParts(
        trx,
        updates.map((r) => actions.get(r.rowNumber)!.person_id),
      )
    ).map((p) => [p.row.id, p]),
  );
  const toCreate = rows.filter((r) => {
    const action = actions.get(r.rowNumber);
    if (!action || action.action === 'create') return true;
    const stored = parts.get(action.person_id);
    return action.action === 'update' && (!stored || stored.row.deleted_at !== null);
  });
  let updated = 0;
  const matched: { personId: string; row: R }[] = [];
  const by = updates.length ? await writer() : null;
  for (const row of updates) {
    const action = actions.get(row.rowNumber)!;
    const before = parts.get(action.person_id);
    if (!by || !before || before.row.deleted_at) continue;
    matched.push({ personId: action.person_id, row });
    const merged = mergeRowInto(personInputOf(toPerson(before, by.crypto, true)), row.person, action.overwrite);
    if (!changesSomething(merged.changes, action.overwrite)) continue;
    await changePerson(trx, by, { before, version: { sent: before.row.version }, input: merged.input });
    updated++;
  }
  return { toCreate, updated, matched };
}
