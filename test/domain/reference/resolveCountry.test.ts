import { describe, expect, it } from 'vitest';
import { COUNTRIES, findCountry, resolveCountry } from '../../../src/domain/reference/countries';

function codeOf(input: string): string | null {
  const result = resolveCountry(input);
  return result.ok ? result.country.code : null;
}

describe('resolveCountry', () => {
  it.each([
    ['Mỹ', 'US'],
    ['Hoa Kỳ', 'US'],
    ['hoa ky', 'US'],
    ['United States', 'US'],
    ['Đài Loan (Trung Quốc)', 'TW'],
    ['Đài Loan', 'TW'],
    ['CHLB Đức', 'DE'],
    ['Đức', 'DE'],
    ['Germany', 'DE'],
    ['Séc', 'CZ'],
    ['Cộng hòa Séc', 'CZ'],
    ['Liên bang Nga', 'RU'],
    ['NHẬT BẢN', 'JP'],
    ['Hàn Quốc', 'KR'],
    ['Úc', 'AU'],
    ['Campuchia', 'KH'],
    ['Lào', 'LA'],
    ['fr', 'FR'],
    ['USA', 'US'],
    ['BEL', 'BE'],
    // Vietnamese short names are names before they are ISO codes (BI Burundi, NGA Nigeria, UC…).
    ['Bỉ', 'BE'],
    ['Bi', 'BE'],
    ['Nga', 'RU'],
    ['NGA', 'RU'],
    ['Áo', 'AT'],
    ['Ý', 'IT'],
    ['Hung', 'HU'],
    ['Thụy Sỹ', 'CH'],
    ['Đại Hàn', 'KR'],
    ['Nam Hàn', 'KR'],
    ['Korea', 'KR'],
    ['Republic of Korea', 'KR'],
    ['Ukraina', 'UA'],
    ['U-crai-na', 'UA'],
    ['Hoa Kỳ (Mỹ)', 'US'],
    ['Bang California (Mỹ)', 'US'],
    ['Cộng hòa Pháp', 'FR'],
    ['Vương quốc Bỉ', 'BE'],
    ['CH Ba Lan', 'PL'],
    ['Berlin, CHLB Đức', 'DE'],
    ['Sydney - Úc', 'AU'],
    ['Tiệp Khắc', 'CZ'],
    ['Ca-na-đa', 'CA'],
    ['Canada', 'CA'],
    ['Cam Pu Chia', 'KH'],
    ['Đài Loan (TQ)', 'TW'],
    ['Nhật Bản'.normalize('NFD'), 'JP'],
  ])('resolves %s to %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('says when it cannot resolve', () => {
    expect(resolveCountry('Narnia')).toEqual({ ok: false, reason: 'unknown', input: 'Narnia' });
    expect(codeOf('Xy')).toBeNull();
    expect(resolveCountry('')).toEqual({ ok: false, reason: 'empty', input: '' });
  });

  it('has Vietnamese and English names for every ISO country', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(249);
    expect(findCountry('us')).toEqual({ code: 'US', nameVi: 'Hoa Kỳ', nameEn: 'United States of America' });
    for (const country of COUNTRIES) {
      expect(country.nameVi).not.toBe('');
      expect(country.nameEn).not.toBe('');
    }
  });
});
