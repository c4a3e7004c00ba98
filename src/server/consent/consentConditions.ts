import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema';
import type { ConsentPurpose, ConsentState } from '../../domain/consent/consentPurposes';
import type { ConsentSummary } from '../../domain/consent/consentSchemas';

/**
 * A person's state for a purpose, in SQL: the latest decision recorded, else 'unknown'.
 * `personId`: the column holding the person's id ("p.id").
 */
export function consentStateOf(purpose: ConsentPurpose, personId: string): RawBuilder<ConsentState> {
  return sql<ConsentState>`coalesce((
    select c.decision from person_consent c where c.person_id = ${sql.ref(personId)} and c.purpose = ${purpose}
    order by c.id desc limit 1
  ), 'unknown')`;
}

/** Whether the person has agreed to the purpose: what every use of their data for it checks. */
export const hasConsent = (purpose: ConsentPurpose, personId: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`${consentStateOf(purpose, personId)} = 'given'`;

const unknownEverywhere = (): ConsentSummary => ({
  registry: 'unknown',
  contact: 'unknown',
  expert: 'unknown',
  sharing: 'unknown',
  publication: 'unknown',
});

/** The persons' state for every purpose, by id (every id present). */
export async function consentSummaries(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, ConsentSummary>> {
  const summaries = new Map(ids.map((id) => [id, unknownEverywhere()]));
  if (!ids.length) return summaries;
  const { rows } = await sql<{ person_id: string; purpose: ConsentPurpose; decision: ConsentState }>`
    select distinct on (person_id, purpose) person_id, purpose, decision from person_consent
    where person_id = any(${ids}::uuid[]) order by person_id, purpose, id desc`.execute(db);
  for (const row of rows) summaries.get(row.person_id)![row.purpose] = row.decision;
  return summaries;
}
