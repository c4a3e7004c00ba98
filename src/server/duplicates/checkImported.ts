import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { dedupeRecordOf } from '../../domain/dedupe/dedupeRecord';
import type { PersonInput } from '../../domain/persons/schemas';
import { hometownOf } from '../persons/personRecord';
import type { IdentityCrypto } from '../secrets/identityCrypto';
import { loadDedupeRecords } from './dedupeRecords';
import { savePairs } from './pairStore';
import { findRegistryMatches } from './registryMatches';

/**
 * The import dry run's check: the rows (not stored) that the registry may already hold. By name
 * key, phone, email and document; one-letter typos are left to the whole-registry check (a few
 * hundred keys a row would make a 2,000-row chunk's lookup too large).
 */
export async function rowsMatchingRegistry(
  db: Kysely<DB>,
  crypto: IdentityCrypto,
  rows: readonly { rowNumber: number; person: PersonInput }[],
): Promise<Set<number>> {
  const records = rows.map((r) =>
    dedupeRecordOf(String(r.rowNumber), r.person, hometownOf(r.person).provinceCode, (n) => crypto.lookupHash(n)),
  );
  const pairs = await findRegistryMatches(db, records, { typos: false });
  return new Set(pairs.map((p) => Number(p.a)));
}

/** An import chunk's check once stored: its persons' possible duplicates become open pairs. */
export async function checkStoredPersons(db: Kysely<DB>, ids: readonly string[]): Promise<void> {
  const records = await loadDedupeRecords(db, sql`id = any(${ids}::uuid[])`);
  await savePairs(db, await findRegistryMatches(db, records, { typos: false }));
}
