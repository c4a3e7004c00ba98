import { unitKey } from './adminUnits';

/**
 * Provinces that had been merged or split long before 2025, as older relatives still write them,
 * with the 2025 provinces their land now lies in (several where it was divided).
 */
const HISTORICAL: readonly (readonly [name: string, codes: string[]])[] = [
  ['Hà Tây', ['01']],
  ['Hà Sơn Bình', ['01', '25']],
  ['Vĩnh Phú', ['25']],
  ['Hà Nam Ninh', ['37']],
  ['Nam Hà', ['37']],
  ['Hải Hưng', ['31', '33']],
  ['Hà Bắc', ['24']],
  ['Bắc Thái', ['19']],
  ['Hoàng Liên Sơn', ['15']],
  ['Hà Tuyên', ['08']],
  ['Cao Lạng', ['04', '20']],
  ['Nghệ Tĩnh', ['40', '42']],
  ['Bình Trị Thiên', ['44', '46']],
  ['Quảng Nam - Đà Nẵng', ['48']],
  ['Quảng Nam Đà Nẵng', ['48']],
  ['Nghĩa Bình', ['51', '52']],
  ['Phú Khánh', ['56', '66']],
  ['Thuận Hải', ['56', '68']],
  ['Gia Lai - Kon Tum', ['51', '52']],
  ['Gia Lai Kon Tum', ['51', '52']],
  ['Sông Bé', ['75', '79']],
  ['Cửu Long', ['86']],
  ['Minh Hải', ['96']],
];

export const HISTORICAL_PROVINCES: ReadonlyMap<string, string[]> = new Map(
  HISTORICAL.map(([name, codes]) => [unitKey(name), codes]),
);
