import type { Insertable, Selectable } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { PersonIdentityDocumentTable, PersonRelativeTable, PersonTable, RelativeTable } from '../../db/schema';
import { matchKeyRows } from '../../db/matchKeyRows';
import type { ConsentSummary } from '../../domain/consent/consentSchemas';
import { nameKeysOf } from '../../domain/duplicates/matchKeys';
import { nameWords, sortedNameKey } from '../../domain/persons/personName';
import type { Person, PersonInput } from '../../domain/persons/personSchemas';
import { normalizeText, toStoredText } from '../../domain/text/normalizeText';
import type { IdentityCrypto } from '../secrets/identityCrypto';
import { presentRow } from '../records/presentRow';
import { fieldError } from '../http/validationError';
import { findCommune, resolveHometownUnits } from '../reference/adminUnits';

type PersonRow = Selectable<PersonTable>;
type DocumentRow = Selectable<PersonIdentityDocumentTable>;
/** A person's link to a relative, with the relative's own record. */
export type RelativeRow = Selectable<PersonRelativeTable> &
  Pick<Selectable<RelativeTable>, 'full_name' | 'phone' | 'address' | 'province_code' | 'commune_code'>;

/**
 * The 2025 province, commune (or the communes a split old one went to) and former province of an
 * input's hometown: as given (a commune chosen gives its province), else read from its text.
 */
export function hometownOf(input: PersonInput) {
  const resolved = input.hometownText ? resolveHometownUnits(input.hometownText) : null;
  const chosen = input.hometownCommuneCode ? findCommune(input.hometownCommuneCode) : null;
  if (input.hometownCommuneCode && !chosen) throw fieldError('hometownCommuneCode', 'communeUnknown');
  const provinceCode = input.hometownProvinceCode ?? resolved?.provinceCode ?? chosen?.provinceCode ?? null;
  if (chosen && chosen.provinceCode !== provinceCode) throw fieldError('hometownCommuneCode', 'communeUnknown');
  const resolvedCommune = resolved?.provinceCode === provinceCode ? resolved : null;
  return {
    provinceCode,
    legacyProvinceCode: resolved?.legacyProvinceCode ?? null,
    communeCode: chosen?.code ?? resolvedCommune?.communeCode ?? null,
    communeCandidates: chosen ? [] : (resolvedCommune?.communeCandidates ?? []),
  };
}

/** The person columns for an input, with the search forms derived from it. */
export function personColumns(input: PersonInput): Omit<Insertable<PersonTable>, 'created_by' | 'updated_by'> {
  const fullName = toStoredText(input.fullName);
  const aliases = input.aliases.map((a) => ({ name: toStoredText(a.name), kind: a.kind }));
  const hometown = hometownOf(input);
  const birthYear = input.birthDate?.year ?? null;
  return {
    full_name: fullName,
    aliases: JSON.stringify(aliases),
    name_search: normalizeText(fullName),
    name_words: [...new Set([fullName, ...aliases.map((a) => a.name)].flatMap(nameWords))],
    name_key: sortedNameKey(fullName),
    ...commonnessColumns(fullName, aliases),
    sex: input.sex,
    birth_year: birthYear,
    birth_month: input.birthDate?.month ?? null,
    birth_day: input.birthDate?.day ?? null,
    nationalities: [...new Set(input.nationalities)],
    residence_country: input.residenceCountry,
    residence_city: input.residenceCity,
    address_abroad: input.addressAbroad,
    hometown_text: input.hometownText && toStoredText(input.hometownText),
    hometown_province_code: hometown.provinceCode,
    hometown_legacy_province_code: hometown.legacyProvinceCode,
    hometown_commune_code: hometown.communeCode,
    hometown_commune_candidates: hometown.communeCandidates,
    categories: [...new Set(input.categories)],
    education_level: input.educationLevel,
    occupation: input.occupation,
    expertise: input.expertise.map(toStoredText),
    expertise_search: input.expertise.map(normalizeText),
    phones: [...new Set(input.phones)],
    emails: [...new Set(input.emails)],
    notes: input.notes,
    source_province_code: input.sourceProvinceCode,
    source_agency: input.sourceAgency,
    source_association: input.sourceAssociation,
    source_association_id: input.sourceAssociationId,
    source_date: input.sourceDate,
  };
}

/** The commonness keys of a name (see src/domain/duplicates/matchKeys.ts). */
function commonnessColumns(fullName: string, aliases: readonly { name: string }[]) {
  const { commonnessKeys } = nameKeysOf(
    fullName,
    aliases.map((a) => a.name),
  );
  return { name_commonness_key: commonnessKeys.familyGiven, full_name_key: commonnessKeys.fullName };
}

/** The rows of person_match_key for an input. */
export function matchKeyColumns(input: PersonInput, personId: string) {
  const aliases = input.aliases.map((a) => toStoredText(a.name));
  return matchKeyRows(personId, toStoredText(input.fullName), aliases, input.birthDate?.year ?? null);
}

export function documentColumns(input: PersonInput, crypto: IdentityCrypto, personId: string) {
  return input.identityDocuments.map((d, position) => ({
    person_id: personId,
    position,
    type: d.type,
    number_encrypted: crypto.encrypt(d.number),
    number_hash: crypto.lookupHash(d.number),
    number_last4: d.number.slice(-4),
    issuing_country: d.issuingCountry,
  }));
}

type RelativeInput = PersonInput['relatives'][number];

/**
 * The columns of a relative's own record (thân nhân), with its search form and the 2025 commune of
 * its address (when the address names one, in the province given).
 */
export function relativeRecordColumns(r: Pick<RelativeInput, 'fullName' | 'phone' | 'address' | 'provinceCode'>) {
  const fullName = toStoredText(r.fullName);
  const units = r.address ? resolveHometownUnits(r.address) : null;
  const inProvince = units && (!r.provinceCode || units.provinceCode === r.provinceCode);
  return {
    full_name: fullName,
    name_search: normalizeText(fullName),
    phone: r.phone,
    address: r.address,
    province_code: r.provinceCode,
    commune_code: inProvince ? units.communeCode : null,
  };
}

/**
 * New relatives for an input stored in bulk (an import, demo data): a record each and its link to
 * the person. Relatives to link that exist already (relativeId) are for the person form (personChildren).
 */
export function newRelativeRows(input: PersonInput, personId: string, userId: number | null) {
  const records = input.relatives.map((r) => ({
    id: randomUUID(),
    ...relativeRecordColumns(r),
    created_by: userId,
    updated_by: userId,
  }));
  const links = input.relatives.map((r, position) => ({
    person_id: personId,
    relative_id: records[position]!.id,
    position,
    relationship: r.relationship,
  }));
  return { records, links };
}

/** The stored parts of a birth date as a partial date. */
export function birthDateOf(row: { birth_year: number | null; birth_month: number | null; birth_day: number | null }) {
  if (row.birth_year === null) return null;
  return { year: row.birth_year, month: row.birth_month ?? undefined, day: row.birth_day ?? undefined };
}

export function maskIdentityNumber(last4: string): string {
  return `••••${last4}`;
}

export interface PersonParts {
  row: PersonRow;
  documents: DocumentRow[];
  relatives: RelativeRow[];
  usernames: Map<number, string>;
  consents: ConsentSummary;
}

const PERSON_COLUMNS = [
  ...['id', 'full_name', 'sex', 'nationalities', 'residence_country', 'residence_city', 'address_abroad'],
  ...['hometown_text', 'hometown_province_code', 'hometown_legacy_province_code', 'education_level'],
  ...['hometown_commune_code', 'hometown_commune_candidates'],
  ...['occupation', 'expertise', 'phones', 'emails', 'notes', 'source_province_code', 'source_agency'],
  ...['source_association', 'source_association_id', 'source_date'],
  ...['version', 'created_at', 'updated_at', 'deleted_at'],
] as const;

/** The API view of a stored person; identity numbers in full only when `mayReadIdentity`. */
export function toPerson(parts: PersonParts, crypto: IdentityCrypto, mayReadIdentity: boolean): Person {
  const { row, documents, relatives, usernames, consents } = parts;
  const userName = (id: number | null) => (id === null ? null : (usernames.get(id) ?? null));
  return {
    ...presentRow(row, PERSON_COLUMNS),
    aliases: row.aliases.map((a) => ({ name: a.name, kind: a.kind as PersonInput['aliases'][number]['kind'] })),
    birthDate: birthDateOf(row),
    categories: row.categories as Person['categories'],
    identityDocuments: documents.map((d) => ({
      ...presentRow(d, ['type', 'issuing_country']),
      number: mayReadIdentity ? crypto.decrypt(d.number_encrypted) : maskIdentityNumber(d.number_last4),
      isMasked: !mayReadIdentity,
    })),
    relatives: relatives.map((r) => ({
      ...presentRow(r, ['full_name', 'relationship', 'phone', 'address', 'province_code', 'commune_code']),
      id: r.relative_id,
    })),
    createdBy: userName(row.created_by),
    updatedBy: userName(row.updated_by),
    consents,
  };
}
