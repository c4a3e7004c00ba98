import type { MergeField } from '../../domain/duplicates/duplicateSchemas';
import { formatPartialDate } from '../../domain/persons/partialDate';
import type { Person } from '../../domain/persons/personSchemas';
import type { MessageKey } from '../i18n/messages';

export interface FactHelpers {
  t: (key: MessageKey) => string;
  country: (code: string | null) => string;
  province: (code: string | null) => string;
  sex: (sex: Person['sex']) => string;
}

export const FIELD_LABELS: Readonly<Record<MergeField, MessageKey>> = {
  fullName: 'fullName',
  sex: 'sex',
  birthDate: 'birthDate',
  residenceCountry: 'residenceCountry',
  residenceCity: 'residenceCity',
  addressAbroad: 'addressAbroad',
  hometownText: 'hometownText',
  hometownProvinceCode: 'hometownProvince',
  educationLevel: 'educationLevel',
  occupation: 'occupation',
  notes: 'notes',
  sourceProvinceCode: 'sourceProvince',
  sourceAgency: 'sourceAgency',
  sourceAssociation: 'sourceAssociation',
  sourceDate: 'sourceDate',
};

/** A fact of a record as the review screen shows it. */
export function factText(person: Person, field: MergeField, h: FactHelpers): string {
  switch (field) {
    case 'sex':
      return h.sex(person.sex);
    case 'birthDate':
      return person.birthDate ? formatPartialDate(person.birthDate) : '—';
    case 'residenceCountry':
      return h.country(person.residenceCountry);
    case 'hometownProvinceCode':
    case 'sourceProvinceCode':
      return person[field] ? h.province(person[field]) : '—';
    default:
      return person[field] ?? '—';
  }
}

/** The lists a merge keeps whole, as text, with their labels. */
export function listFacts(person: Person, h: FactHelpers): [MessageKey, string][] {
  const list = (values: string[]) => (values.length ? values.join('; ') : '—');
  return [
    ['alias', list(person.aliases.map((a) => a.name))],
    ['phone', list(person.phones)],
    ['email', list(person.emails)],
    ['documentNumber', list(person.identityDocuments.map((d) => `${h.t(`doc_${d.type}`)} ${d.number}`))],
    ['relativesLabel', list(person.relatives.map((r) => `${r.fullName} (${r.relationship})`))],
    ['nationalities', list(person.nationalities.map(h.country))],
    ['expertise', list(person.expertise)],
  ];
}
