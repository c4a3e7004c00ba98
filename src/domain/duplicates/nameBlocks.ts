import { BIRTH_YEAR_SLACK } from './matchKeys';

/**
 * A block of records under one name key, grouped by birth year (null: unknown). Records of one
 * name are compared when their years may match (birthYearsMayMatch), group against group, so that
 * a common name costs what its years hold, not what the whole name holds.
 */
export type NameBlock = Map<number | null, number[]>;

// A group this large holds a very common name of one year: comparing all of it would cost more
// than it finds; its records are still compared through their other blocks.
export const MAX_BLOCK = 1_000;

/** Two groups of records to compare with each other, or one group (`b` absent) within itself. */
export interface GroupPair {
  a: number[];
  b?: number[];
}

const order = (year: number | null) => year ?? -Infinity;

/** The years whose groups records of `year` meet: the unknown year and those at most BIRTH_YEAR_SLACK away. */
function yearsMeeting(block: NameBlock, year: number | null): (number | null)[] {
  if (year === null) return [...block.keys()];
  const near = Array.from({ length: 2 * BIRTH_YEAR_SLACK + 1 }, (_, i) => year - BIRTH_YEAR_SLACK + i);
  return [null, ...near].filter((y) => block.has(y));
}

const sizeOf = (block: NameBlock) => [...block.values()].reduce((sum, group) => sum + group.length, 0);

/**
 * The groups of one block compared, each pair of groups once. A record of unknown year meets every
 * year of its name only when the whole name is at most MAX_BLOCK records: with a very common name
 * and no birth date, the name says too little to be worth a national block.
 */
export function groupPairsWithin(block: NameBlock): GroupPair[] {
  const pairs: GroupPair[] = [];
  const common = sizeOf(block) > MAX_BLOCK;
  for (const [year, a] of block) {
    for (const other of yearsMeeting(block, year)) {
      const b = block.get(other)!;
      if (other === year) pairs.push({ a });
      else if (order(year) < order(other) && !(common && year === null)) pairs.push({ a, b });
    }
  }
  return pairs.filter(fits);
}

/** The groups of two blocks (names one typo apart) compared. */
export function groupPairsAcross(first: NameBlock, second: NameBlock): GroupPair[] {
  const common = sizeOf(first) > MAX_BLOCK || sizeOf(second) > MAX_BLOCK;
  return [...first]
    .flatMap(([year, a]) =>
      yearsMeeting(second, year)
        .filter((other) => !(common && (year === null || other === null)))
        .map((other) => ({ a, b: second.get(other)! })),
    )
    .filter(fits);
}

/** Whether comparing a group pair costs no more than comparing a group of MAX_BLOCK within itself. */
const fits = ({ a, b }: GroupPair) => (b ? a.length * b.length <= MAX_BLOCK * MAX_BLOCK : a.length <= MAX_BLOCK);
