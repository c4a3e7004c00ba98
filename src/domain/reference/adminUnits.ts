import { z } from 'zod';
import { normalizeForLookup } from '../text/normalizeText';

const oldProvince = z.object({ code: z.string(), name: z.string(), aka: z.array(z.string()).optional() });

/** The reference files of reference/vn-admin-units/, as they are (the fields resolving reads). */
export const adminUnitsDataSchema = z.object({
  provinces: z.array(z.object({ code: z.string(), name: z.string(), oldProvinces: z.array(oldProvince) })),
  communes: z.array(
    z.object({ code: z.string(), name: z.string(), fullName: z.string(), type: z.string(), provinceCode: z.string() }),
  ),
  oldCommunes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      type: z.string(),
      districtCode: z.string(),
      provinceCode: z.string(),
      aka: z.array(z.string()).optional(),
      to: z.array(z.object({ code: z.string(), part: z.boolean().optional() })),
    }),
  ),
  oldDistricts: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      type: z.string(),
      provinceCode: z.string(),
      to: z.array(z.string()),
    }),
  ),
});
export type AdminUnitsData = z.infer<typeof adminUnitsDataSchema>;

export type OldCommune = AdminUnitsData['oldCommunes'][number];
export type OldDistrict = AdminUnitsData['oldDistricts'][number];
export type NewCommune = AdminUnitsData['communes'][number];

// Unit words before a name, longest first; "P." "Q." "TT." as people abbreviate them.
const UNIT_WORD = /^(thanh pho|thi tran|thi xa|dac khu|phuong|huyen|quan|tinh|xa|tp|tx|tt|p|q|h|x)\s+/;

/**
 * The form names are matched in: normalised (no marks, đ → d, lower-case), without the unit word,
 * numbers without leading zeros ("Phường 05" is "5"), and y and i alike at a word's end ("Thụy"/"Thuỵ",
 * "Kỳ"/"Kì", "Quý"/"Quí" are spelled both ways in the registers).
 */
export function unitKey(text: string): string {
  let key = normalizeForLookup(text);
  for (let previous = ''; previous !== key;) {
    previous = key;
    key = key.replace(UNIT_WORD, '');
  }
  return key
    .replace(/\b0+(\d)/g, '$1')
    .replace(/y\b/g, 'i')
    .replace(/\s+/g, ' ')
    .trim();
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The reference data indexed by name key: what resolving a hometown looks up. */
export function indexAdminUnits(data: AdminUnitsData) {
  const newProvinceOfOld = new Map<string, string>();
  for (const p of data.provinces) for (const old of p.oldProvinces) newProvinceOfOld.set(old.code, p.code);
  const newCommunes = new Map<string, NewCommune>(data.communes.map((c) => [c.code, c]));
  const newCommunesByKey = new Map<string, NewCommune[]>();
  for (const c of data.communes) push(newCommunesByKey, unitKey(c.name), c);
  const oldDistrictsByKey = new Map<string, OldDistrict[]>();
  for (const d of data.oldDistricts) push(oldDistrictsByKey, unitKey(d.name), d);
  const oldCommunesByKey = new Map<string, OldCommune[]>();
  for (const c of data.oldCommunes) {
    for (const name of new Set([c.name, ...(c.aka ?? [])].map(unitKey))) push(oldCommunesByKey, name, c);
  }
  return { newProvinceOfOld, newCommunes, newCommunesByKey, oldDistrictsByKey, oldCommunesByKey };
}

export type AdminUnitsIndex = ReturnType<typeof indexAdminUnits>;
