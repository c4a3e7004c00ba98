import { CONSENT_PURPOSE_LABELS, CONSENT_PURPOSES, CONSENT_STATE_LABELS } from '../consent/consentPurposes';
import type { ExportColumn } from './exportColumn';
import { IMPORT_COLUMN_DEFINITIONS, type ImportColumn } from '../imports/importColumns';
import { PERSON_CATEGORY_LABELS, SEX_LABELS } from '../persons/categories';
import { formatPartialDate } from '../persons/partialDate';
import type { Person } from '../persons/personSchemas';
import { findCountry } from '../reference/countries';
import { findProvince } from '../reference/resolveProvince';

type PersonColumn = ExportColumn<Person>;

const countryName = (code: string | null) => (code ? (findCountry(code)?.nameVi ?? code) : '');
const provinceName = (code: string | null) => (code ? (findProvince(code)?.name ?? code) : '');
const list = (values: readonly (string | null)[]) => values.filter(Boolean).join('; ');

/** A column under the import template's own header, so that an exported file imports again. */
const asImported = (column: ImportColumn, value: PersonColumn['value']): PersonColumn => ({
  header: IMPORT_COLUMN_DEFINITIONS[column].vi,
  value,
});

/**
 * The columns of an exported person list, Vietnamese headers and values. Identity numbers are
 * whatever the record view shows the user: masked (••••4567) without the right to see them.
 */
export const PERSON_EXPORT_COLUMNS: readonly PersonColumn[] = [
  asImported('fullName', (p) => p.fullName),
  asImported('otherNames', (p) => list(p.aliases.map((a) => a.name))),
  asImported('sex', (p) => (p.sex ? SEX_LABELS[p.sex].vi : '')),
  asImported('birthDate', (p) => (p.birthDate ? formatPartialDate(p.birthDate) : '')),
  asImported('nationality', (p) => list(p.nationalities.map(countryName))),
  asImported('residenceCountry', (p) => countryName(p.residenceCountry)),
  asImported('residenceCity', (p) => p.residenceCity ?? ''),
  asImported('addressAbroad', (p) => p.addressAbroad ?? ''),
  asImported('hometown', (p) => p.hometownText ?? ''),
  { header: 'Tỉnh, thành phố (quê quán)', value: (p) => provinceName(p.hometownProvinceCode) },
  asImported('categories', (p) => list(p.categories.map((c) => PERSON_CATEGORY_LABELS[c].vi))),
  asImported('educationLevel', (p) => p.educationLevel ?? ''),
  asImported('occupation', (p) => p.occupation ?? ''),
  asImported('expertise', (p) => list(p.expertise)),
  asImported('phone', (p) => list(p.phones)),
  asImported('email', (p) => list(p.emails)),
  asImported('passportNumber', (p) => list(p.identityDocuments.map((d) => d.number))),
  asImported('relativeName', (p) => list(p.relatives.map((r) => r.fullName))),
  asImported('relativeRelationship', (p) => list(p.relatives.map((r) => r.relationship))),
  asImported('relativePhone', (p) => list(p.relatives.map((r) => r.phone))),
  asImported('relativeAddress', (p) => list(p.relatives.map((r) => r.address))),
  asImported('notes', (p) => p.notes ?? ''),
  { header: 'Tỉnh cung cấp', value: (p) => provinceName(p.sourceProvinceCode) },
  asImported('sourceAssociation', (p) => p.sourceAssociation ?? ''),
  // Each purpose's state marks what the list's reader may use the row for.
  ...CONSENT_PURPOSES.map((purpose) => ({
    header: `Đồng ý: ${CONSENT_PURPOSE_LABELS[purpose].vi.toLowerCase()}`,
    value: (p: Person) => CONSENT_STATE_LABELS[p.consents[purpose]].vi,
  })),
  { header: 'Cập nhật lần cuối', value: (p) => p.updatedAt.slice(0, 10) },
];
