import argon2 from 'argon2';
import { randomInt } from 'node:crypto';

// OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane.
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

// Letters and digits that cannot be misread on paper (no 0/O, 1/l/I).
const READABLE = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random one-time password, 16 characters from a readable alphabet (~93 bits). */
export function generatePassword(length = 16): string {
  return Array.from({ length }, () => READABLE[randomInt(READABLE.length)]).join('');
}
