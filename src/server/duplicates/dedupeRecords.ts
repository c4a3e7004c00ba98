import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema';
import { relativeRole } from '../../domain/duplicates/dedupeRecord';
import type { DedupeRecord } from '../../domain/duplicates/scorePair';
import { normalizeText } from '../../domain/text/normalizeText';
import { birthDateOf } from '../persons/personRecord';

/**
 * The live persons a condition selects, as duplicate detection sees them: one query, identity
 * document hashes and relatives gathered per person. Without `children`, the person's own columns
 * alone (documentHashes and relatives left empty): for candidates most of which are set aside unseen.
 */
export async function loadDedupeRecords(
  db: Kysely<DB>,
  where: RawBuilder<SqlBool>,
  { children }: { children: boolean } = { children: true },
): Promise<DedupeRecord[]> {
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
      'hometown_commune_code',
      'residence_country',
      'residence_city',
      'phones',
      'emails',
    ])
    .$if(children, (query) =>
      query.select((eb) => [
        sql<string[]>`array(${eb
          .selectFrom('person_identity_document as d')
          .select('d.number_hash')
          .whereRef('d.person_id', '=', 'person.id')})`.as('document_hashes'),
        sql<[string, string][] | null>`(${eb
          .selectFrom('person_relative as l')
          .innerJoin('relative as r', 'r.id', 'l.relative_id')
          .select(sql`json_agg(json_build_array(r.full_name, l.relationship))`.as('relatives'))
          .whereRef('l.person_id', '=', 'person.id')})`.as('relatives'),
      ]),
    )
    .where('deleted_at', 'is', null)
    .where(where)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    fullName: row.full_name,
    aliases: row.aliases.map((a) => a.name),
    sex: row.sex,
    birthDate: birthDateOf(row),
    hometownProvinceCode: row.hometown_province_code,
    hometownCommuneCode: row.hometown_commune_code,
    residenceCountry: row.residence_country,
    residenceCity: row.residence_city && normalizeText(row.residence_city),
    phones: row.phones,
    emails: row.emails,
    documentHashes: row.document_hashes ?? [],
    relatives: (row.relatives ?? []).map(([name, relationship]) => ({ name, role: relativeRole(relationship) })),
  }));
}
