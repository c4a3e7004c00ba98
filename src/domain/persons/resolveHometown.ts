import { resolveProvince } from '../reference/resolveProvince';

export interface Hometown {
  provinceCode: string;
  /** The pre-2025 province the text named, when it named one. */
  legacyProvinceCode: string | null;
}

/**
 * The province of a hometown written as an address ("xã Đại Hải, huyện Kế Sách, tỉnh Sóc Trăng"):
 * the last comma-separated part that names a province, old or new.
 */
export function resolveHometown(text: string): Hometown | null {
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .reverse();
  for (const part of parts) {
    const result = resolveProvince(part);
    if (result.ok) {
      return {
        provinceCode: result.province.code,
        legacyProvinceCode: result.via === 'legacy' ? (result.legacyCode ?? null) : null,
      };
    }
  }
  return null;
}
