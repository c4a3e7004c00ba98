import { createHash } from 'node:crypto';
import { errorField } from '../../db/errors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/** A file sent with a request, whole in memory: an attachment (20 MB at most), not an import. */
export interface UploadedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** A file's name as sent, without the control characters (NUL among them) a name never means. */
export function cleanFileName(name: string | undefined, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  return (name ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim() || fallback;
}

/** The one file of a multipart request, whole (20 MB at most). */
export async function uploadedFile(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart()) throw new AppError(400, 'FILE_EMPTY');
  const part = await request.file({ limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1 } });
  if (!part) throw new AppError(400, 'FILE_EMPTY');
  const content = await part.toBuffer().catch((error: unknown) => {
    if (errorField(error, 'code') === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'ATTACHMENT_TOO_LARGE');
    throw error;
  });
  if (!content.length) throw new AppError(400, 'FILE_EMPTY');
  return {
    fileName: cleanFileName(part.filename, 'tep-dinh-kem'),
    contentType: part.mimetype || 'application/octet-stream',
    content,
  };
}

/** The columns every attachment table stores: the file, its size and SHA-256, who gave it. */
export function storedFileColumns(file: UploadedFile, uploadedBy: number) {
  return {
    file_name: file.fileName,
    content_type: file.contentType,
    size: file.content.length,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    content: file.content,
    uploaded_by: uploadedBy,
  };
}

/** A stored attachment's row as the file `sendFile` sends. */
export function fileOfRow(row: {
  file_name: string;
  content_type: string;
  content: Buffer | Uint8Array;
}): UploadedFile {
  return { fileName: row.file_name, contentType: row.content_type, content: Buffer.from(row.content) };
}

/** Sends a stored file as a download, its Vietnamese name kept (RFC 6266). */
export function sendFile(reply: FastifyReply, file: { fileName: string; contentType: string; content: Buffer }) {
  const ascii = file.fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_');
  reply.header('content-type', file.contentType);
  reply.header(
    'content-disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  );
  reply.header('x-content-type-options', 'nosniff');
  return reply.send(file.content);
}
