import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { scheduleRepeatingJob } from '../background/repeatingJob';
import type { MailTransport } from './mailTransport';
import { deliverDueMail } from './outbox';

/** How the outbox empties: over SMTP when one is configured, else not at all (administrators read it). */
export interface MailDelivery {
  smtpConfigured: boolean;
  /** Sends what is due now; 0 without SMTP. */
  deliverDue(): Promise<number>;
}

/** Sends what is due every `everyMs` (messages leave within that long of being queued). */
export function startMailDelivery(
  app: FastifyInstance,
  db: Kysely<DB>,
  transport: MailTransport | null,
  everyMs: number,
): MailDelivery {
  const delivery: MailDelivery = {
    smtpConfigured: transport !== null,
    deliverDue: () => (transport ? deliverDueMail(db, transport) : Promise.resolve(0)),
  };
  if (transport) {
    scheduleRepeatingJob(app, { name: 'mail delivery', everyMs, run: delivery.deliverDue });
    app.addHook('onClose', async () => transport.close());
  }
  return delivery;
}
