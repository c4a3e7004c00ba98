import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { sendFile } from '../http/files';

/** What the plans' route files share: their OpenAPI tag and the id parameter. */
export const PLAN_TAGS = ['plans'];
export const idParams = z.object({ id: z.uuid() });

export function sendDownload(reply: FastifyReply, contentType: string, fileName: string, content: Buffer) {
  return sendFile(reply, { fileName, contentType, content });
}
