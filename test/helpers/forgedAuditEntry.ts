import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';

/** What someone with the database but not the key could append: the next link, with a made-up hash. */
export async function appendForgedAuditEntry(db: Kysely<DB>): Promise<number> {
  const last = await db
    .selectFrom('audit_log')
    .select(['chain_seq', 'hash'])
    .orderBy('chain_seq', 'desc')
    .executeTakeFirstOrThrow();
  const forged = await db
    .insertInto('audit_log')
    .values({
      username: 'ct.officer',
      action: 'person.read',
      province_codes: ['92'],
      details: '{}',
      chain_seq: last.chain_seq! + 1,
      prev_hash: last.hash!,
      hash: 'f'.repeat(64),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return forged.id;
}
