import { describe, expect, it } from 'vitest';
import { LEGACY_PROVINCES, PROVINCES } from '../../../src/domain/reference/provinceData';
import { resolveProvince } from '../../../src/domain/reference/resolveProvince';

function codeOf(input: string): string | null {
  const result = resolveProvince(input);
  return result.ok ? result.province.code : null;
}

describe('province reference data', () => {
  it('has the 34 provinces of 2025 and the 63 legacy provinces', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(LEGACY_PROVINCES).toHaveLength(63);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    expect(new Set(LEGACY_PROVINCES.map((p) => p.code)).size).toBe(63);
  });

  it('maps every legacy province to a 2025 province, and every 2025 province has a legacy part', () => {
    const codes = new Set(PROVINCES.map((p) => p.code));
    for (const legacy of LEGACY_PROVINCES) expect(codes.has(legacy.newCode), legacy.name).toBe(true);
    expect(new Set(LEGACY_PROVINCES.map((p) => p.newCode)).size).toBe(34);
  });
});

describe('resolveProvince', () => {
  it.each([
    ['Cần Thơ', '92'],
    ['can tho', '92'],
    ['CẦN THƠ', '92'],
    ['TP. Cần Thơ', '92'],
    ['Thành phố Cần Thơ', '92'],
    ['Hải Phòng', '31'],
    ['Hà Nội', '01'],
    ['TP HCM', '79'],
    ['Thành phố Hồ Chí Minh', '79'],
    ['Huế', '46'],
  ])('resolves the 2025 name %s to %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it.each([
    ['Sóc Trăng', '92', '94'],
    ['tinh hau giang', '92', '93'],
    ['Hải Dương', '31', '30'],
    ['Bà Rịa - Vũng Tàu', '79', '77'],
    ['Bình Dương', '79', '74'],
    ['Thừa Thiên Huế', '46', '46'],
    ['Quảng Nam', '48', '49'],
    ['Kiên Giang', '91', '91'],
    ['Hà Giang', '08', '02'],
    ['Tỉnh Bạc Liêu', '96', '95'],
  ])('resolves the legacy name %s to %s through the 2025 mapping', (input, code, legacyCode) => {
    const result = resolveProvince(input);
    expect(result.ok && result.province.code).toBe(code);
    expect(result.ok && result.via).toBe('legacy');
    expect(result.ok && result.legacyCode).toBe(legacyCode);
  });

  it('prefers the 2025 province when a legacy name was kept', () => {
    const result = resolveProvince('Lào Cai');
    expect(result.ok && result.province.code).toBe('15');
    expect(result.ok && result.via).toBe('current');
  });

  it('says when it cannot resolve', () => {
    expect(resolveProvince('Atlantis')).toEqual({ ok: false, reason: 'unknown', input: 'Atlantis' });
    expect(resolveProvince('  ')).toEqual({ ok: false, reason: 'empty', input: '  ' });
  });
});
