import type { FastifyReply } from 'fastify';
import { sendFile } from '../http/files';

/** What the plans' route files share: their OpenAPI tag. */
export const PLAN_TAGS = ['plans'];

export function sendDownload(reply: FastifyReply, contentType: string, fileName: string, content: Buffer) {
  return sendFile(reply, { fileName, contentType, content });
}
