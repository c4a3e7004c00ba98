import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema';
import { addTo } from '../../domain/dedupe/addTo';
import { relativeRole } from '../../domain/dedupe/dedupeRecord';
import { normalizeText } from '../../domain/text/normalizeText';
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
      'residence_city',
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
  const relativesById = groupBy(relatives, (r) => ({ role: relativeRole(r.relationship), name: r.full_name }));
  return rows.map((row): DedupeRecord => ({
    id: row.id,
    fullName: row.full_name,
    aliases: row.aliases.map((a) => a.name),
    sex: row.sex as DedupeRecord['sex'],
    birthDate: birthDateOf(row),
    hometownProvinceCode: row.hometown_province_code,
    residenceCountry: row.residence_country,
    residenceCity: row.residence_city && normalizeText(row.residence_city),
    phones: row.phones,
    emails: row.emails,
    documentHashes: hashes.get(row.id) ?? [],
    relatives: relativesById.get(row.id) ?? [],
  }));
}

/** Values by person id. */
function groupBy<T extends { person_id: string }, V>(items: readonly T[], valueOf: (item: T) => V) {
  const groups = new Map<string, V[]>();
  for (const item of items) addTo(groups, item.person_id, valueOf(item));
  return groups;
}
