import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { DuplicatePair } from '../../domain/duplicates/scorePair';

const WRITE_CHUNK = 1_000;

const round = (weight: number) => Math.round(weight * 100) / 100;

/**
 * Stores pairs found by a check: new pairs open for review; a pair already known keeps its status
 * (a not-duplicate stays one) and gets the new score and evidence.
 */
export async function savePairs(db: Kysely<DB>, pairs: readonly DuplicatePair[]): Promise<void> {
  const unique = new Map<string, DuplicatePair>();
  for (const pair of pairs) {
    const [a, b] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
    unique.set(`${a}|${b}`, { ...pair, a, b });
  }
  const rows = [...unique.values()].map((p) => ({
    a: p.a,
    b: p.b,
    score: round(p.score),
    evidence: p.evidence.map((e) => ({ factor: e.factor, weight: round(e.weight) })),
  }));
  for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
    const chunk = JSON.stringify(rows.slice(start, start + WRITE_CHUNK));
    await sql`
      insert into duplicate_pair (person_a, person_b, score, evidence)
      select a, b, score, evidence from jsonb_to_recordset(${chunk}::jsonb) as v(a uuid, b uuid, score real, evidence jsonb)
      on conflict on constraint duplicate_pair_unique
      do update set score = excluded.score, evidence = excluded.evidence, checked_at = now()`.execute(db);
  }
}
