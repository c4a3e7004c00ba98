import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption at rest of identity numbers (passport, ID card): AES-256-GCM, and a keyed hash
 * (HMAC-SHA-256) for exact lookup without decrypting. Both keys derive from one 32-byte data key.
 */
export interface IdentityCrypto {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  lookupHash(number: string): string;
}

const FORMAT = 'v1';

/** The form numbers are compared in: no spaces or dashes, upper-case. */
export function canonicalIdentityNumber(number: string): string {
  return number.replace(/[\s-]+/g, '').toUpperCase();
}

export function createIdentityCrypto(dataKey: Buffer): IdentityCrypto {
  if (dataKey.length !== 32) throw new Error('the data key must be 32 bytes');
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), purpose, 32));
  const encryptionKey = derive('cau-noi identity-number encryption');
  const lookupKey = derive('cau-noi identity-number lookup');

  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [FORMAT, iv, cipher.getAuthTag(), body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64')))
        .join(':');
    },
    decrypt(stored) {
      const [format, iv, tag, body] = stored.split(':');
      if (format !== FORMAT || !iv || !tag || body === undefined) throw new Error('unknown encrypted value format');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    },
    lookupHash(number) {
      return createHmac('sha256', lookupKey).update(canonicalIdentityNumber(number)).digest('hex');
    },
  };
}
