import { describe, expect, it } from 'vitest';
import { compareNames, isOneEdit } from '../../../src/domain/duplicates/compareNames';
import { parseName } from '../../../src/domain/duplicates/parseName';
import { countSharing, sharingOf } from '../../../src/domain/duplicates/nameSharing';
import {
  DUPLICATE_THRESHOLD,
  parsed,
  proposePair,
  scorePair,
  type DedupeRecord,
} from '../../../src/domain/duplicates/scorePair';
import { dedupeRecord } from '../../helpers/factories';

const LAN = { family: 'nguyen', middle: ['thi'], given: 'lan' };

describe('parseName', () => {
  it.each([
    ['Nguyễn Thị Lan', LAN],
    ['NGUYEN THI LAN', LAN],
    ['Lan Thi Nguyen', LAN],
    ['Nguyen, Thi Lan', LAN],
    // Family, Given Middle: as Western forms order them.
    ['Nguyễn, Lan Thị', LAN],
    ['NGUYỄN, LAN THỊ', LAN],
    ['nguyễn   thị lan', LAN],
  ])('reads %s as family, middle and given name', (name, expected) => {
    expect(parseName(name)).toMatchObject(expected);
  });

  it('takes a name in parentheses as another name of the person', () => {
    expect(parseName('Nguyễn Thị Lan (Linda)')).toMatchObject({ ...LAN, aliases: ['linda'] });
  });

  it('keeps both readings of a name whose first and last words are family names', () => {
    const name = parseName('Hoang Le');
    expect(name).toMatchObject({ family: 'hoang', given: 'le' });
    expect(name.reversed).toMatchObject({ family: 'le', given: 'hoang' });
  });
  it('keeps both readings of "Family, Given Middle" when no Thị or Văn tells the order', () => {
    const name = parseName('Kim, Trang Ngọc Toàn');
    expect(name).toMatchObject({ family: 'kim', middle: ['trang', 'ngoc'], given: 'toan' });
    expect(name.reversed).toMatchObject({ family: 'kim', middle: ['ngoc', 'toan'], given: 'trang' });
    expect(compareNames(parseName('Kim Ngọc Toàn Trang'), name)).toEqual([]);
    expect(parseName('Nguyễn, Lan Thị').reversed).toBeUndefined();
  });
});

describe('compareNames', () => {
  const same = (a: string, b: string) => compareNames(parseName(a), parseName(b));
  it('sees one name through diacritics, capitals and order', () => {
    expect(same('Nguyễn Thị Lan', 'LAN THI NGUYEN')).toEqual([]);
    expect(same('Nguyễn Thị Lan', 'Nguyen, Thi Lan')).toEqual([]);
    expect(same('Trần Văn Hùng', 'Trần, Hùng Văn')).toEqual([]);
    // Unmarked, "Van" may be the given name Vân: the order is kept.
    expect(parseName('NGUYEN, NGOC VAN')).toMatchObject({ family: 'nguyen', middle: ['ngoc'], given: 'van' });
  });
  it('names how the names differ', () => {
    expect(same('Nguyễn Thị Lan', 'Nguyễn Lan')).toEqual(['middleMissing']);
    expect(same('Nguyễn Thị Lan', 'Nguyễn Thị Lann')).toEqual(['givenTypo']);
    expect(same('Nguyễn Thị Lan', 'Nguyen Thi Lna')).toEqual(['givenTypo']);
    expect(same('Hoàng Văn Nam', 'Huỳnh Văn Nam')).toEqual(['familyVariant']);
    expect(same('Vũ Thị Hoa', 'Võ Thị Hoa')).toEqual(['familyVariant']);
    expect(same('Nguyễn Thị Lan (Linda)', 'Linda Nguyen')).toEqual(['alias', 'middleMissing']);
    expect(same('Lê Hữu Hoàng', 'Hoang Le')).toEqual(['middleMissing']);
  });
  it('tells different names apart', () => {
    expect(same('Nguyễn Thị Lan', 'Nguyễn Thị Hoa')).toBeNull();
    expect(same('Nguyễn Văn An', 'Trần Văn An')).toBeNull();
  });
  it('takes no one-letter difference between short words for a typo', () => {
    expect(isOneEdit('an', 'ah')).toBe(false);
    expect(isOneEdit('thu', 'th')).toBe(true);
    expect(isOneEdit('lan', 'lna')).toBe(true);
  });
});

const person = dedupeRecord;

/** A name shared by `count` records, whole or without its middle name. */
const shared = (count: number) => ({ familyGiven: count, fullName: count });

describe('scorePair', () => {
  const isDuplicate = (a: DedupeRecord, b: DedupeRecord, sharing = 50) =>
    scorePair(a, b, shared(sharing)).score >= DUPLICATE_THRESHOLD;
  const factors = (a: DedupeRecord, b: DedupeRecord) =>
    Object.fromEntries(scorePair(a, b, shared(50)).evidence.map((e) => [e.factor, e.weight]));

  it('proposes one person written differently, with the same birth date', () => {
    expect(isDuplicate(person({}), person({ fullName: 'LAN THI NGUYEN' }))).toBe(true);
  });
  it('counts a day/month swap and a year-only date as agreement', () => {
    expect(isDuplicate(person({}), person({ birthDate: { year: 1970, month: 12, day: 5 } }))).toBe(true);
    expect(isDuplicate(person({}), person({ birthDate: { year: 1970 } }), 4)).toBe(true);
  });
  it('keeps apart a common name with the same birth year but another birth date', () => {
    expect(isDuplicate(person({}), person({ birthDate: { year: 1970, month: 5, day: 13 } }))).toBe(false);
  });
  it('keeps apart the same name and birth date with different fathers', () => {
    const father = (name: string) => [{ role: 'father', name }];
    expect(
      isDuplicate(person({ relatives: father('Nguyễn Văn Tám') }), person({ relatives: father('Nguyễn Văn Chín') })),
    ).toBe(false);
  });
  it('joins an English given name to a Vietnamese one only through a shared phone or email', () => {
    const lan = person({ birthDate: { year: 1970 }, emails: ['lan@example.com'] });
    const linda = { fullName: 'Linda Nguyen', birthDate: { year: 1970 } };
    expect(isDuplicate(lan, person({ ...linda, emails: ['lan@example.com'] }), 10)).toBe(true);
    expect(isDuplicate(lan, person(linda), 10)).toBe(false);
    // Her daughter, who shares the family phone, was born another year: apart.
    const daughter = person({ fullName: 'Linda Nguyen', birthDate: { year: 1995 }, emails: ['lan@example.com'] });
    expect(isDuplicate(lan, daughter, 10)).toBe(false);
    expect(factors(lan, person({ ...linda, emails: ['lan@example.com'] }))).toHaveProperty(['name.englishGiven']);
  });

  it('lets a shared phone or passport outweigh a common name with a year only', () => {
    const a = person({ birthDate: { year: 1970 }, phones: ['+84901234567'] });
    expect(isDuplicate(a, person({ birthDate: { year: 1970 } }), 5_000)).toBe(false);
    expect(isDuplicate(a, person({ birthDate: { year: 1970 }, phones: ['+84901234567'] }), 5_000)).toBe(true);
  });
  it('gives a common name less weight than a rare one', () => {
    const a = person({ birthDate: { year: 1970 }, hometownProvinceCode: null, residenceCountry: null });
    expect(scorePair(a, a, shared(2)).score).toBeGreaterThan(scorePair(a, a, shared(2_000)).score);
  });
  it('weighs the whole name by how many share it when the middle names agree, else family and given name', () => {
    const sharing = { familyGiven: 4_096, fullName: 256 };
    const same = scorePair(person({}), person({ fullName: 'NGUYEN THI LAN' }), sharing).evidence;
    expect(same).toContainEqual({ factor: 'fullName', weight: -10 });
    const dropped = scorePair(person({}), person({ fullName: 'Nguyễn Lan' }), sharing).evidence;
    expect(dropped).toContainEqual({ factor: 'name', weight: -14 });
  });
  it('counts a hometown commune shared within one province: an identical name without birth date, a birth year off by one', () => {
    const fromThanhAn = { hometownCommuneCode: '31246', residenceCity: 'san jose' };
    const noBirth = person({ ...fromThanhAn, birthDate: null });
    expect(isDuplicate(noBirth, person({ ...fromThanhAn, birthDate: null }), 20)).toBe(true);
    expect(isDuplicate(noBirth, person({ ...fromThanhAn, hometownCommuneCode: null, birthDate: null }), 20)).toBe(
      false,
    );
    const born1970 = person({ ...fromThanhAn, birthDate: { year: 1970 } });
    expect(isDuplicate(born1970, person({ ...fromThanhAn, birthDate: { year: 1971 } }), 4)).toBe(true);
    // Her sister, two years younger, sharing the family phone, parents and hometown: apart.
    const family = {
      ...fromThanhAn,
      phones: ['+14085550100'],
      relatives: [{ role: 'father', name: 'Nguyễn Văn Tám' }],
    };
    const sister = person({ ...family, fullName: 'Nguyễn Thị Hoa', birthDate: { year: 1972 } });
    expect(isDuplicate(person(family), sister, 4)).toBe(false);
    expect(factors(noBirth, person({ ...fromThanhAn, hometownCommuneCode: '31231' }))).toHaveProperty(
      'hometownCommuneDiffers',
    );
  });
  it('counts the city of residence within one country only', () => {
    const inSanJose = person({ residenceCity: 'san jose' });
    expect(factors(inSanJose, person({ residenceCity: 'san jose' }))).toHaveProperty('city');
    expect(factors(inSanJose, person({ residenceCity: 'houston' }))).toHaveProperty('cityDiffers');
    const inFrance = person({ residenceCountry: 'FR', residenceCity: 'san jose' });
    expect(Object.keys(factors(inSanJose, inFrance))).not.toContain('city');
  });
  it('counts a relative named on both sides; two brothers of other names are no conflict, two fathers are', () => {
    const brother = (name: string) => ({ role: 'anh', name });
    const withBrother = person({ relatives: [brother('Nguyễn Văn Hai')] });
    expect(factors(withBrother, person({ relatives: [brother('NGUYEN VAN HAI')] }))).toHaveProperty('relative', 4);
    expect(Object.keys(factors(withBrother, person({ relatives: [brother('Nguyễn Văn Ba')] })))).not.toContain(
      'parentDiffers',
    );
    const father = (name: string) => person({ relatives: [{ role: 'father', name }] });
    expect(factors(father('Nguyễn Văn Tám'), father('Nguyễn Văn Chín'))).toHaveProperty('parentDiffers', -15);
  });
});

describe('name sharing', () => {
  it('counts records by family and given name, and by whole name', () => {
    const counts = countSharing(
      ['Nguyễn Thị Lan', 'NGUYEN THI LAN', 'Nguyễn Ngọc Lan', 'Huỳnh Thị Lan'].map((n) => parseName(n)),
    );
    expect(sharingOf(counts, parseName('Lan Thi Nguyen'))).toEqual({ familyGiven: 3, fullName: 2 });
    expect(sharingOf(counts, parseName('Hoàng Thị Lan'))).toEqual({ familyGiven: 1, fullName: 1 });
    expect(sharingOf(counts, parseName('Trần Văn Nam'))).toEqual({ familyGiven: 1, fullName: 1 });
  });
});

// Where the line between proposed and not lies, pinned by pairs rather than by the threshold itself:
// a year of birth alone, everything else alike, of a name that 64 records share scores 3.5 bits (about
// 11 to 1 for one person) and is proposed; of a name 128 share, 2.5 bits (about 6 to 1): not proposed.
describe('which pairs are proposed for review', () => {
  const yearOnly = (id: string) => person({ id, birthDate: { year: 1970 } });
  const proposed = (sharing: number) => {
    const [a, b] = [yearOnly('a'), yearOnly('b')];
    return proposePair(a, b, shared(sharing), { a: parsed(a), b: parsed(b) });
  };

  it('proposes a year-only pair of a name 64 records share (3.5 bits)', () => {
    expect(proposed(64)).toMatchObject({ a: 'a', b: 'b', score: 3.5 });
  });

  it('leaves out a year-only pair of a name 128 records share (2.5 bits)', () => {
    expect(proposed(128)).toBeNull();
  });
});
