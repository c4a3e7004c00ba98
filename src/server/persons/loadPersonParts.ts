import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { PersonParts } from './personRecord';

/** A stored person with identity documents, relatives and the names of who created and changed it. */
export async function loadPersonParts(db: Kysely<DB>, id: string): Promise<PersonParts | undefined> {
  const row = await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [documents, relatives, users] = await Promise.all([
    db.selectFrom('person_identity_document').selectAll().where('person_id', '=', id).orderBy('position').execute(),
    db.selectFrom('person_relative').selectAll().where('person_id', '=', id).orderBy('position').execute(),
    db
      .selectFrom('app_user')
      .select(['id', 'display_name'])
      .where('id', 'in', [row.created_by ?? -1, row.updated_by ?? -1])
      .execute(),
  ]);
  return { row, documents, relatives, usernames: new Map(users.map((u) => [u.id, u.display_name])) };
}
