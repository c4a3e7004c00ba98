import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { adminUnitsDataSchema, indexAdminUnits, type AdminUnitsIndex } from '../../domain/reference/adminUnits';
import { resolveCommune, type HometownUnits } from '../../domain/reference/resolveCommune';

const DIRECTORY = fileURLToPath(new URL('../../../reference/vn-admin-units/', import.meta.url));

const read = (file: string): unknown => JSON.parse(readFileSync(`${DIRECTORY}${file}`, 'utf8'));

let index: AdminUnitsIndex | undefined;

/** The 2025 units and the old → new mapping (reference/vn-admin-units/), read once when first needed. */
export function adminUnits(): AdminUnitsIndex {
  index ??= indexAdminUnits(
    adminUnitsDataSchema.parse({
      provinces: read('provinces.json'),
      communes: read('communes.json'),
      oldCommunes: read('old-communes.json'),
      oldDistricts: read('old-districts.json'),
    }),
  );
  return index;
}

// A list writes the same few hometowns again and again, and one row's hometown is resolved by the
// dry run, the duplicate lookup and the commit: each text is resolved once (up to a bound).
const resolved = new Map<string, HometownUnits>();
const RESOLVED_MAX = 50_000;

/** A hometown as written, resolved to the 2025 province and commune. */
export function resolveHometownUnits(text: string): HometownUnits {
  let units = resolved.get(text);
  if (!units) {
    units = resolveCommune(adminUnits(), text);
    if (resolved.size >= RESOLVED_MAX) resolved.clear();
    resolved.set(text, units);
  }
  return units;
}

/** A 2025 commune by its code, with its province. */
export const findCommune = (code: string) => adminUnits().newCommunes.get(code);

/** The 2025 communes of a province, by name. */
export const communesOf = (provinceCode: string) =>
  [...adminUnits().newCommunes.values()]
    .filter((c) => c.provinceCode === provinceCode)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
