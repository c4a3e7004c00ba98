import type { FastifyServerOptions } from 'fastify';

/**
 * Request logs carry no personal data: the path without its query string (searches hold names),
 * no headers (cookies), no bodies; errors without driver details (which quote row values).
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: Error & { code?: string; severity?: string }) => ({
        type: err.name,
        code: err.code,
        // A database error's message can quote the offending value; its SQLSTATE code says enough.
        message: err.severity ? `database error ${err.code}` : err.message,
        stack: err.severity ? '' : (err.stack ?? ''),
      }),
    },
  };
}
