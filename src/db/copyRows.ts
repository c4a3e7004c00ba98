import { CompiledQuery, type Kysely } from 'kysely';
import type { DB } from './schema';

/**
 * Bulk writes through COPY … FROM STDIN, inside whatever transaction `db` is: several times faster
 * than multi-row INSERTs for imports. Both drivers recognise the statement (see `isCopyFromStdin`)
 * and send its single parameter, the rows in COPY's text format, as the data.
 */
export async function copyRows(
  db: Kysely<DB>,
  table: keyof DB,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (!rows.length) return;
  await copyText(db, table, columns, rows.map((row) => copyLine(row, columns)).join(''));
}

/** Rows already in COPY's text format, one per line, each line ending in a line feed. */
export async function copyText(db: Kysely<DB>, table: keyof DB, columns: readonly string[], text: string) {
  const statement = `copy ${table} (${columns.join(', ')}) from stdin`;
  await db.executeQuery(CompiledQuery.raw(statement, [text]));
}

export function copyLine(row: Record<string, unknown>, columns: readonly string[]): string {
  return columns.map((c) => copyField(row[c])).join('\t') + '\n';
}

export function isCopyFromStdin(statement: string): boolean {
  return /^copy\s.+\sfrom\s+stdin$/is.test(statement.trim());
}

/** One field in COPY's text format: \N for null, arrays as array literals, objects as JSON. */
function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return escapeText(JSON.stringify(value));
  return escapeText(String(value));
}

function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((v) =>
    v === null || v === undefined ? 'NULL' : `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`,
  );
  return `{${items.join(',')}}`;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}
