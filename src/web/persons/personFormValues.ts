import type { Person, PersonInput } from '../../domain/persons/personSchemas';

/** The person form's values: the input, with the birth date as three boxes. */
export type PersonFormValues = Omit<PersonInput, 'birthDate'> & {
  birthDay?: number | null;
  birthMonth?: number | null;
  birthYear?: number | null;
};

/** Fields edited as one control (tag lists): their errors show on the whole control. */
export const WHOLE_FIELDS = ['emails', 'phones', 'nationalities', 'expertise', 'categories'];

export function toFormValues(person: Person): PersonFormValues {
  const { birthDate, identityDocuments, relatives, ...rest } = person;
  return {
    ...rest,
    birthDay: birthDate?.day ?? null,
    birthMonth: birthDate?.month ?? null,
    birthYear: birthDate?.year ?? null,
    identityDocuments: identityDocuments.map((d) => ({
      type: d.type,
      number: d.number,
      issuingCountry: d.issuingCountry,
    })),
    relatives: relatives.map(({ id, ...r }) => ({ relativeId: id, ...r })),
  };
}

/** The values as the API takes them (before the shared schema checks and normalises them). */
export function fromFormValues(values: PersonFormValues): Record<string, unknown> {
  const { birthDay, birthMonth, birthYear, ...rest } = values;
  const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
  return {
    ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, emptyToNull(v)])),
    aliases: rest.aliases ?? [],
    nationalities: rest.nationalities ?? [],
    categories: rest.categories ?? [],
    expertise: rest.expertise ?? [],
    phones: rest.phones ?? [],
    emails: rest.emails ?? [],
    identityDocuments: rest.identityDocuments ?? [],
    relatives: (rest.relatives ?? []).map((r) => ({
      ...r,
      phone: emptyToNull(r.phone),
      address: emptyToNull(r.address),
    })),
    birthDate: birthYear
      ? { year: birthYear, ...(birthMonth ? { month: birthMonth } : {}), ...(birthDay ? { day: birthDay } : {}) }
      : null,
  };
}
