import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema';
import { addTo } from '../../domain/dedupe/addTo';
import { parentRole } from '../../domain/dedupe/dedupeRecord';
import type { DedupeRecord } from '../../domain/dedupe/scorePair';
import { birthDateOf } from '../persons/personRecord';

/** The live persons a condition selects, as duplicate detection sees them; three queries whatever their number. */
export async function loadDedupeRecords(db: Kysely<DB>, where: RawBuilder<SqlBool>) {
  const rows = await db
    .selectFrom('person')
    .select([
      'id',
      'full_name',
      'aliases',
      'sex',
      'birth_year',
      'birth_month',
      'birth_day',
      'hometown_province_code',
      'residence_country',
      'phones',
      'emails',
    ])
    .where('deleted_at', 'is', null)
    .where(where)
    .execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [documents, relatives] = await Promise.all([
    db
      .selectFrom('person_identity_document')
      .select(['person_id', 'number_hash'])
      .where('person_id', '=', sql<string>`any(${ids}::uuid[])`)
      .execute(),
    db
      .selectFrom('person_relative')
      .select(['person_id', 'full_name', 'relationship'])
      .where('person_id', '=', sql<string>`any(${ids}::uuid[])`)
      .execute(),
  ]);
  const hashes = groupBy(documents, (d) => d.number_hash);
  const parents = groupBy(relatives, (r) => {
    const role = parentRole(r.relationship);
    return role ? { role, name: r.full_name } : null;
  });
  return rows.map((row): DedupeRecord => ({
    id: row.id,
    fullName: row.full_name,
    aliases: row.aliases.map((a) => a.name),
    sex: row.sex as DedupeRecord['sex'],
    birthDate: birthDateOf(row),
    hometownProvinceCode: row.hometown_province_code,
    residenceCountry: row.residence_country,
    phones: row.phones,
    emails: row.emails,
    documentHashes: hashes.get(row.id) ?? [],
    parents: parents.get(row.id) ?? [],
  }));
}

/** Values by person id; `valueOf` returning null leaves an item out. */
function groupBy<T extends { person_id: string }, V>(items: readonly T[], valueOf: (item: T) => V | null) {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const value = valueOf(item);
    if (value === null) continue;
    addTo(groups, item.person_id, value);
  }
  return groups;
}
