import type { CurrentUser } from '../../domain/auth/schemas';
import type { Language } from '../../domain/validation/localizeIssue';
import { outsideJurisdiction } from '../http/errors';
import { fieldError } from '../http/validationError';
import { provinceScope } from './jurisdiction';

/**
 * The province a new or changed record is kept by: a province user's own (another is refused),
 * else the one a national user chose (required).
 */
export function recordProvince(
  user: CurrentUser,
  requested: string | null,
  language: Language,
  path = 'provinceCode',
): string {
  const scope = provinceScope(user);
  if (scope && requested && requested !== scope) throw outsideJurisdiction(requested);
  const code = scope ?? requested;
  if (!code) throw fieldError(path, 'required', language);
  return code;
}
