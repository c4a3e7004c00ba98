import { createHash, randomUUID } from 'node:crypto';
import { errorField } from '../../db/errors';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../http/errors';

export interface StoredUpload {
  path: string;
  sha256: string;
  size: number;
}

/**
 * Writes an uploaded file to the upload folder as it arrives, hashing it on the way; a file over
 * the limit is refused and nothing of it is kept.
 */
export async function storeUpload(source: Readable, uploadDir: string, maxBytes: number): Promise<StoredUpload> {
  // Uploads are personal data: the folder and its files are the server's alone.
  await mkdir(uploadDir, { recursive: true, mode: 0o700 });
  await chmod(uploadDir, 0o700);
  const path = join(uploadDir, `${randomUUID()}.upload`);
  const hash = createHash('sha256');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new AppError(413, 'FILE_TOO_LARGE'));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, measure, createWriteStream(path, { mode: 0o600 }));
  } catch (error) {
    await rm(path, { force: true });
    // The multipart reader stops a file at the same limit, with an error of its own.
    if (errorField(error, 'code') === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'FILE_TOO_LARGE');
    throw error;
  }
  if ((source as Readable & { truncated?: boolean }).truncated) {
    await rm(path, { force: true });
    throw new AppError(413, 'FILE_TOO_LARGE');
  }
  if (size === 0) {
    await rm(path, { force: true });
    throw new AppError(400, 'FILE_EMPTY');
  }
  return { path, sha256: hash.digest('hex'), size };
}
