import { describe, expect, it } from 'vitest';
import { checkPartialDate, formatPartialDate, parsePartialDate } from '../../../src/domain/persons/partialDate';

const today = new Date('2026-11-23T00:00:00Z');

describe('partial dates', () => {
  it.each([
    ['1985', { year: 1985 }],
    ['3/1985', { year: 1985, month: 3 }],
    ['03-1985', { year: 1985, month: 3 }],
    ['31/3/1985', { year: 1985, month: 3, day: 31 }],
    ['31.03.1985', { year: 1985, month: 3, day: 31 }],
    ['1985-03-31', { year: 1985, month: 3, day: 31 }],
    ['29/02/2024', { year: 2024, month: 2, day: 29 }],
  ])('reads %s', (text, date) => {
    expect(parsePartialDate(text, today)).toEqual(date);
  });

  it.each([
    ['31/02/1990', 'dateInvalid'],
    ['29/02/2023', 'dateInvalid'],
    ['13/1990', 'dateInvalid'],
    ['24/11/2026', 'dateInFuture'],
    ['2027', 'dateInFuture'],
    ['1850', 'dateTooOld'],
    ['abc', 'dateFormat'],
    ['', 'dateFormat'],
  ])('rejects %s as %s', (text, problem) => {
    expect(parsePartialDate(text, today)).toBe(problem);
  });

  it('accepts today and a year or month not yet over', () => {
    expect(checkPartialDate({ year: 2026, month: 11, day: 23 }, today)).toBeNull();
    expect(checkPartialDate({ year: 2026 }, today)).toBeNull();
    expect(checkPartialDate({ year: 2026, month: 11 }, today)).toBeNull();
  });

  it('writes dates day first without inventing missing parts', () => {
    expect(formatPartialDate({ year: 1985 })).toBe('1985');
    expect(formatPartialDate({ year: 1985, month: 3 })).toBe('03/1985');
    expect(formatPartialDate({ year: 1985, month: 3, day: 9 })).toBe('09/03/1985');
  });
});
