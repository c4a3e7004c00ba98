import type { PersonInput } from '../persons/personSchemas';
import { normalizeText } from '../text/normalizeText';
import type { MergeField } from './duplicateSchemas';

/** Items of both lists, the first's first, each once by `keyOf`. */
function union<T>(first: readonly T[], second: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of [...first, ...second]) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
}

const same = (value: string) => normalizeText(value);

/**
 * The record a merge leaves: the kept record with the facts chosen from the other, and every alias,
 * nationality, category, expertise, phone, email, document and relative of both. The name not kept
 * becomes an alias, so a search by it still finds the person.
 */
export function mergePersons(kept: PersonInput, other: PersonInput, fromOther: ReadonlySet<MergeField>): PersonInput {
  const chosen = { ...kept };
  for (const field of fromOther) {
    Object.assign(chosen, { [field]: other[field] });
    if (field === 'sourceAssociation') chosen.sourceAssociationId = other.sourceAssociationId;
  }
  const otherName = chosen.fullName === kept.fullName ? other.fullName : kept.fullName;
  const nameAlias = same(otherName) === same(chosen.fullName) ? [] : [{ name: otherName, kind: 'other' as const }];
  return {
    ...chosen,
    aliases: union([...kept.aliases, ...other.aliases, ...nameAlias], [], (a) => same(a.name)),
    nationalities: union(kept.nationalities, other.nationalities, (c) => c),
    categories: union(kept.categories, other.categories, (c) => c),
    expertise: union(kept.expertise, other.expertise, same),
    phones: union(kept.phones, other.phones, (p) => p),
    emails: union(kept.emails, other.emails, (e) => e),
    identityDocuments: union(kept.identityDocuments, other.identityDocuments, (d) => `${d.type}|${d.number}`),
    relatives: union(kept.relatives, other.relatives, (r) => `${same(r.fullName)}|${same(r.relationship)}`),
  };
}
