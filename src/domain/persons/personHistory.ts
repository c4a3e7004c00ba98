import { formatPartialDate } from './partialDate';
import type { Person } from './schemas';

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
    identityDocuments: person.identityDocuments.map((d) => ({
      type: d.type,
      number: `••••${d.number.slice(-4)}`,
      issuingCountry: d.issuingCountry,
    })),
    relatives: person.relatives.map(({ id: _rid, ...relative }) => relative),
  };
}

/** Which fields differ between two snapshots, from what to what. */
export function diffSnapshots(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
}
