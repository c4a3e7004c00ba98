import type { FastifyInstance } from 'fastify';
import { AppError } from './errors';

/** No record is more than a few levels deep (a person's relatives, a plan's tasks): 32 is plenty. */
export const MAX_JSON_DEPTH = 32;

/** How deep the arrays and objects of a JSON text nest, strings skipped; stops counting past `limit`. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isInString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) isInString = false;
    } else if (c === 34) isInString = true;
    else if (c === 91 || c === 123) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/**
 * JSON bodies through Fastify's own parser (which refuses __proto__ poisoning), after a linear look
 * at how deep they nest: a body of a million nested arrays is refused (400 BODY_TOO_DEEP) before
 * JSON.parse and validation spend the event loop on it.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDepth(body as string, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      done(new AppError(400, 'BODY_TOO_DEEP'), undefined);
      return;
    }
    parse(request, body as string, done);
  });
}
