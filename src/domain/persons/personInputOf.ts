import type { Person, PersonInput } from './personSchemas';

/** A stored person as input again (to re-store it changed); identity numbers as given in `person`. */
export function personInputOf(person: Person): PersonInput {
  return {
    fullName: person.fullName,
    aliases: person.aliases,
    sex: person.sex,
    birthDate: person.birthDate,
    nationalities: person.nationalities,
    residenceCountry: person.residenceCountry,
    residenceCity: person.residenceCity,
    addressAbroad: person.addressAbroad,
    hometownText: person.hometownText,
    hometownProvinceCode: person.hometownProvinceCode,
    hometownCommuneCode: person.hometownCommuneCode,
    categories: person.categories,
    educationLevel: person.educationLevel,
    occupation: person.occupation,
    expertise: person.expertise,
    phones: person.phones,
    emails: person.emails,
    identityDocuments: person.identityDocuments.map((d) => ({
      type: d.type,
      number: d.number,
      issuingCountry: d.issuingCountry,
    })),
    relatives: person.relatives.map(({ id, ...relative }) => ({ relativeId: id, ...relative })),
    notes: person.notes,
    sourceProvinceCode: person.sourceProvinceCode,
    sourceAgency: person.sourceAgency,
    sourceAssociation: person.sourceAssociation,
    sourceAssociationId: person.sourceAssociationId,
    sourceDate: person.sourceDate,
  };
}
