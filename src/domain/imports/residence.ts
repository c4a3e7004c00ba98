import { resolveCountry } from '../reference/countries';

/** Where a person lives, read from one cell: the country, the city and the rest of the address. */
export interface Residence {
  country: string | null;
  city: string | null;
  address: string | null;
}

const POSTAL_OR_STATE = /\d{4,}|^[A-Z]{2}$/;
const PARTS = /\s*(?:[,;\n]|\s[-–]\s)\s*/;

/**
 * "Nơi cư trú hiện nay" written in one cell: "12 Rue X, Paris, Pháp", "Berlin - CHLB Đức", "Úc".
 * The last part that names a country is the country, the part before it the city, the parts before
 * that the address. A text naming no country is kept whole as the address.
 */
export function readResidence(text: string): Residence {
  const parts = text
    .split(PARTS)
    .map((part) => part.trim())
    .filter(Boolean);
  const countryAt = parts.findLastIndex((part) => resolveCountry(part).ok);
  if (countryAt < 0) return { country: null, city: null, address: parts.join(', ') || null };
  const countryPart = parts[countryAt] ?? '';
  const resolved = resolveCountry(countryPart);
  // "Paris (Pháp)": the country in parentheses, the city before it.
  const outside = countryPart.replace(/\([^)]*\)/g, ' ').trim();
  const cityInPart = outside !== countryPart && outside && !resolveCountry(outside).ok ? [outside] : [];
  const before = [...parts.slice(0, countryAt), ...cityInPart];
  // "San Jose, CA 95122, Hoa Kỳ": a state and postal code stand between the city and the country.
  const city = before.findLast((part) => !POSTAL_OR_STATE.test(part));
  return {
    country: resolved.ok ? resolved.country.code : null,
    city: city ?? null,
    address: before.length > 1 ? before.join(', ') : null,
  };
}
