import { listValue, moneyValue } from '../../domain/registers/fieldValue';
import type { RegisterRecord } from '../../domain/registers/registerRoutes';
import type { FieldSpec, RegisterSpec } from '../../domain/registers/registerSpec';
import { normalizeText, toStoredText } from '../../domain/text/normalizeText';
import { registerRow } from '../records/untypedDb';

type Row = Record<string, unknown>;
type Input = Record<string, unknown>;

const isText = (field: FieldSpec) => field.kind === 'text' || field.kind === 'longText';

/** A record's columns from its input: text as stored (NFC), money in two columns, the search form. */
export function columnsOf(spec: RegisterSpec, input: Input): Row {
  const columns: Row = {};
  for (const field of spec.fields) {
    const value = input[field.name];
    if (field.kind === 'money') {
      const money = moneyValue(value);
      columns[`${field.column}_amount`] = money?.amount ?? null;
      columns[`${field.column}_currency`] = money?.currency ?? null;
    } else if (isText(field) && typeof value === 'string') {
      columns[field.column] = toStoredText(value);
    } else if (Array.isArray(value)) {
      columns[field.column] = [...new Set(value)];
    } else {
      columns[field.column] = value ?? null;
    }
  }
  columns.search = normalizeText(
    spec.fields
      .filter((f) => f.search)
      .map((f) => input[f.name])
      .filter((v): v is string => typeof v === 'string')
      .join(' '),
  );
  return columns;
}

/** A stored record as the API returns it. */
export function toRecord(spec: RegisterSpec, row: Row): RegisterRecord {
  const { id, province_code, version, updated_at } = registerRow(row);
  const record: RegisterRecord = { id, provinceCode: province_code, version, updatedAt: updated_at.toISOString() };
  for (const field of spec.fields) {
    if (field.kind === 'money') {
      const amount = row[`${field.column}_amount`];
      record[field.name] =
        amount === null ? null : { amount: Number(amount), currency: row[`${field.column}_currency`] };
    } else {
      record[field.name] = row[field.column];
    }
  }
  return record;
}

/** The ids a record refers to, by the kind of record they are. */
export function referencesOf(spec: RegisterSpec, record: Record<string, unknown>) {
  const of = (kinds: FieldSpec['kind'][]) =>
    spec.fields
      .filter((f) => kinds.includes(f.kind))
      .flatMap((f) => {
        const value = record[f.name];
        return typeof value === 'string' ? [value] : listValue(value);
      });
  return {
    persons: of(['person', 'persons']),
    associations: of(['association']),
    businesses: of(['business']),
    agreements: of(['agreements']),
  };
}
