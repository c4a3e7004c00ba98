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

const keys = (name: string, year: number | null = 1980) => matchKeys(parseName(name), year);

describe('match keys', () => {
  it('gives one key to a name however it is written, and one per alias', () => {
    const key = 'nguyen|1980|lan';
    for (const name of ['Nguyễn Thị Lan', 'NGUYEN THI LAN', 'Lan Thi Nguyen', 'Nguyen, Thi Lan', 'Nguyễn Lan']) {
      expect(keys(name)).toEqual([key]);
    }
    expect(keys('Nguyễn Thị Lan (Linda)')).toEqual([key, 'nguyen|1980|linda']);
    expect(keys('Huỳnh Văn Nam')).toEqual(keys('Hoàng Văn Nam'));
    expect(keys('Võ Thị Hồng')).toEqual(keys('Vũ Thị Hồng'));
  });

  it('keeps both readings of an ambiguous order', () => {
    expect(keys('Hoàng Lê')).toEqual(['hoang|1980|le', 'le|1980|hoang']);
  });

  it("looks up a single record's one-letter typos in the given and the family name", () => {
    const lookup = typoTolerantKeys(parseName('Nguyễn Thị Lan'), 1980);
    expect(lookup).toEqual(
      expect.arrayContaining(['nguyen|1980|lan', 'nguyen|1980|lam', 'nguyen|1980|lann', 'ngyen|1980|lan']),
    );
    expect(oneEditVariants('lan')).toEqual(expect.arrayContaining(['ln', 'aln', 'lna', 'lant', 'xan']));
    expect(oneEditVariants('lan')).not.toContain('lan');
  });

  it('pairs name keys one typo apart, and no others', () => {
    const pairs = typoNeighbours([
      'nguyen|1980|lan',
      'nguyen|1980|lann',
      'ngyen|1980|lan',
      'nguyen|1980|mai',
      'nguyen|1981|lan',
    ]);
    const asText = pairs.map((p) => [...p].sort().join(' ~ ')).sort();
    expect(asText).toEqual(['nguyen|1980|lan ~ ngyen|1980|lan', 'nguyen|1980|lan ~ nguyen|1980|lann'].sort());
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
