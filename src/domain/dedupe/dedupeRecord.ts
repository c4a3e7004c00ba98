import type { PersonInput } from '../persons/schemas';
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

/** A relative's role when they are a father or mother, else null. */
export function parentRole(relationship: string): 'father' | 'mother' | null {
  return PARENT_WORDS[normalizeText(relationship)] ?? null;
}

/** The parents among a person's relatives. */
export function parentsOf(relatives: readonly { fullName: string; relationship: string }[]): DedupeRecord['parents'] {
  return relatives.flatMap((r) => {
    const role = parentRole(r.relationship);
    return role ? [{ role, name: r.fullName }] : [];
  });
}

/**
 * What duplicate detection compares of a person not yet stored (an import row, a synthetic record).
 * `hashDocument`: the keyed hash identity numbers are stored under; `hometownProvinceCode`: the
 * 2025 province the hometown was resolved to.
 */
export function dedupeRecordOf(
  id: string,
  input: PersonInput,
  hometownProvinceCode: string | null,
  hashDocument: (number: string) => string,
): DedupeRecord {
  return {
    id,
    fullName: input.fullName,
    aliases: input.aliases.map((a) => a.name),
    sex: input.sex,
    birthDate: input.birthDate,
    hometownProvinceCode,
    residenceCountry: input.residenceCountry,
    phones: input.phones,
    emails: input.emails,
    documentHashes: input.identityDocuments.map((d) => hashDocument(d.number)),
    parents: parentsOf(input.relatives),
  };
}
