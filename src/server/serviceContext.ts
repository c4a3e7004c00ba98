import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Actor } from './auth/actor';
import { actorOf } from './auth/guards';
import type { IdentityCrypto } from './secrets/identityCrypto';

/**
 * What a feature's service works with: the database, who is acting, and the time now (the app's clock: a test fixes it, so that no result depends on today's date).
 */
export interface ServiceContext {
  db: Kysely<DB>;
  /**
   * For read-only queries that may lag a moment behind a write (lists, search, exports,
   * statistics): a streaming replica when one is configured; `db` when absent.
   */
  readDb?: Kysely<DB>;
  actor: Actor;
  now: () => Date;
}

/** The same, with what opens identity numbers: for the services that read or write persons. */
export interface PersonServiceContext extends ServiceContext {
  crypto: IdentityCrypto;
}

/** The service context of a request that passed a guard. */
export function serviceContext(app: FastifyInstance, request: FastifyRequest): ServiceContext {
  return { db: app.db, readDb: app.readDb, actor: actorOf(request), now: app.clock };
}

export function personServiceContext(app: FastifyInstance, request: FastifyRequest): PersonServiceContext {
  return { ...serviceContext(app, request), crypto: app.identityCrypto };
}

/** Where a read-only query of this context goes. */
export function readerOf(ctx: ServiceContext): Kysely<DB> {
  return ctx.readDb ?? ctx.db;
}
