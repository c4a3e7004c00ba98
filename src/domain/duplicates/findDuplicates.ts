import { addTo } from './addTo';
import { contactKeys, typoNeighbours } from './blockingKeys';
import { matchKeys } from './matchKeys';
import { groupPairsAcross, groupPairsWithin, MAX_BLOCK, type GroupPair, type NameBlock } from './nameBlocks';
import { countSharing, pairSharing, sharingOf } from './nameSharing';
import { parsed, proposePair, type DedupeRecord, type DuplicatePair } from './scorePair';

/**
 * Every pair of records that may be one person and scores as a duplicate, with how many pairs were
 * compared. Compared: records under one name key (any order, diacritics, alias, Hoàng/Huỳnh, no
 * middle name) or under name keys one typo apart, when their birth years may match (see
 * nameBlocks); records sharing a contact, whatever their years. `sharing`: how many records
 * of the whole registry share each commonness key (see nameSharing), when `records` is only part of it (one birth
 * year); counted in `records` when not given.
 */
export function findDuplicates(records: readonly DedupeRecord[], sharing?: ReadonlyMap<string, number>) {
  const names = records.map(parsed);
  const shared = sharing ?? countSharing(names);
  const nameSharing = names.map((name) => sharingOf(shared, name));
  const byName = new Map<string, NameBlock>();
  const byContact = new Map<string, number[]>();
  records.forEach((record, i) => {
    for (const key of matchKeys(names[i]!)) {
      const block = byName.get(key) ?? new Map<number | null, number[]>();
      addTo(block, record.birthDate?.year ?? null, i);
      byName.set(key, block);
    }
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
  const compareGroups = ({ a, b }: GroupPair) => {
    if (b) for (const i of a) for (const j of b) compare(i, j);
    else for (let x = 0; x < a.length; x++) for (let y = x + 1; y < a.length; y++) compare(a[x]!, a[y]!);
  };
  for (const block of byName.values()) groupPairsWithin(block).forEach(compareGroups);
  for (const block of byContact.values()) if (block.length <= MAX_BLOCK) compareGroups({ a: block });
  for (const [first, second] of typoNeighbours(byName.keys())) {
    groupPairsAcross(byName.get(first)!, byName.get(second)!).forEach(compareGroups);
  }
  return { pairs, comparisons: seen.size };
}
