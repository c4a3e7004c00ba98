import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createIdentityCrypto } from '../../../src/server/secrets/identityCrypto';

describe('identity number protection', () => {
  const crypto = createIdentityCrypto(randomBytes(32));

  it('decrypts what it encrypted, never storing the number in clear', () => {
    const stored = crypto.encrypt('C1234567');
    expect(stored).not.toContain('C1234567');
    expect(crypto.decrypt(stored)).toBe('C1234567');
    expect(crypto.encrypt('C1234567')).not.toBe(stored);
  });

  it('detects tampering', () => {
    const [format, iv, tag, body] = crypto.encrypt('C1234567').split(':');
    const altered = Buffer.from(body ?? '', 'base64');
    altered[0] = (altered[0] ?? 0) ^ 1;
    expect(() => crypto.decrypt([format, iv, tag, altered.toString('base64')].join(':'))).toThrow();
  });

  it('hashes for lookup ignoring spaces, dashes and case; another key gives another hash', () => {
    expect(crypto.lookupHash('c 1234-567')).toBe(crypto.lookupHash('C1234567'));
    expect(createIdentityCrypto(randomBytes(32)).lookupHash('C1234567')).not.toBe(crypto.lookupHash('C1234567'));
  });
});
