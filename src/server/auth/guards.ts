import type { FastifyReply, FastifyRequest } from 'fastify';
import { can, type Permission } from '../../domain/auth/roles';
import type { CurrentUser } from '../../domain/auth/authSchemas';
import { AppError, forbidden, unauthenticated } from '../http/errors';
import type { Actor } from './actor';

type Guard = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/**
 * Signed in. A user holding a one-time password may only reach the routes that let them
 * replace it (allowPendingPasswordChange).
 */
export function requireUser(options: { allowPendingPasswordChange?: boolean } = {}): Guard {
  return async (request) => {
    const user = request.user;
    if (!user) throw unauthenticated();
    if (user.mustChangePassword && !options.allowPendingPasswordChange) {
      throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED');
    }
  };
}

export function requirePermission(permission: Permission): Guard {
  const signedIn = requireUser();
  return async (request, reply) => {
    await signedIn(request, reply);
    if (!can(currentUser(request).role, permission)) throw forbidden();
  };
}

/** The signed-in user of a request that passed a guard. */
export function currentUser(request: FastifyRequest): CurrentUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

export function actorOf(request: FastifyRequest): Actor {
  return { user: currentUser(request), ip: request.ip };
}

/** The hash of the request's session token; a signed-in request always has one. */
export function sessionTokenHashOf(request: FastifyRequest): string {
  if (!request.sessionTokenHash) throw unauthenticated();
  return request.sessionTokenHash;
}
