import { commonnessKeys } from './matchKeys';
import type { ParsedName } from './parseName';

/**
 * How many records share a name (see commonnessKeys): its family and given name, and the whole of
 * it. For a pair, the larger of the two records' counts.
 */
export interface NameSharing {
  familyGiven: number;
  fullName: number;
}

/** The counts of a name's commonness keys; a key not counted is one record's. */
export function sharingOf(counts: ReadonlyMap<string, number>, name: ParsedName): NameSharing {
  const keys = commonnessKeys(name);
  return { familyGiven: counts.get(keys.familyGiven) ?? 1, fullName: counts.get(keys.fullName) ?? 1 };
}

export function pairSharing(a: NameSharing, b: NameSharing): NameSharing {
  return { familyGiven: Math.max(a.familyGiven, b.familyGiven), fullName: Math.max(a.fullName, b.fullName) };
}

/** How many of `names` share each commonness key. */
export function countSharing(names: readonly ParsedName[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) {
    for (const key of Object.values(commonnessKeys(name))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
