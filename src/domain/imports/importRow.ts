import { resolveHometown } from '../persons/resolveHometown';
import { personInputSchema, type PersonInput } from '../persons/personSchemas';
import { readPhoneCell } from '../persons/phone';
import { resolveCountry } from '../reference/countries';
import { readResidence } from './residence';
import { issueCode } from '../validation/localizeIssue';
import {
  cellText,
  isCellProblem,
  parseBirthDate,
  parseCategories,
  parseConsent,
  parseSex,
  splitList,
  type CellProblem,
  type CellValue,
} from './cellValues';
import type { ColumnMapping } from './detectHeader';
import type { ImportColumn } from './importColumns';

/** One thing wrong with a row: the column, why (a VALIDATION_MESSAGES key or zod code), the value. */
export interface RowProblem {
  column: ImportColumn;
  code: string;
  value: string;
}

/**
 * A row read: the person, with `notes` on what was left out of it (a phone that is no number: the
 * person is kept, the phone reported) and the consent the row records (see consentOf), or what
 * keeps it out.
 */
export type ImportedRow =
  { ok: true; person: PersonInput; consent: RowConsent; notes: RowProblem[] } | { ok: false; problems: RowProblem[] };

/**
 * What a row's consent column (Đồng ý cung cấp thông tin) may record: a refusal always; a "yes"
 * only when the batch names what proves it (the association's signed forms), else nothing.
 */
export type RowConsent = 'given' | 'refused' | 'unknown';

/** What the import adds to every row of a batch. */
export interface RowDefaults {
  sourceProvinceCode: string | null;
  sourceDate: string | null;
  /** The association that supplied the file (its name and record), unless a row names its own. */
  sourceAssociation: string | null;
  sourceAssociationId: string | null;
  /** What proves the list's "yes" to consent (signed forms kept by the association); null: nothing. */
  consentEvidence: string | null;
}

// The first field of the person's input names the column its issues are reported under.
const COLUMN_OF_FIELD: Record<string, ImportColumn> = {
  fullName: 'fullName',
  aliases: 'otherNames',
  sex: 'sex',
  nationalities: 'nationality',
  residenceCountry: 'residenceCountry',
  residenceCity: 'residenceCity',
  addressAbroad: 'addressAbroad',
  hometownText: 'hometown',
  categories: 'categories',
  educationLevel: 'educationLevel',
  occupation: 'occupation',
  expertise: 'expertise',
  phones: 'phone',
  emails: 'email',
  identityDocuments: 'passportNumber',
  notes: 'notes',
  sourceAssociation: 'sourceAssociation',
};
const COLUMN_OF_RELATIVE_FIELD: Record<string, ImportColumn> = {
  fullName: 'relativeName',
  relationship: 'relativeRelationship',
  phone: 'relativePhone',
  address: 'relativeAddress',
  provinceCode: 'relativeAddress',
};

/** "Nguyễn Thị Lan (Linda)": the name, and the English or other name in parentheses. */
function splitParenthesisedName(text: string): { name: string; others: string[] } {
  const others = [...text.matchAll(/\(([^)]+)\)/g)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
  return {
    name: text
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    others,
  };
}

type TextOf = (column: ImportColumn) => string;

// Where a birth date may be written: its own column, or the column of the person's sex.
const BIRTH_COLUMNS: readonly ImportColumn[] = ['birthDate', 'birthDateMale', 'birthDateFemale'];

/** The sex a layout gives by where it writes: a mark or a date under "Nam" or "Nữ". */
function sexByColumn(text: TextOf): 'male' | 'female' | null {
  if (text('sexMale') || text('birthDateMale')) return 'male';
  if (text('sexFemale') || text('birthDateFemale')) return 'female';
  return null;
}

/**
 * Country, city and address from their own columns, else from a one-cell residence ("Nơi cư trú
 * hiện nay"), else from an address abroad that ends with its country. `countryText` is a country
 * written in its own column, to be resolved (and refused when unknown).
 */
function residenceOf(text: TextOf) {
  const own = { country: text('residenceCountry'), city: text('residenceCity'), address: text('addressAbroad') };
  const oneCell = text('residence') || (own.country ? '' : own.address);
  const read = oneCell ? readResidence(oneCell) : { country: null, city: null, address: null };
  return {
    countryText: own.country,
    country: read.country,
    city: own.city || read.city,
    address: (text('residence') ? read.address : null) ?? (own.address || read.address),
  };
}

/** Reads one data row through the column mapping into a person, or says what is wrong with it. */
export function importRow(
  cells: readonly CellValue[],
  columns: readonly ColumnMapping[],
  defaults: RowDefaults,
  today = new Date(),
): ImportedRow {
  const problems: RowProblem[] = [];
  const cell = (column: ImportColumn): CellValue => {
    const mapped = columns.filter((c) => c.column === column);
    if (mapped.length < 2) return mapped[0] ? (cells[mapped[0].index] ?? null) : null;
    // A repeated column ("Điện thoại 1", "Điện thoại 2"): its values as one list.
    return (
      mapped
        .map((c) => cellText(cells[c.index] ?? null))
        .filter(Boolean)
        .join('; ') || null
    );
  };
  const text = (column: ImportColumn) => cellText(cell(column));
  const orNull = (value: string) => value || null;
  const refuse = (column: ImportColumn, code: string) => problems.push({ column, code, value: text(column) });
  const checked = <T>(column: ImportColumn, value: T | CellProblem): T | undefined => {
    if (!isCellProblem(value)) return value;
    refuse(column, value);
    return undefined;
  };
  const countryCode = (column: ImportColumn, name: string): string | undefined => {
    const country = resolveCountry(name);
    if (!country.ok) refuse(column, 'unknownCountry');
    return country.ok ? country.country.code : undefined;
  };

  const notes: RowProblem[] = [];
  const phonesOf = (column: ImportColumn, country: string) => {
    const { phones, unreadable } = readPhoneCell(text(column), country);
    notes.push(...unreadable.map((value) => ({ column, code: 'phoneIgnored', value })));
    return phones;
  };

  const { name, others } = splitParenthesisedName(text('fullName'));
  if (name && !/\p{L}/u.test(name)) refuse('fullName', 'nameNoLetters');
  const birthColumn = BIRTH_COLUMNS.find((column) => text(column)) ?? 'birthYear';
  const nationalities = splitList(text('nationality')).flatMap((n) => countryCode('nationality', n) ?? []);
  const residence = residenceOf(text);
  const residenceCountry = residence.countryText
    ? (countryCode('residenceCountry', residence.countryText) ?? null)
    : residence.country;
  const relativeName = text('relativeName');
  const relativeAddress = orNull(text('relativeAddress'));
  const passport = text('passportNumber');
  const candidate = {
    fullName: name,
    aliases: [...others, ...splitList(text('otherNames'))].map((alias) => ({ name: alias, kind: 'other' })),
    sex: (checked('sex', parseSex(cell('sex'))) ?? null) || sexByColumn(text),
    birthDate: checked(birthColumn, parseBirthDate(cell(birthColumn), today)) ?? null,
    nationalities,
    residenceCountry,
    residenceCity: residence.city,
    addressAbroad: residence.address,
    hometownText: orNull(text('hometown')),
    categories: checked('categories', parseCategories(cell('categories'))) ?? [],
    educationLevel: orNull(text('educationLevel')),
    occupation: orNull(text('occupation')),
    expertise: splitList(text('expertise')),
    phones: phonesOf('phone', residenceCountry ?? 'VN'),
    emails: splitList(text('email')),
    // A passport's issuing country is rarely written: the person's first nationality, else Viet Nam.
    identityDocuments: passport
      ? [{ type: 'passport', number: passport, issuingCountry: nationalities[0] ?? 'VN' }]
      : [],
    relatives: relativeName
      ? [
          {
            fullName: relativeName,
            relationship: text('relativeRelationship') || 'Thân nhân',
            // Relatives live in Viet Nam: their numbers are Vietnamese unless written with a code.
            phone: phonesOf('relativePhone', 'VN')[0] ?? null,
            address: relativeAddress,
            provinceCode: relativeAddress ? (resolveHometown(relativeAddress)?.provinceCode ?? null) : null,
          },
        ]
      : [],
    notes: orNull(text('notes')),
    sourceProvinceCode: defaults.sourceProvinceCode,
    sourceDate: defaults.sourceDate,
    sourceAssociation: orNull(text('sourceAssociation')) ?? defaults.sourceAssociation,
    sourceAssociationId: text('sourceAssociation') ? null : defaults.sourceAssociationId,
  };
  const written = checked('consent', parseConsent(cell('consent'))) ?? 'unknown';
  const consent = written === 'given' && !defaults.consentEvidence ? 'unknown' : written;
  if (consent !== written) notes.push({ column: 'consent', code: 'consentWithoutEvidence', value: text('consent') });
  const parsed = personInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, , subField] = issue.path.map(String);
      const column =
        field === 'birthDate'
          ? birthColumn
          : field === 'relatives'
            ? COLUMN_OF_RELATIVE_FIELD[subField ?? '']
            : COLUMN_OF_FIELD[field ?? ''];
      refuse(column ?? 'fullName', issueCode(issue));
    }
  }
  return problems.length || !parsed.success
    ? { ok: false, problems: [...problems, ...notes] }
    : { ok: true, person: parsed.data, consent, notes };
}
