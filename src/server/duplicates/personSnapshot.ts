import type { Kysely, Selectable } from 'kysely';
import type { DB, PersonIdentityDocumentTable, PersonRelativeTable, PersonTable } from '../../db/schema';
import type { PersonParts } from '../persons/personRecord';

/** A person's stored rows as they were (identity numbers still encrypted), to put back on undo. */
export interface PersonSnapshot {
  row: Selectable<PersonTable>;
  documents: Selectable<PersonIdentityDocumentTable>[];
  relatives: Selectable<PersonRelativeTable>[];
  matchKeys: string[];
}

export async function snapshotOf(db: Kysely<DB>, parts: PersonParts): Promise<PersonSnapshot> {
  const keys = await db.selectFrom('person_match_key').select('key').where('person_id', '=', parts.row.id).execute();
  return { row: parts.row, documents: parts.documents, relatives: parts.relatives, matchKeys: keys.map((k) => k.key) };
}

/** Puts a person's rows back as the snapshot holds them; the caller bumps the version. */
export async function restoreSnapshot(db: Kysely<DB>, snapshot: PersonSnapshot): Promise<void> {
  const { id, version: _version, created_at: _at, created_by: _by, aliases, ...columns } = snapshot.row;
  await db
    .updateTable('person')
    .set({ ...columns, aliases: JSON.stringify(aliases) })
    .where('id', '=', id)
    .execute();
  for (const table of ['person_identity_document', 'person_relative', 'person_match_key'] as const) {
    await db.deleteFrom(table).where('person_id', '=', id).execute();
  }
  if (snapshot.documents.length) await db.insertInto('person_identity_document').values(snapshot.documents).execute();
  if (snapshot.relatives.length) await db.insertInto('person_relative').values(snapshot.relatives).execute();
  const keys = snapshot.matchKeys.map((key) => ({ key, person_id: id }));
  if (keys.length) await db.insertInto('person_match_key').values(keys).execute();
}
