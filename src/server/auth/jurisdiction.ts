import type { CurrentUser } from '../../domain/auth/schemas';
import { outsideJurisdiction } from '../http/errors';

/**
 * The province a user's data access is limited to, or null for all provinces (Ministry staff).
 * Every query on province data filters by this on the server; the client is never trusted with it.
 */
export function provinceScope(user: CurrentUser): string | null {
  return user.provinceCode;
}

export function isInJurisdiction(user: CurrentUser, provinceCode: string | null): boolean {
  const scope = provinceScope(user);
  return scope === null || scope === provinceCode;
}

export function assertInJurisdiction(user: CurrentUser, provinceCode: string | null): void {
  if (!isInJurisdiction(user, provinceCode)) throw outsideJurisdiction(provinceCode);
}

/**
 * The province a list should be filtered to: the user's own when they have one (asking for
 * another province is refused, not silently narrowed), else the one requested, else none.
 */
export function provinceFilter(user: CurrentUser, requested: string | undefined): string | null {
  const scope = provinceScope(user);
  if (scope && requested && requested !== scope) throw outsideJurisdiction(requested);
  return scope ?? requested ?? null;
}

/** A person's record is in a province's hands when its hometown or its source is that province. */
export function isPersonVisible(
  user: CurrentUser,
  row: { hometown_province_code: string | null; source_province_code: string | null },
): boolean {
  return isInJurisdiction(user, row.hometown_province_code) || isInJurisdiction(user, row.source_province_code);
}
