import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from '../config';

/**
 * The 32-byte key that protects identity numbers: DATA_KEY (base64) or the file DATA_KEY_FILE.
 * With the embedded database the file is created on first start, beside the data; with PostgreSQL
 * a key must be configured, since every server of a deployment must share it.
 */
export function loadDataKey(config: Config): Buffer {
  if (config.dataKeyBase64) return checked(Buffer.from(config.dataKeyBase64, 'base64'), 'DATA_KEY');
  const path = config.dataKeyFile;
  if (existsSync(path)) return checked(Buffer.from(readFileSync(path, 'utf8').trim(), 'base64'), path);
  if (config.database.kind === 'postgresql') {
    throw new Error(`no data key: set DATA_KEY (32 bytes, base64) or DATA_KEY_FILE (missing: ${path})`);
  }
  const key = randomBytes(32);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

function checked(key: Buffer, source: string): Buffer {
  if (key.length !== 32) throw new Error(`the data key in ${source} must be 32 bytes, base64-encoded`);
  return key;
}
