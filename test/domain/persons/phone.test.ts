import { describe, expect, it } from 'vitest';
import { readPhoneCell, toE164 } from '../../../src/domain/persons/phone';

describe('toE164', () => {
  it.each([
    ['0912 345 678', 'VN', '+84912345678'],
    ['(+84) 912.345.678', 'VN', '+84912345678'],
    ['0049 30 1234567', 'VN', '+49301234567'],
    // A local number is read with the residence country's calling code, never as Vietnamese.
    ['030 1234567', 'DE', '+49301234567'],
    ['(408) 555-0123', 'US', '+14085550123'],
    ['+84 912 345 678', 'DE', '+84912345678'],
  ])('reads %s (%s) as %s', (input, country, e164) => {
    expect(toE164(input, country)).toBe(e164);
  });

  it('says when a number is not valid', () => {
    expect(toE164('12345')).toBeNull();
  });
});

describe('readPhoneCell', () => {
  it.each(['', 'không có', 'Chưa có', '-', 'không', 'KHÔNG CÓ', 'x', 'N/A'])('reads "%s" as no phone', (text) => {
    expect(readPhoneCell(text, 'DE')).toEqual({ phones: [], unreadable: [] });
  });

  it('reads two numbers in one cell as two phones, however they are separated', () => {
    const two = { phones: ['+84912345678', '+84987654321'], unreadable: [] };
    expect(readPhoneCell('0912345678; 0987654321')).toEqual(two);
    expect(readPhoneCell('0912345678 - 0987654321')).toEqual(two);
    expect(readPhoneCell('0912345678 hoặc 0987654321')).toEqual(two);
    expect(readPhoneCell('0912345678\n0987654321')).toEqual(two);
    expect(readPhoneCell('0912345678 0987654321')).toEqual(two);
  });

  it('reads labelled numbers and the residence country', () => {
    expect(readPhoneCell('DĐ: 0151 23456789', 'DE')).toEqual({ phones: ['+4915123456789'], unreadable: [] });
  });

  it('reads a number that is none of the residence country but a Vietnamese one as Vietnamese', () => {
    expect(readPhoneCell('0901 234 567', 'AU')).toEqual({ phones: ['+84901234567'], unreadable: [] });
    expect(readPhoneCell('0412 345 678', 'AU')).toEqual({ phones: ['+61412345678'], unreadable: [] });
  });

  it('hands back what is not a number, keeping the numbers that are', () => {
    expect(readPhoneCell('0912345678; 12 34')).toEqual({ phones: ['+84912345678'], unreadable: ['12 34'] });
    expect(readPhoneCell('gọi qua Zalo')).toEqual({ phones: [], unreadable: ['gọi qua Zalo'] });
  });
});
