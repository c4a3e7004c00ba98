import { addTo } from './addTo';
import { contactKeys, typoNeighbours } from './blockingKeys';
import { matchKeys } from './matchKeys';
import { countSharing, pairSharing, sharingOf } from './nameSharing';
import { parsed, proposePair, type DedupeRecord, type DuplicatePair } from './scorePair';

// A block this large holds a very common name with no birth year: comparing all of it would cost
// more than it finds; its records are still compared through their other blocks.
const MAX_BLOCK = 1_000;

/**
 * Every pair of records that may be one person and scores as a duplicate, with how many pairs were
 * compared. Compared: records under one name key (any order, diacritics, alias, Hoàng/Huỳnh, no
 * middle name), under name keys one typo apart, or sharing a contact. `sharing`: how many records
 * of the whole registry share each commonness key (see nameSharing), when `records` is only part of it (one birth
 * year); counted in `records` when not given.
 */
export function findDuplicates(records: readonly DedupeRecord[], sharing?: ReadonlyMap<string, number>) {
  const names = records.map(parsed);
  const shared = sharing ?? countSharing(names);
  const nameSharing = names.map((name) => sharingOf(shared, name));
  const byName = new Map<string, number[]>();
  const byContact = new Map<string, number[]>();
  records.forEach((record, i) => {
    for (const key of matchKeys(names[i]!, record.birthDate?.year ?? null)) addTo(byName, key, i);
    for (const key of contactKeys(record)) addTo(byContact, key, i);
  });

  const seen = new Set<number>();
  const pairs: DuplicatePair[] = [];
  const compare = (i: number, j: number) => {
    if (i === j) return;
    const id = i < j ? i * records.length + j : j * records.length + i;
    if (seen.has(id)) return;
    seen.add(id);
    const sharing = pairSharing(nameSharing[i]!, nameSharing[j]!);
    const pair = proposePair(records[i]!, records[j]!, sharing, { a: names[i]!, b: names[j]! });
    if (pair) pairs.push(pair);
  };
  for (const block of [...byName.values(), ...byContact.values()]) {
    if (block.length > MAX_BLOCK) continue;
    for (let x = 0; x < block.length; x++) for (let y = x + 1; y < block.length; y++) compare(block[x]!, block[y]!);
  }
  for (const [first, second] of typoNeighbours(byName.keys())) {
    const [a, b] = [byName.get(first)!, byName.get(second)!];
    if (a.length * b.length > MAX_BLOCK * MAX_BLOCK) continue;
    for (const i of a) for (const j of b) compare(i, j);
  }
  return { pairs, comparisons: seen.size };
}
