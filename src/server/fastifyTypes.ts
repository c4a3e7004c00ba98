import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { CurrentUser } from '../domain/auth/authSchemas';
import type { Config } from './config';
import type { DuplicateCheckRunner } from './duplicates/checkRunner';
import type { ImportRunner } from './imports/commitBatch';
import type { MailDelivery } from './mail/mailDelivery';
import type { PortalAccount } from './portal/portalSessions';
import type { IdentityCrypto } from './secrets/identityCrypto';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<DB>;
    /** Read-only traffic: the replica of DATABASE_READ_URL, or `db` (see Database.readDb). */
    readDb: Kysely<DB>;
    config: Config;
    identityCrypto: IdentityCrypto;
    importRunner: ImportRunner;
    duplicateCheckRunner: DuplicateCheckRunner;
    mailDelivery: MailDelivery;
    /** The keyed hash of portal sign-in codes and invitation links. */
    portalMac: (text: string) => string;
    /** The time now: the system clock, or a fixed one in tests (dates never depend on today). */
    clock: () => Date;
  }
  interface FastifyRequest {
    /** The signed-in user, or null. Set by the session plugin for every /api request. */
    user: CurrentUser | null;
    /** Hash of the session token behind the cookie, when the session is live. */
    sessionTokenHash: string | null;
    csrfToken: string | null;
    /** The kiều bào signed in to the portal (its own cookie), or null; never a staff user. */
    portalAccount: PortalAccount | null;
    portalCsrfToken: string | null;
  }
}
