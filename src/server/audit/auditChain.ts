import { createHmac, hkdfSync } from 'node:crypto';

/**
 * The audit log is a hash chain: each entry's hash is an HMAC (keyed with a key derived from the
 * data key, which the database never holds) over its own fields and the previous entry's hash. A
 * row inserted, changed or removed by anyone with database access but not the key breaks the chain
 * from that row on, and `npm run cli -- audit verify` names it.
 */

/** The previous hash of the first chained entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an entry the chain covers, as stored. */
export interface ChainedFields {
  chain_seq: number;
  at: Date;
  user_id: number | null;
  username: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  province_codes: readonly string[];
  ip: string | null;
  details: unknown;
  prev_hash: string;
}

let chainKey: Buffer | null = null;

/** Sets the key of the chain, from the data key (DATA_KEY / DATA_KEY_FILE); once per process, at start. */
export function useAuditChainKey(dataKey: Buffer): void {
  chainKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'cau-noi audit chain v1', 32));
}

function key(): Buffer {
  if (!chainKey) throw new Error('the audit chain key is not set (useAuditChainKey at start)');
  return chainKey;
}

/** JSON with object keys sorted: the same value always gives the same text (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sorted(value));
}

/** The hash of an entry, given its fields and the previous entry's hash (in `prev_hash`). */
export function entryHash(fields: ChainedFields): string {
  const text = canonicalJson([
    fields.chain_seq,
    fields.at.toISOString(),
    fields.user_id,
    fields.username,
    fields.action,
    fields.entity_type,
    fields.entity_id,
    fields.province_codes,
    fields.ip,
    fields.details,
    fields.prev_hash,
  ]);
  return createHmac('sha256', key()).update(text).digest('hex');
}
