import { blockingKeys, nameCommonnessKey } from './blockingKeys';
import { DUPLICATE_THRESHOLD, parsed, scorePair, type DedupeRecord, type Evidence } from './scorePair';

export interface DuplicatePair {
  a: string;
  b: string;
  score: number;
  evidence: Evidence[];
}

// A block this large holds a very common name with no birth year: comparing all of it would cost
// more than it finds; its records are still compared through their other blocks.
const MAX_BLOCK = 1_000;

/** Every pair of records that shares a block and scores as a duplicate, with how many pairs were compared. */
export function findDuplicates(records: readonly DedupeRecord[]) {
  const names = records.map(parsed);
  const sharing = new Map<string, number>();
  for (const name of names) sharing.set(nameCommonnessKey(name), (sharing.get(nameCommonnessKey(name)) ?? 0) + 1);
  const blocks = new Map<string, number[]>();
  records.forEach((record, index) => {
    for (const key of blockingKeys(record, names[index]!)) {
      const block = blocks.get(key);
      if (block) block.push(index);
      else blocks.set(key, [index]);
    }
  });
  const seen = new Set<number>();
  const pairs: DuplicatePair[] = [];
  let comparisons = 0;
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const i = block[x]!;
        const j = block[y]!;
        const id = i < j ? i * records.length + j : j * records.length + i;
        if (seen.has(id)) continue;
        seen.add(id);
        comparisons++;
        const shared = Math.max(
          sharing.get(nameCommonnessKey(names[i]!)) ?? 1,
          sharing.get(nameCommonnessKey(names[j]!)) ?? 1,
        );
        const { score, evidence } = scorePair(records[i]!, records[j]!, shared, { a: names[i]!, b: names[j]! });
        if (score >= DUPLICATE_THRESHOLD) pairs.push({ a: records[i]!.id, b: records[j]!.id, score, evidence });
      }
    }
  }
  return { pairs, comparisons };
}
