import { describe, expect, it } from 'vitest';
import { findCommune, resolveHometownUnits } from '../../../src/server/reference/adminUnits';

const communeName = (code: string | null) => (code ? findCommune(code)?.fullName : null);

describe('resolveCommune', () => {
  it.each([
    // Old form: commune, district, province, with and without unit words and diacritics.
    ['Phường An Hòa, Quận Ninh Kiều, TP Cần Thơ', '92'],
    ['xã Đại Hải, huyện Kế Sách, tỉnh Sóc Trăng', '92'],
    ['xa Dai Hai, huyen Ke Sach, tinh Soc Trang', '92'],
    ['Xã Đại Hải Huyện Kế Sách Tỉnh Sóc Trăng', '92'],
    ['Đại Hải - Kế Sách - Sóc Trăng', '92'],
    ['xã Long Bình, huyện Long Mỹ, Hậu Giang', '92'],
    // District - province, district alone.
    ['Kế Sách - Sóc Trăng', '92'],
    ['H. Kế Sách, T. Sóc Trăng', '92'],
    // Provinces merged long before 2025.
    ['Hà Tây', '01'],
    ['Minh Hải', '96'],
    ['Sóc Trăng cũ (nay là Cần Thơ)', '92'],
    ['Hải Dương', '31'],
  ])('%s lies in province %s', (text, province) => {
    expect(resolveHometownUnits(text).provinceCode).toBe(province);
  });

  it('resolves an old commune to the 2025 commune that took it, and keeps the old province', () => {
    const units = resolveHometownUnits('xã Đại Hải, huyện Kế Sách, tỉnh Sóc Trăng');
    expect(units).toMatchObject({ provinceCode: '92', legacyProvinceCode: '94' });
    expect(communeName(units.communeCode)).toMatch(/Đại Hải|Kế Sách/);
  });

  it('resolves the new form: commune and province', () => {
    const units = resolveHometownUnits('Phường Ninh Kiều, TP Cần Thơ');
    expect(units.provinceCode).toBe('92');
    expect(communeName(units.communeCode)).toBe('Phường Ninh Kiều');
    expect(communeName(resolveHometownUnits('phuong ninh kieu, can tho').communeCode)).toBe('Phường Ninh Kiều');
  });

  it('finds a commune by the district that really held it, whatever the type word says', () => {
    // Xã Long Bình belonged to thị xã Long Mỹ, not huyện Long Mỹ.
    const units = resolveHometownUnits('xã Long Bình, huyện Long Mỹ, Hậu Giang');
    expect(units.communeCode ?? units.communeCandidates[0]).toBeTruthy();
  });

  it('keeps every candidate of an old commune split between new ones', () => {
    const split = resolveHometownUnits('Phường Cổ Nhuế 1, Quận Bắc Từ Liêm, Hà Nội');
    expect(split.communeCode).toBeNull();
    expect(split.communeCandidates.length).toBeGreaterThan(1);
    expect(split.provinceCode).toBe('01');
  });

  it('reads the writer\u2019s own "nay là" for the 2025 unit', () => {
    const units = resolveHometownUnits('xã Đại Hải, huyện Kế Sách, Sóc Trăng cũ (nay là xã Đại Hải, TP Cần Thơ)');
    expect(units.provinceCode).toBe('92');
    expect(communeName(units.communeCode)).toBe('Xã Đại Hải');
  });

  it('leaves a province divided long ago without a single province', () => {
    expect(resolveHometownUnits('Hà Sơn Bình').provinceCode).toBeNull();
    expect(resolveHometownUnits('Narnia')).toMatchObject({ provinceCode: null, communeCode: null });
  });
});
