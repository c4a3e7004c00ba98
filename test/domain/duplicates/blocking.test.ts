import { describe, expect, it } from 'vitest';
import { typoNeighbours } from '../../../src/domain/duplicates/blockingKeys';
import { findDuplicates } from '../../../src/domain/duplicates/findDuplicates';
import { matchKeys, oneEditVariants, typoTolerantKeys } from '../../../src/domain/duplicates/matchKeys';
import { parseName } from '../../../src/domain/duplicates/parseName';
import {
  DUPLICATE_THRESHOLD,
  scoreCeiling,
  scorePair,
  type DedupeRecord,
} from '../../../src/domain/duplicates/scorePair';
import { syntheticPopulation } from '../../../src/server/demo/syntheticDuplicates';
import { dedupeRecord } from '../../helpers/factories';
import { groupPairsWithin, MAX_BLOCK, type GroupPair, type NameBlock } from '../../../src/domain/duplicates/nameBlocks';

const keys = (name: string) => matchKeys(parseName(name));

describe('match keys', () => {
  it('gives one key to a name however it is written, and one per alias', () => {
    const key = 'nguyen|lan';
    for (const name of ['Nguyễn Thị Lan', 'NGUYEN THI LAN', 'Lan Thi Nguyen', 'Nguyen, Thi Lan', 'Nguyễn Lan']) {
      expect(keys(name)).toEqual([key]);
    }
    expect(keys('Nguyễn Thị Lan (Linda)')).toEqual([key, 'nguyen|linda']);
    expect(keys('Huỳnh Văn Nam')).toEqual(keys('Hoàng Văn Nam'));
    expect(keys('Võ Thị Hồng')).toEqual(keys('Vũ Thị Hồng'));
  });

  it('keeps both readings of an ambiguous order', () => {
    expect(keys('Hoàng Lê')).toEqual(['hoang|le', 'le|hoang']);
  });

  it("looks up a single record's one-letter typos in the given and the family name", () => {
    const lookup = typoTolerantKeys(parseName('Nguyễn Thị Lan'));
    expect(lookup).toEqual(expect.arrayContaining(['nguyen|lan', 'nguyen|lam', 'nguyen|lann', 'ngyen|lan']));
    expect(oneEditVariants('lan')).toEqual(expect.arrayContaining(['ln', 'aln', 'lna', 'lant', 'xan']));
    expect(oneEditVariants('lan')).not.toContain('lan');
  });

  it('pairs name keys one typo apart, and no others', () => {
    const pairs = typoNeighbours(['nguyen|lan', 'nguyen|lann', 'ngyen|lan', 'nguyen|mai', 'tran|lan']);
    const asText = pairs.map((p) => [...p].sort().join(' ~ ')).sort();
    expect(asText).toEqual(['nguyen|lan ~ ngyen|lan', 'nguyen|lan ~ nguyen|lann'].sort());
  });
});

describe('blocks by name', () => {
  it('compares records of one name whose birth years are unknown or one apart, not further', () => {
    const fromThanhAn = { hometownCommuneCode: '31246', residenceCity: 'san jose' };
    const record = (id: string, year: number | null) =>
      dedupeRecord({ ...fromThanhAn, id, birthDate: year === null ? null : { year } });
    const records = [record('1970', 1970), record('1971', 1971), record('unknown', null), record('1973', 1973)];
    const { pairs, comparisons } = findDuplicates(records, new Map());
    const found = pairs.map((p) => [p.a, p.b].sort().join('~')).sort();
    expect(found).toEqual(['1970~1971', '1970~unknown', '1971~unknown', '1973~unknown']);
    // 1973 is not compared with 1970 or 1971.
    expect(comparisons).toBe(4);
  });
});

describe('name blocks', () => {
  const group = (from: number, size: number) => Array.from({ length: size }, (_, i) => from + i);
  const sizes = (pairs: GroupPair[]) => pairs.map(({ a, b }) => (b ? `${a.length}×${b.length}` : `${a.length}`));

  it('meets a year with the next and the unknown year, a year two apart not at all', () => {
    const block: NameBlock = new Map([
      [1970, group(0, 3)],
      [1971, group(10, 2)],
      [1973, group(20, 4)],
      [null, group(30, 1)],
    ]);
    expect(sizes(groupPairsWithin(block)).sort()).toEqual(['1', '1×2', '1×3', '1×4', '2', '3', '3×2', '4'].sort());
  });

  it('leaves the unknown year of a very common name to its own group', () => {
    const block: NameBlock = new Map([
      [1970, group(0, MAX_BLOCK - 100)],
      [1971, group(2_000, 50)],
      [null, group(4_000, 200)],
    ]);
    expect(sizes(groupPairsWithin(block)).sort()).toEqual(
      ['200', '50', `${MAX_BLOCK - 100}`, `${MAX_BLOCK - 100}×50`].sort(),
    );
  });
});

describe('score ceiling', () => {
  it('is never below the score, so that no pair it skips could have been proposed', () => {
    const { records } = syntheticPopulation(7, 3_000);
    let checked = 0;
    for (let i = 0; i + 1 < records.length; i += 2) {
      const [a, b] = [records[i]!, { ...records[i + 1]!, fullName: records[i]!.fullName }] as DedupeRecord[];
      const sharing = { familyGiven: 30, fullName: 3 };
      expect(scoreCeiling(a!, b!, sharing)).toBeGreaterThanOrEqual(scorePair(a!, b!, sharing).score);
      checked++;
    }
    expect(checked).toBeGreaterThan(1_000);
  });

  it('finds the same pairs with blocks of names as comparing every pair would', () => {
    const { records } = syntheticPopulation(3, 400);
    const everyPair = new Set<string>();
    for (let i = 0; i < records.length; i++) {
      for (let j = i + 1; j < records.length; j++) {
        if (scorePair(records[i]!, records[j]!, { familyGiven: 1, fullName: 1 }).score >= DUPLICATE_THRESHOLD)
          everyPair.add([records[i]!.id, records[j]!.id].sort().join('|'));
      }
    }
    const found = findDuplicates(records, new Map()).pairs.map((p) => [p.a, p.b].sort().join('|'));
    expect(new Set(found)).toEqual(everyPair);
  });
});
