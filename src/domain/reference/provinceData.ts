/**
 * Provincial-level administrative units of Việt Nam (đơn vị hành chính cấp tỉnh).
 *
 * Source: Nghị quyết 202/2025/QH15 (arrangement of provincial units, in force 1 July 2025) and
 * Quyết định 19/2025/QĐ-TTg (codes of the new units). Transcribed by hand on 2026-11-23 because
 * ../shared/data/vn-admin-units was not present in the workspace; codes follow the General
 * Statistics Office's list (a merged unit keeps the code of the unit whose seat it kept).
 * Communes are not included: no commune list was available.
 */

/** One of the 34 provincial units in force since 1 July 2025. */
export interface Province {
  code: string;
  name: string;
  nameEn: string;
  /** thành phố trực thuộc trung ương (centrally governed city) or tỉnh */
  kind: 'city' | 'province';
}

/** One of the 63 provincial units in force until 30 June 2025, with the 2025 unit it became part of. */
export interface LegacyProvince {
  code: string;
  name: string;
  newCode: string;
}

export const PROVINCES: readonly Province[] = [
  { code: '01', name: 'Hà Nội', nameEn: 'Ha Noi', kind: 'city' },
  { code: '04', name: 'Cao Bằng', nameEn: 'Cao Bang', kind: 'province' },
  { code: '08', name: 'Tuyên Quang', nameEn: 'Tuyen Quang', kind: 'province' },
  { code: '11', name: 'Điện Biên', nameEn: 'Dien Bien', kind: 'province' },
  { code: '12', name: 'Lai Châu', nameEn: 'Lai Chau', kind: 'province' },
  { code: '14', name: 'Sơn La', nameEn: 'Son La', kind: 'province' },
  { code: '15', name: 'Lào Cai', nameEn: 'Lao Cai', kind: 'province' },
  { code: '19', name: 'Thái Nguyên', nameEn: 'Thai Nguyen', kind: 'province' },
  { code: '20', name: 'Lạng Sơn', nameEn: 'Lang Son', kind: 'province' },
  { code: '22', name: 'Quảng Ninh', nameEn: 'Quang Ninh', kind: 'province' },
  { code: '24', name: 'Bắc Ninh', nameEn: 'Bac Ninh', kind: 'province' },
  { code: '25', name: 'Phú Thọ', nameEn: 'Phu Tho', kind: 'province' },
  { code: '31', name: 'Hải Phòng', nameEn: 'Hai Phong', kind: 'city' },
  { code: '33', name: 'Hưng Yên', nameEn: 'Hung Yen', kind: 'province' },
  { code: '37', name: 'Ninh Bình', nameEn: 'Ninh Binh', kind: 'province' },
  { code: '38', name: 'Thanh Hóa', nameEn: 'Thanh Hoa', kind: 'province' },
  { code: '40', name: 'Nghệ An', nameEn: 'Nghe An', kind: 'province' },
  { code: '42', name: 'Hà Tĩnh', nameEn: 'Ha Tinh', kind: 'province' },
  { code: '44', name: 'Quảng Trị', nameEn: 'Quang Tri', kind: 'province' },
  { code: '46', name: 'Huế', nameEn: 'Hue', kind: 'city' },
  { code: '48', name: 'Đà Nẵng', nameEn: 'Da Nang', kind: 'city' },
  { code: '51', name: 'Quảng Ngãi', nameEn: 'Quang Ngai', kind: 'province' },
  { code: '52', name: 'Gia Lai', nameEn: 'Gia Lai', kind: 'province' },
  { code: '56', name: 'Khánh Hòa', nameEn: 'Khanh Hoa', kind: 'province' },
  { code: '66', name: 'Đắk Lắk', nameEn: 'Dak Lak', kind: 'province' },
  { code: '68', name: 'Lâm Đồng', nameEn: 'Lam Dong', kind: 'province' },
  { code: '75', name: 'Đồng Nai', nameEn: 'Dong Nai', kind: 'province' },
  { code: '79', name: 'Hồ Chí Minh', nameEn: 'Ho Chi Minh City', kind: 'city' },
  { code: '80', name: 'Tây Ninh', nameEn: 'Tay Ninh', kind: 'province' },
  { code: '82', name: 'Đồng Tháp', nameEn: 'Dong Thap', kind: 'province' },
  { code: '86', name: 'Vĩnh Long', nameEn: 'Vinh Long', kind: 'province' },
  { code: '91', name: 'An Giang', nameEn: 'An Giang', kind: 'province' },
  { code: '92', name: 'Cần Thơ', nameEn: 'Can Tho', kind: 'city' },
  { code: '96', name: 'Cà Mau', nameEn: 'Ca Mau', kind: 'province' },
];

export const LEGACY_PROVINCES: readonly LegacyProvince[] = [
  { code: '01', name: 'Hà Nội', newCode: '01' },
  { code: '02', name: 'Hà Giang', newCode: '08' },
  { code: '04', name: 'Cao Bằng', newCode: '04' },
  { code: '06', name: 'Bắc Kạn', newCode: '19' },
  { code: '08', name: 'Tuyên Quang', newCode: '08' },
  { code: '10', name: 'Lào Cai', newCode: '15' },
  { code: '11', name: 'Điện Biên', newCode: '11' },
  { code: '12', name: 'Lai Châu', newCode: '12' },
  { code: '14', name: 'Sơn La', newCode: '14' },
  { code: '15', name: 'Yên Bái', newCode: '15' },
  { code: '17', name: 'Hòa Bình', newCode: '25' },
  { code: '19', name: 'Thái Nguyên', newCode: '19' },
  { code: '20', name: 'Lạng Sơn', newCode: '20' },
  { code: '22', name: 'Quảng Ninh', newCode: '22' },
  { code: '24', name: 'Bắc Giang', newCode: '24' },
  { code: '25', name: 'Phú Thọ', newCode: '25' },
  { code: '26', name: 'Vĩnh Phúc', newCode: '25' },
  { code: '27', name: 'Bắc Ninh', newCode: '24' },
  { code: '30', name: 'Hải Dương', newCode: '31' },
  { code: '31', name: 'Hải Phòng', newCode: '31' },
  { code: '33', name: 'Hưng Yên', newCode: '33' },
  { code: '34', name: 'Thái Bình', newCode: '33' },
  { code: '35', name: 'Hà Nam', newCode: '37' },
  { code: '36', name: 'Nam Định', newCode: '37' },
  { code: '37', name: 'Ninh Bình', newCode: '37' },
  { code: '38', name: 'Thanh Hóa', newCode: '38' },
  { code: '40', name: 'Nghệ An', newCode: '40' },
  { code: '42', name: 'Hà Tĩnh', newCode: '42' },
  { code: '44', name: 'Quảng Bình', newCode: '44' },
  { code: '45', name: 'Quảng Trị', newCode: '44' },
  { code: '46', name: 'Thừa Thiên Huế', newCode: '46' },
  { code: '48', name: 'Đà Nẵng', newCode: '48' },
  { code: '49', name: 'Quảng Nam', newCode: '48' },
  { code: '51', name: 'Quảng Ngãi', newCode: '51' },
  { code: '52', name: 'Bình Định', newCode: '52' },
  { code: '54', name: 'Phú Yên', newCode: '66' },
  { code: '56', name: 'Khánh Hòa', newCode: '56' },
  { code: '58', name: 'Ninh Thuận', newCode: '56' },
  { code: '60', name: 'Bình Thuận', newCode: '68' },
  { code: '62', name: 'Kon Tum', newCode: '51' },
  { code: '64', name: 'Gia Lai', newCode: '52' },
  { code: '66', name: 'Đắk Lắk', newCode: '66' },
  { code: '67', name: 'Đắk Nông', newCode: '68' },
  { code: '68', name: 'Lâm Đồng', newCode: '68' },
  { code: '70', name: 'Bình Phước', newCode: '75' },
  { code: '72', name: 'Tây Ninh', newCode: '80' },
  { code: '74', name: 'Bình Dương', newCode: '79' },
  { code: '75', name: 'Đồng Nai', newCode: '75' },
  { code: '77', name: 'Bà Rịa - Vũng Tàu', newCode: '79' },
  { code: '79', name: 'Hồ Chí Minh', newCode: '79' },
  { code: '80', name: 'Long An', newCode: '80' },
  { code: '82', name: 'Tiền Giang', newCode: '82' },
  { code: '83', name: 'Bến Tre', newCode: '86' },
  { code: '84', name: 'Trà Vinh', newCode: '86' },
  { code: '86', name: 'Vĩnh Long', newCode: '86' },
  { code: '87', name: 'Đồng Tháp', newCode: '82' },
  { code: '89', name: 'An Giang', newCode: '91' },
  { code: '91', name: 'Kiên Giang', newCode: '91' },
  { code: '92', name: 'Cần Thơ', newCode: '92' },
  { code: '93', name: 'Hậu Giang', newCode: '92' },
  { code: '94', name: 'Sóc Trăng', newCode: '92' },
  { code: '95', name: 'Bạc Liêu', newCode: '96' },
  { code: '96', name: 'Cà Mau', newCode: '96' },
];

/**
 * Other spellings seen in hand-made spreadsheets, each with the 2025 code it resolves to.
 * Prefixes such as "Tỉnh", "Thành phố", "TP." and tone-mark placement are handled by the resolver.
 */
export const PROVINCE_ALIASES: readonly (readonly [alias: string, newCode: string])[] = [
  ['HCM', '79'],
  ['Sài Gòn', '79'],
  ['HN', '01'],
  ['TT Huế', '46'],
  ['Vũng Tàu', '79'],
  ['BR-VT', '79'],
  ['BRVT', '79'],
];
