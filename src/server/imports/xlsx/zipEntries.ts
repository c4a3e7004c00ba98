import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable, Transform, pipeline } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../http/errors';
import { READ_LIMITS } from '../readLimits';

/** One file inside a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
// The end record is 22 bytes plus a comment of at most 65,535.
const TAIL_BYTES = 22 + 65_535;

const corrupted = () => new AppError(400, 'FILE_CORRUPTED');

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** Where the central directory is and how many entries it lists (zip64 included). */
async function findDirectory(file: FileHandle, size: number) {
  const tailStart = Math.max(0, size - TAIL_BYTES);
  const tail = await readAt(file, tailStart, size - tailStart);
  let at = tail.length - 22;
  while (at >= 0 && tail.readUInt32LE(at) !== EOCD) at--;
  if (at < 0) throw corrupted();
  let count = tail.readUInt16LE(at + 10);
  let length = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  const locator = at - 20;
  if (locator >= 0 && tail.readUInt32LE(locator) === ZIP64_EOCD_LOCATOR) {
    const record = await readAt(file, Number(tail.readBigUInt64LE(locator + 8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw corrupted();
    count = Number(record.readBigUInt64LE(32));
    length = Number(record.readBigUInt64LE(40));
    offset = Number(record.readBigUInt64LE(48));
  }
  if (offset + length > size) throw corrupted();
  return { count, length, offset };
}

/** A zip64 extra field gives the sizes and offset that do not fit 32 bits, in this order. */
function applyZip64(entry: ZipEntry, extra: Buffer) {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
    }
    at += 4 + size;
  }
}

/** The entries of a zip file by name (backslashes read as slashes), from its central directory. */
export async function readZipEntries(path: string): Promise<Map<string, ZipEntry>> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const directory = await findDirectory(file, size);
    const buffer = await readAt(file, directory.offset, directory.length);
    const entries = new Map<string, ZipEntry>();
    let at = 0;
    for (let i = 0; i < directory.count; i++) {
      if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_HEADER) throw corrupted();
      const nameLength = buffer.readUInt16LE(at + 28);
      const extraLength = buffer.readUInt16LE(at + 30);
      const commentLength = buffer.readUInt16LE(at + 32);
      const name = buffer
        .subarray(at + 46, at + 46 + nameLength)
        .toString('utf8')
        .replaceAll('\\', '/');
      const entry: ZipEntry = {
        name,
        method: buffer.readUInt16LE(at + 10),
        compressedSize: buffer.readUInt32LE(at + 20),
        uncompressedSize: buffer.readUInt32LE(at + 24),
        localHeaderOffset: buffer.readUInt32LE(at + 42),
      };
      applyZip64(entry, buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
      entries.set(name, entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await file.close();
  }
}

/** The most an entry may inflate to: a zip bomb is stopped there, whatever its headers claim. */
export function inflateLimit(entry: ZipEntry): number {
  return Math.min(READ_LIMITS.entryBytes, Math.max(1024 ** 2, entry.compressedSize * READ_LIMITS.expansionRatio));
}

/** Counts the bytes going through and fails the stream once they pass `limit`. */
function byteLimit(limit: number): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      if (total > limit) return done(new AppError(400, 'FILE_TOO_EXPANDED'));
      done(null, chunk);
    },
  });
}

/**
 * The inflated bytes of one entry, streamed. Destroying the stream (a reader that stops early)
 * closes the file and frees the inflater.
 */
export async function openZipEntry(path: string, entry: ZipEntry): Promise<Readable> {
  const limit = inflateLimit(entry);
  if (entry.uncompressedSize > limit) throw new AppError(400, 'FILE_TOO_EXPANDED');
  if (entry.method !== STORED && entry.method !== DEFLATED) throw corrupted();
  const file = await open(path, 'r');
  let header: Buffer;
  try {
    header = await readAt(file, entry.localHeaderOffset, 30);
  } finally {
    await file.close();
  }
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) throw corrupted();
  const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, { start: dataStart, end: dataStart + entry.compressedSize - 1 });
  const counted = byteLimit(limit);
  return entry.method === STORED ? pipeline(raw, counted, noop) : pipeline(raw, createInflateRaw(), counted, noop);
}

// Errors reach the reader through the last stream; pipeline's callback has nothing more to do.
function noop() {}
