import { nameKeysOf } from '../domain/duplicates/matchKeys';

/** The rows of person_match_key for a stored name (see src/domain/duplicates/matchKeys.ts). */
export function matchKeyRows(personId: string, fullName: string, aliases: readonly string[], birthYear: number | null) {
  return nameKeysOf(fullName, aliases).matchKeys.map((key) => ({ key, person_id: personId, birth_year: birthYear }));
}
