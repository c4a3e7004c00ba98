import type { PortalRecord } from '../../domain/portal/portalSchemas';
import { birthDateOf, maskIdentityNumber, type PersonParts } from '../persons/personRecord';

/** The person's own record as the portal shows it (see portalRecordSchema for what is left out). */
export function toPortalRecord({ row, documents, relatives }: PersonParts): PortalRecord {
  return {
    fullName: row.full_name,
    otherNames: row.aliases.map((a) => a.name),
    sex: row.sex === 'male' || row.sex === 'female' || row.sex === 'other' ? row.sex : null,
    birthDate: birthDateOf(row),
    nationalities: row.nationalities,
    residenceCountry: row.residence_country,
    residenceCity: row.residence_city,
    addressAbroad: row.address_abroad,
    hometownText: row.hometown_text,
    hometownProvinceCode: row.hometown_province_code,
    categories: row.categories,
    educationLevel: row.education_level,
    occupation: row.occupation,
    expertise: row.expertise,
    phones: row.phones,
    emails: row.emails,
    identityDocuments: documents.map((d) => ({ type: d.type, number: maskIdentityNumber(d.number_last4) })),
    relatives: relatives.map((r) => ({ fullName: r.full_name, relationship: r.relationship })),
  };
}
