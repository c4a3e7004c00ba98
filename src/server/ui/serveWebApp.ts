import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Serves the built web UI (dist/web). Returns the fallback for unknown non-API paths: the
 * single-page app's index.html, whose router shows the page or its own 404.
 */
export async function serveWebApp(
  app: FastifyInstance,
  webDir: string | null,
): Promise<((request: FastifyRequest, reply: FastifyReply) => FastifyReply) | null> {
  if (!webDir || !existsSync(join(webDir, 'index.html'))) {
    app.log.warn('web UI not built (npm run build:web); serving the API only');
    return null;
  }
  await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  return (_request, reply) => reply.type('text/html').sendFile('index.html');
}
