import type { CurrentUser } from '../../domain/auth/authSchemas';
import { resolveCountry } from '../../domain/reference/countries';
import { resolveProvince } from '../../domain/reference/resolveProvince';
import { fieldError } from '../http/validationError';
import { listProvince } from '../access/policy';

/** A country filter given by code or any name; an unknown one is a 400 naming the field. */
export function countryCodeOf(input: string | undefined, path: string): string | undefined {
  if (!input) return undefined;
  const country = resolveCountry(input);
  if (!country.ok) throw fieldError(path, 'unknownCountry');
  return country.country.code;
}

/**
 * The province a list is limited to: the user's own (asking for another is refused), else the one
 * asked for by code or any name (2025 or former), else null for all.
 */
export function provinceOfList(user: CurrentUser, input: string | undefined, path: string): string | null {
  if (!input) return listProvince(user, undefined);
  const province = resolveProvince(input);
  if (!province.ok) throw fieldError(path, 'unknownProvince');
  return listProvince(user, province.province.code);
}
