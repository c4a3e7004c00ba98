import { describe, expect, it } from 'vitest';
import { oneEditVariants } from '../../../src/domain/persons/nameTypos';
import { nameWords, sortedNameKey } from '../../../src/domain/persons/personName';
import { toE164 } from '../../../src/domain/persons/phone';

describe('name search forms', () => {
  it('gives the same words for any way of writing a name', () => {
    const key = sortedNameKey('Nguyễn Văn An');
    for (const form of ['nguyen van an', 'NGUYỄN VĂN AN', 'An Van Nguyen', 'Văn  An,Nguyễn'])
      expect(sortedNameKey(form)).toBe(key);
  });

  it('splits parentheses and commas into words', () => {
    expect(nameWords('Nguyễn Thị Lan (Linda)')).toEqual(['nguyen', 'thi', 'lan', 'linda']);
    expect(nameWords('Nguyen, Lan')).toEqual(['nguyen', 'lan']);
  });

  it('lists the spellings one typo away', () => {
    const variants = oneEditVariants('bich');
    expect(variants).toEqual(expect.arrayContaining(['bch', 'ibch', 'bichh', 'binh', 'abich']));
    expect(variants).not.toContain('bich');
    expect(variants).not.toContain('binhh');
  });
});

describe('phone numbers', () => {
  it.each([
    ['0912 345 678', '+84912345678'],
    ['(+84) 912.345.678', '+84912345678'],
    ['84912345678', '+84912345678'],
    ['0049 30 1234567', '+49301234567'],
    ['+1 408-555-1234', '+14085551234'],
  ])('stores %s as %s', (input, e164) => {
    expect(toE164(input)).toBe(e164);
  });

  it('says when a number is not valid', () => {
    expect(toE164('12')).toBeNull();
    expect(toE164('not a phone')).toBeNull();
  });
});
