import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import type { PortalEvent } from '../../domain/portal/portalSchemas';
import { notFound } from '../http/errors';
import { writePortalAudit } from './portalAudit';
import type { PortalAccount } from './portalSessions';

/** The province whose events the person is offered: their record's hometown, else the one that sent it in. */
async function homeProvince(app: FastifyInstance, account: PortalAccount) {
  if (!account.personId) return null;
  const row = await app.db
    .selectFrom('person')
    .select(['hometown_province_code', 'source_province_code'])
    .where('id', '=', account.personId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? (row.hometown_province_code ?? row.source_province_code) : null;
}

function openEvents(app: FastifyInstance, province: string, personId: string) {
  return app.db
    .selectFrom('event as e')
    .leftJoin('event_invitation as i', (join) => join.onRef('i.event_id', '=', 'e.id').on('i.person_id', '=', personId))
    .select([
      'e.id',
      'e.title',
      'e.start_on',
      'e.end_on',
      'e.location',
      'e.description',
      sql<boolean>`coalesce(i.status in ('registered', 'attended'), false)`.as('registered'),
    ])
    .where('e.province_code', '=', province)
    .where('e.deleted_at', 'is', null)
    .where('e.end_on', '>=', vietnamDay(app.clock()));
}

/** The events of the home province not yet over, soonest first. */
export async function myEvents(app: FastifyInstance, account: PortalAccount): Promise<PortalEvent[]> {
  const province = await homeProvince(app, account);
  if (!province || !account.personId) return [];
  const rows = await openEvents(app, province, account.personId).orderBy('e.start_on').limit(50).execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    startOn: r.start_on,
    endOn: r.end_on,
    location: r.location,
    description: r.description,
    registered: r.registered,
  }));
}

/**
 * The person registers for an event (or cancels): their line of the event's invitation list says
 * so, as an officer would mark it; registering is their own act, not a use of contact consent.
 */
export async function registerForEvent(
  app: FastifyInstance,
  request: FastifyRequest,
  account: PortalAccount,
  eventId: string,
  going: boolean,
) {
  const province = await homeProvince(app, account);
  const event =
    province && account.personId
      ? await openEvents(app, province, account.personId).where('e.id', '=', eventId).executeTakeFirst()
      : undefined;
  if (!event || !account.personId) throw notFound();
  const status = going ? 'registered' : 'declined';
  await app.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('event_invitation')
      .values({ event_id: eventId, person_id: account.personId, status })
      .onConflict((oc) =>
        oc
          .columns(['event_id', 'person_id'])
          .where('person_id', 'is not', null)
          .doUpdateSet({ status, updated_at: app.clock() }),
      )
      .execute();
    await writePortalAudit(trx, request, account, {
      action: going ? 'portal.event.register' : 'portal.event.cancel',
      provinces: [province],
      details: { eventId },
    });
  });
  return (await myEvents(app, account)).find((e) => e.id === eventId)!;
}
