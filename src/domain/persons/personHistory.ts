import { formatPartialDate } from './partialDate';
import type { Person, PersonInput } from './schemas';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** The fields of a person that history tracks, in comparable form; identity numbers stay masked. */
export function historySnapshot(person: Person): Record<string, unknown> {
  const {
    id: _id,
    version: _v,
    createdAt: _ca,
    createdBy: _cb,
    updatedAt: _ua,
    updatedBy: _ub,
    deletedAt: _da,
    ...fields
  } = person;
  return {
    ...fields,
    birthDate: person.birthDate ? formatPartialDate(person.birthDate) : null,
    identityDocuments: maskedDocuments(person.identityDocuments),
    relatives: person.relatives.map(({ id: _rid, ...relative }) => relative),
  };
}

function maskedDocuments(documents: readonly { type: string; number: string; issuingCountry: string }[]) {
  return documents.map((d) => ({
    type: d.type,
    number: `••••${d.number.slice(-4)}`,
    issuingCountry: d.issuingCountry,
  }));
}

/**
 * The history snapshot of a person about to be created from `input` (an import's rows are written
 * in bulk, never read back): the same fields as historySnapshot, with the hometown as resolved.
 */
export function inputHistorySnapshot(
  input: PersonInput,
  hometown: { provinceCode: string | null; legacyProvinceCode: string | null },
): Record<string, unknown> {
  const { identityDocuments, relatives, birthDate, ...fields } = input;
  return {
    ...fields,
    hometownProvinceCode: hometown.provinceCode,
    hometownLegacyProvinceCode: hometown.legacyProvinceCode,
    birthDate: birthDate ? formatPartialDate(birthDate) : null,
    identityDocuments: maskedDocuments(identityDocuments),
    relatives: relatives.map(({ relativeId: _rid, ...relative }) => relative),
  };
}

/** A creation's history: every field given a value. */
export function createdChanges(snapshot: Record<string, unknown>): FieldChange[] {
  return diffSnapshots({}, snapshot).filter((c) => c.to !== null && JSON.stringify(c.to) !== '[]');
}

/** Which fields differ between two snapshots, from what to what. */
export function diffSnapshots(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
}
