import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { entryHash, GENESIS_HASH } from './auditChain';

export interface ChainBreak {
  /** The entry where the chain stops holding (its id), and why. */
  id: number;
  chainSeq: number | null;
  reason: 'altered' | 'notFollowing' | 'missingBefore' | 'outsideChain' | 'indexDiffers';
}

export type ChainVerdict =
  | {
      isIntact: true;
      /** Entries in the chain, and those written before it began (migration 0019), which it does not cover. */
      chained: number;
      before: number;
      /** The last entry's hash: kept elsewhere, it shows later whether entries were removed from the end. */
      head: { id: number; chainSeq: number; hash: string } | null;
    }
  | { isIntact: false; chained: number; firstBreak: ChainBreak };

const PAGE = 5_000;

/** Entries whose per-province index rows are not exactly their provinces: the first, if any. */
async function firstIndexMismatch(db: Kysely<DB>): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    select a.id from audit_log a
    where coalesce((select array_agg(distinct c order by c) from unnest(a.province_codes) c), '{}')
      is distinct from
      coalesce((select array_agg(p.province_code order by p.province_code) from audit_log_province p
                where p.audit_id = a.id), '{}')
    order by a.id limit 1`.execute(db);
  return rows[0]?.id ?? null;
}

/**
 * Recomputes the audit log's hash chain from its first link: each entry's place, its link to the
 * previous entry and its hash over its own fields. Returns the first entry where it breaks — altered
 * (hash differs), not following the previous one (a forged or reordered row), following a gap (rows
 * deleted before it), outside the chain after it began, or filed under other provinces than it names.
 */
export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainVerdict> {
  const first = await db
    .selectFrom('audit_log')
    .select('id')
    .where('chain_seq', 'is not', null)
    .orderBy('chain_seq')
    .limit(1)
    .executeTakeFirst();
  const { n: before } = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('chain_seq', 'is', null)
    .where('id', '<', first?.id ?? Number.MAX_SAFE_INTEGER)
    .executeTakeFirstOrThrow();
  let previous = { chainSeq: 0, hash: GENESIS_HASH, id: 0 };
  let chained = 0;
  const broken = (firstBreak: ChainBreak): ChainVerdict => ({ isIntact: false, chained, firstBreak });
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('chain_seq', '>', previous.chainSeq)
      .orderBy('chain_seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const chainSeq = row.chain_seq!;
      if (chainSeq !== previous.chainSeq + 1) return broken({ id: row.id, chainSeq, reason: 'missingBefore' });
      if (row.prev_hash !== previous.hash) return broken({ id: row.id, chainSeq, reason: 'notFollowing' });
      const expected = entryHash({ ...row, chain_seq: chainSeq, prev_hash: row.prev_hash });
      if (row.hash !== expected) return broken({ id: row.id, chainSeq, reason: 'altered' });
      previous = { chainSeq, hash: row.hash, id: row.id };
      chained++;
    }
    if (rows.length < PAGE) break;
  }
  const outside = await db
    .selectFrom('audit_log')
    .select('id')
    .where('chain_seq', 'is', null)
    .where('id', '>', first?.id ?? Number.MAX_SAFE_INTEGER)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (outside) return broken({ id: outside.id, chainSeq: null, reason: 'outsideChain' });
  const misfiled = await firstIndexMismatch(db);
  if (misfiled !== null) return broken({ id: misfiled, chainSeq: null, reason: 'indexDiffers' });
  const head = chained ? { id: previous.id, chainSeq: previous.chainSeq, hash: previous.hash } : null;
  return { isIntact: true, chained, before, head };
}
