import type { Kysely, Selectable } from 'kysely';
import type {
  DB,
  PersonIdentityDocumentTable,
  PersonRelativeTable,
  PersonTable,
  RelativeTable,
} from '../../../db/schema';
import { restoreRelatives } from '../../relatives/relativeWrites';
import { matchKeyRows } from '../../../db/matchKeyRows';
import type { PersonParts } from '../personRecord';

/**
 * A person's stored rows as they were (identity numbers still encrypted), to put back on undo: the
 * links to relatives and the relatives' records (a relative no longer linked to anyone is deleted).
 */
export interface PersonSnapshot {
  row: Selectable<PersonTable>;
  documents: Selectable<PersonIdentityDocumentTable>[];
  relatives: Selectable<PersonRelativeTable>[];
  relativeRecords: Selectable<RelativeTable>[];
}

export async function snapshotOf(db: Kysely<DB>, parts: PersonParts): Promise<PersonSnapshot> {
  const id = parts.row.id;
  const relatives = await db.selectFrom('person_relative').selectAll().where('person_id', '=', id).execute();
  const relativeIds = relatives.map((r) => r.relative_id);
  const relativeRecords = relativeIds.length
    ? await db.selectFrom('relative').selectAll().where('id', 'in', relativeIds).execute()
    : [];
  return { row: parts.row, documents: parts.documents, relatives, relativeRecords };
}

// Columns a snapshot taken before migration 0028 holds and the person table no longer has
// (consent moved to person_consent): left out when it is put back.
const DROPPED_COLUMNS = ['consent_status', 'consent_date'];

function withoutDropped(row: PersonSnapshot['row']): PersonSnapshot['row'] {
  const kept = { ...row };
  for (const column of DROPPED_COLUMNS) Reflect.deleteProperty(kept, column);
  return kept;
}

/**
 * Puts a person's rows back as the snapshot holds them, the match keys derived again from the
 * name (a snapshot taken before migration 0027 holds keys of another form); the caller bumps the version. A relative
 * deleted since is recreated; one still there keeps what it holds now (others may have changed it).
 */
export async function restoreSnapshot(db: Kysely<DB>, snapshot: PersonSnapshot): Promise<void> {
  const { id, version: _version, created_at: _at, created_by: _by, aliases, ...columns } = withoutDropped(snapshot.row);
  await db
    .updateTable('person')
    .set({ ...columns, aliases: JSON.stringify(aliases) })
    .where('id', '=', id)
    .execute();
  for (const table of ['person_identity_document', 'person_relative', 'person_match_key'] as const) {
    await db.deleteFrom(table).where('person_id', '=', id).execute();
  }
  if (snapshot.documents.length) await db.insertInto('person_identity_document').values(snapshot.documents).execute();
  await restoreRelatives(db, snapshot.relativeRecords);
  if (snapshot.relatives.length) await db.insertInto('person_relative').values(snapshot.relatives).execute();
  const keys = matchKeyRows(
    id,
    columns.full_name,
    aliases.map((a) => a.name),
    columns.birth_year,
  );
  if (keys.length) await db.insertInto('person_match_key').values(keys).execute();
}
