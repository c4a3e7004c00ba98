/** A text property of a thrown value (`code`, `constraint`, `message`), whatever threw it. */
export function errorField(error: unknown, name: 'code' | 'constraint' | 'message'): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const value: unknown = Reflect.get(error, name);
  return typeof value === 'string' ? value : undefined;
}

/** PostgreSQL's unique_violation, as raised by both node-postgres and PGlite. */
export function isUniqueViolation(error: unknown): boolean {
  return errorField(error, 'code') === '23505';
}

// SQLSTATE classes and codes that mean the server is not there (not that the statement was wrong):
// 08 connection exception, 57P01–57P03 shut down / crashed / starting up, 53300 too many connections.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);
// node-postgres reports a lost connection with these messages and no code.
const LOST_CONNECTION =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable/i;

/** The database server cannot be reached, or went away during the statement: try again later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const [code, message] = [errorField(error, 'code'), errorField(error, 'message')];
  if (code && (code.startsWith('08') || UNAVAILABLE_STATES.has(code) || NETWORK_CODES.has(code))) return true;
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  return message !== undefined && LOST_CONNECTION.test(message);
}
