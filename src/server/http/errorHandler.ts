import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

type Fallback = (request: FastifyRequest, reply: FastifyReply) => FastifyReply;
import { isDatabaseUnavailable } from '../../db/errors';
import { ERROR_MESSAGES, type ErrorCode } from '../../domain/errors/errorMessages';
import { auditRefusal } from '../audit/auditRefusal';
import { AppError, type ErrorDetail } from './errors';
import { requestLanguage } from './language';
import { toErrorDetail, wordDetails } from './validationError';
import { InvalidRequest } from './validatorCompiler';

function send(reply: FastifyReply, request: FastifyRequest, status: number, code: string, details: ErrorDetail[]) {
  const language = requestLanguage(request);
  const known = ERROR_MESSAGES[code as ErrorCode];
  const message = known ? known[language] : code;
  return reply.status(status).send({ error: { code, message, details: wordDetails(details, language) } });
}

/** A refusal (403, 404) is audited before it is answered; an audit that cannot be written is logged, the answer stays. */
async function sendAppError(request: FastifyRequest, reply: FastifyReply, error: AppError | null) {
  const [status, code] = error ? [error.statusCode, error.code] : [404, 'NOT_FOUND'];
  await auditRefusal(request, { status, code, provinces: error?.concernedProvinces }).catch((auditError: unknown) =>
    request.log.error({ err: auditError }, 'refusal not audited'),
  );
  return send(reply, request, status, code, error?.details ?? []);
}

/**
 * Every error leaves the server as `{ error: { code, message, details } }`. An unknown page
 * (not /api) goes to the fallback, the web app, when there is one.
 */
export function registerErrorHandling(app: FastifyInstance, pageFallback: Fallback | null): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof InvalidRequest) {
      return send(reply, request, 400, 'VALIDATION_FAILED', error.issues.map(toErrorDetail));
    }
    if (error instanceof AppError) return sendAppError(request, reply, error);
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(reply, request, 413, 'BODY_TOO_LARGE', []);
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (bad JSON, wrong content type, body too large): say what it was.
      return reply
        .status(status)
        .send({ error: { code: error.code ?? 'BAD_REQUEST', message: error.message, details: [] } });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return send(reply, request, 503, 'DATABASE_UNAVAILABLE', []);
    }
    request.log.error({ err: error }, 'request failed');
    return send(reply, request, 500, 'INTERNAL_ERROR', []);
  });

  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (isPage && pageFallback) return pageFallback(request, reply);
    return sendAppError(request, reply, null);
  });
}
