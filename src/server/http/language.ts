import type { FastifyRequest } from 'fastify';
import type { Language } from '../../domain/text/texts';

/** Vietnamese unless the client prefers English (Accept-Language, or the UI's own choice). */
export function requestLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'] ?? '';
  return /^en\b/i.test(header.trim()) ? 'en' : 'vi';
}
