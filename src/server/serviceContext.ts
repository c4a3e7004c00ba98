import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Language } from '../domain/validation/localizeIssue';
import type { Actor } from './auth/actor';
import { actorOf } from './auth/guards';
import { requestLanguage } from './http/language';

/** What a feature's service works with: the database, who is acting, and the language of its messages. */
export interface ServiceContext {
  db: Kysely<DB>;
  actor: Actor;
  language: Language;
}

/** The service context of a request that passed a guard. */
export function serviceContext(app: FastifyInstance, request: FastifyRequest): ServiceContext {
  return { db: app.db, actor: actorOf(request), language: requestLanguage(request) };
}
