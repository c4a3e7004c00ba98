import { formatPartialDate } from './partialDate';
import type { Person, PersonInput } from './personSchemas';

/** A field's change; an import's creation names its fields without values (`from`, `to` absent). */
export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
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
    identityDocuments: person.identityDocuments.map((d) => ({
      type: d.type,
      number: `••••${d.number.slice(-4)}`,
      issuingCountry: d.issuingCountry,
    })),
    relatives: person.relatives.map(({ id: _rid, ...relative }) => relative),
  };
}

/**
 * The fields an input fills, named as history names them: an import's creation history (its rows are
 * written in bulk; their values are the record's first version and the batch's file, not repeated).
 */
export function inputFieldNames(input: PersonInput): string[] {
  const fields = Object.entries(input)
    .filter(([, value]) => given(value))
    .map(([field]) => field);
  // The hometown's province is resolved from its text when not given.
  return input.hometownText && !input.hometownProvinceCode ? [...fields, 'hometownProvinceCode'] : fields;
}

const given = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && !value.length);

/** A creation's history: every field given a value. */
export function createdChanges(snapshot: Record<string, unknown>): FieldChange[] {
  return Object.entries(snapshot)
    .filter(([, value]) => given(value))
    .map(([field, to]) => ({ field, from: null, to }));
}

/** Which fields differ between two snapshots, from what to what. */
export function diffSnapshots(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
}
