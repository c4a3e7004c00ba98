import type { PersonInput } from '../persons/personSchemas';
import { normalizeText } from '../text/normalizeText';
import type { DedupeRecord } from './scorePair';

// How relationships to a father or mother are written (free text: "cha", "bố", "ba", "Mẹ", "father").
const PARENT_WORDS: Readonly<Record<string, 'father' | 'mother'>> = {
  cha: 'father',
  bo: 'father',
  ba: 'father',
  father: 'father',
  me: 'mother',
  ma: 'mother',
  mother: 'mother',
};

/** A relative's role: 'father' or 'mother' for a parent, else the relationship in search form. */
export function relativeRole(relationship: string): string {
  const relationshipKey = normalizeText(relationship);
  return PARENT_WORDS[relationshipKey] ?? relationshipKey;
}

/** A person's relatives as duplicate detection compares them. */
export function relativesOf(
  relatives: readonly { fullName: string; relationship: string }[],
): DedupeRecord['relatives'] {
  return relatives.map((r) => ({ role: relativeRole(r.relationship), name: r.fullName }));
}

/**
 * What duplicate detection compares of a person not yet stored (an import row, a synthetic record).
 * `hashDocument`: the keyed hash identity numbers are stored under; `hometown`: the 2025 province
 * and commune the hometown was resolved to.
 */
export function dedupeRecordOf(
  id: string,
  input: PersonInput,
  hometown: { provinceCode: string | null; communeCode: string | null },
  hashDocument: (number: string) => string,
): DedupeRecord {
  return {
    id,
    fullName: input.fullName,
    aliases: input.aliases.map((a) => a.name),
    sex: input.sex,
    birthDate: input.birthDate,
    hometownProvinceCode: hometown.provinceCode,
    hometownCommuneCode: hometown.communeCode,
    residenceCountry: input.residenceCountry,
    residenceCity: input.residenceCity && normalizeText(input.residenceCity),
    phones: input.phones,
    emails: input.emails,
    documentHashes: input.identityDocuments.map((d) => hashDocument(d.number)),
    relatives: relativesOf(input.relatives),
  };
}
