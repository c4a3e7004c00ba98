import { describe, expect, it } from 'vitest';
import {
  cellText,
  isTotalRow,
  parseBirthDate,
  parseCategories,
  parseConsent,
  parseSex,
} from '../../../src/domain/imports/cellValues';

const today = new Date(Date.UTC(2026, 10, 23));

describe('parseBirthDate', () => {
  it.each([
    ['31/03/1985', { year: 1985, month: 3, day: 31 }],
    ['3/1985', { year: 1985, month: 3 }],
    ['1985', { year: 1985 }],
    [1985, { year: 1985 }],
    ['1985.0', { year: 1985 }],
    [31137, { year: 1985, month: 3, day: 31 }],
    [new Date(Date.UTC(1985, 2, 31)), { year: 1985, month: 3, day: 31 }],
    // Two-digit years: the latest year that is not after today.
    ['14/02/77', { year: 1977, month: 2, day: 14 }],
    ['1.6.05', { year: 2005, month: 6, day: 1 }],
    ['01-12-27', { year: 1927, month: 12, day: 1 }],
    // Dates in words, months alone, years alone or approximate.
    ['ngày 5 tháng 3 năm 1960', { year: 1960, month: 3, day: 5 }],
    ['Ngày 05 tháng 03 năm 1960', { year: 1960, month: 3, day: 5 }],
    ['tháng 6/1998', { year: 1998, month: 6 }],
    ['Tháng 6 năm 1998', { year: 1998, month: 6 }],
    ['T6/1998', { year: 1998, month: 6 }],
    ['năm 1970', { year: 1970 }],
    ['khoảng 1970', { year: 1970 }],
    ['Khoảng năm 1970', { year: 1970 }],
    ['~1970', { year: 1970 }],
    ['1970?', { year: 1970 }],
    ['sinh năm 1970', { year: 1970 }],
  ])('%s', (value, expected) => {
    expect(parseBirthDate(value, today)).toEqual(expected);
  });

  it('says what is wrong', () => {
    expect(parseBirthDate('31/02/1985', today)).toBe('dateInvalid');
    expect(parseBirthDate('01/01/2030', today)).toBe('dateInFuture');
    expect(parseBirthDate('hôm qua', today)).toBe('dateFormat');
    expect(parseBirthDate('ngày 30 tháng 2 năm 1960', today)).toBe('dateInvalid');
    expect(parseBirthDate('tháng 13/1998', today)).toBe('dateInvalid');
    expect(parseBirthDate('', today)).toBeNull();
    expect(parseBirthDate(null, today)).toBeNull();
  });
});

describe('parseSex', () => {
  it.each([
    ['Nam', 'male'],
    ['NỮ', 'female'],
    ['nu', 'female'],
    ['Male', 'male'],
    ['F', 'female'],
    ['M', 'male'],
    ['Khác', 'other'],
  ])('%s → %s', (value, sex) => {
    expect(parseSex(value)).toBe(sex);
  });
  it('refuses anything else and accepts a blank', () => {
    expect(parseSex('X')).toBe('sexInvalid');
    expect(parseSex('')).toBeNull();
  });
});

describe('parseCategories', () => {
  it('reads several, by any name', () => {
    expect(parseCategories('Định cư; Chuyên gia, trí thức')).toEqual(['settled', 'expert']);
    expect(parseCategories('du học sinh')).toEqual(['student']);
    expect(parseCategories('Worker')).toEqual(['worker']);
    expect(parseCategories('')).toEqual([]);
    expect(parseCategories('phi hành gia')).toBe('categoryUnknown');
  });
});

describe('parseConsent', () => {
  it('reads yes and no', () => {
    expect(parseConsent('Có')).toBe('given');
    expect(parseConsent('x')).toBe('given');
    expect(parseConsent('Không')).toBe('refused');
    expect(parseConsent(null)).toBe('unknown');
    expect(parseConsent('có lẽ')).toBe('consentInvalid');
  });
});

describe('cells', () => {
  it('shows dates as dd/mm/yyyy', () => {
    expect(cellText(new Date(Date.UTC(1985, 2, 1)))).toBe('01/03/1985');
  });
  it('recognises a total row, not a name beginning with Công', () => {
    expect(isTotalRow(['', 'Tổng cộng: 120 người'])).toBe(true);
    expect(isTotalRow(['1', 'Công Phượng'])).toBe(false);
  });
});
