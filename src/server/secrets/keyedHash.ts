import { createHmac, hkdfSync } from 'node:crypto';

/**
 * An HMAC-SHA-256 with a key of its own derived from the data key for `purpose`: portal sign-in
 * codes are kept as such hashes, and invitation links are signed with one.
 */
export function keyedHash(dataKey: Buffer, purpose: string): (text: string) => string {
  const key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), purpose, 32));
  return (text) => createHmac('sha256', key).update(text).digest('base64url');
}
