import { CONSENT_PURPOSE_LABELS, CONSENT_STATE_LABELS, type ConsentState } from '../consent/consentPurposes';
import type { ExportColumn } from '../exports/exportColumn';
import { findCountry } from '../reference/countries';
import { listValue, moneyValue } from './fieldValue';
import { formatMoney } from './money';
import type { FieldSpec, RegisterSpec } from './registerSpec';

/** A record as its export reads it: its values, the names of what it refers to, the consents of the persons it names. */
export interface ExportedRecord {
  record: Record<string, unknown>;
  names: Record<string, string>;
  consents?: Record<string, ConsentState>;
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');
const country = (code: string) => findCountry(code)?.nameVi ?? code;

/** A field's value as a spreadsheet cell says it, in Vietnamese. */
export function cellText(field: FieldSpec, value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined) return '';
  const [text, list] = [String(value), listValue(value)];
  switch (field.kind) {
    case 'date':
      return dmy(text);
    case 'money':
      return formatMoney(moneyValue(value));
    case 'country':
      return country(text);
    case 'countries':
      return list.map(country).join('; ');
    case 'enum':
      return field.options?.[text]?.vi ?? text;
    case 'enums':
      return list.map((v) => field.options?.[v]?.vi ?? v).join('; ');
    case 'person':
    case 'association':
    case 'business':
      return names[text] ?? '';
    case 'persons':
    case 'agreements':
      return list
        .map((id) => names[id] ?? '')
        .filter(Boolean)
        .join('; ');
    case 'tags':
      return list.join('; ');
    default:
      return text;
  }
}

/** The columns of a register's export: every field, under its Vietnamese label. */
export function registerExportColumns(spec: RegisterSpec): ExportColumn<ExportedRecord>[] {
  const columns = spec.fields.map((field) => ({
    header: field.label.vi,
    value: ({ record, names }: ExportedRecord) => cellText(field, record[field.name], names),
  }));
  const mark = spec.consentMark;
  if (!mark) return columns;
  // A row naming no person of the registry (an association, a business) has nobody to ask.
  const state = ({ record, consents }: ExportedRecord) => {
    const personId = record[mark.personField];
    return typeof personId === 'string' ? CONSENT_STATE_LABELS[consents?.[personId] ?? 'unknown'].vi : '';
  };
  return [...columns, { header: `Đồng ý: ${CONSENT_PURPOSE_LABELS[mark.purpose].vi.toLowerCase()}`, value: state }];
}
