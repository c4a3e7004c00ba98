import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { consentSummaries } from '../consent/consentConditions';
import type { PersonParts } from './personRecord';

/** A stored person with identity documents, relatives and the names of who created and changed it. */
export async function loadPersonParts(db: Kysely<DB>, id: string): Promise<PersonParts | undefined> {
  return (await loadManyPersonParts(db, [id]))[0];
}

/** Several persons in four queries, in the order of `ids` (ids not found are left out). */
export async function loadManyPersonParts(db: Kysely<DB>, ids: readonly string[]): Promise<PersonParts[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom('person').selectAll().where('id', 'in', ids).execute();
  if (!rows.length) return [];
  const userIds = [...new Set(rows.flatMap((r) => [r.created_by ?? -1, r.updated_by ?? -1]))];
  const [documents, relatives, users, consents] = await Promise.all([
    db.selectFrom('person_identity_document').selectAll().where('person_id', 'in', ids).orderBy('position').execute(),
    db
      .selectFrom('person_relative as l')
      .innerJoin('relative as r', 'r.id', 'l.relative_id')
      .selectAll('l')
      .select(['r.full_name', 'r.phone', 'r.address', 'r.province_code', 'r.commune_code'])
      .where('l.person_id', 'in', ids)
      .orderBy('l.position')
      .execute(),
    db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', userIds).execute(),
    consentSummaries(db, ids),
  ]);
  const usernames = new Map(users.map((u) => [u.id, u.display_name]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        row,
        documents: documents.filter((d) => d.person_id === id),
        relatives: relatives.filter((r) => r.person_id === id),
        usernames,
        consents: consents.get(id)!,
      },
    ];
  });
}
