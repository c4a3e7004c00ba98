import { moneySchema, type Money } from './money';

// A register's records hold their fields by name (the spec names them), so a value arrives unknown:
// these read it as its field's kind stores it, without trusting a type the data might not have.

/** A list field's values (enums, countries, tags, ids); anything else is an empty list. */
export function listValue(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A money field's amount and currency, or null when the value is not one. */
export function moneyValue(value: unknown): Money | null {
  const money = moneySchema.safeParse(value);
  return money.success ? money.data : null;
}
