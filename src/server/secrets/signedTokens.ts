import { timingSafeEqual } from 'node:crypto';

/**
 * A token naming a few values, signed with the app's key for one use (`use`): a token made for one
 * use never passes for another, and none is forged without the key.
 */
export function signToken(mac: (text: string) => string, use: string, values: readonly (string | number)[]): string {
  const payload = Buffer.from(JSON.stringify(values)).toString('base64url');
  return `${payload}.${mac(`${use}:${payload}`)}`;
}

/** The values of a token signed by us for this use, or null. */
export function readToken(mac: (text: string) => string, use: string, token: string): unknown[] | null {
  const [payload = '', signature = ''] = token.split('.');
  const expected = Buffer.from(mac(`${use}:${payload}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
