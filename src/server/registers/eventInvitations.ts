import { sql } from 'kysely';
import type { ExportFormat } from '../../domain/exports/exportFormats';
import {
  INVITATION_EXPORT_COLUMNS,
  type Invitation,
  type InvitationFilter,
  type InvitationUpdate,
} from '../../domain/registers/invitations';
import { EVENTS } from '../../domain/registers/affairsRegisters';
import { personListQuerySchema } from '../../domain/persons/listQuery';
import { auditOf } from '../audit/writeAudit';
import { associationFilters } from '../associations/associationService';
import { associationsQuery } from '../associations/associationQueries';
import { streamExport } from '../exports/streamExport';
import { notFound } from '../http/errors';
import { allPages, offsetPage } from '../lists/offsetPage';
import { personPage, resolveFilters } from '../persons/searchPersons';
import type { ServiceContext, PersonServiceContext } from '../serviceContext';
import { recordInHands } from './registerService';
import { visibleRows } from '../access/policy';
import { hasConsent } from '../consent/consentConditions';
import { mailInvitations, type InvitationMailing } from './invitationMails';

// Invitations by filter go out a page at a time, and no more than this many persons at once.
const MAX_PERSONS = 5_000;

const audit = auditOf('event');

/** The persons the filter selects (as the person list would), up to MAX_PERSONS. */
async function personsOfFilter(
  ctx: PersonServiceContext,
  filter: NonNullable<InvitationFilter['persons']>,
): Promise<string[]> {
  const query = personListQuerySchema.parse({ ...filter, limit: 200 });
  const filters = await resolveFilters(ctx, query);
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await personPage(ctx, filters, { sort: 'name', limit: 200, cursor }, { withTotal: false });
    ids.push(...page.items.map((p) => p.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && ids.length < MAX_PERSONS);
  return ids.slice(0, MAX_PERSONS);
}

/**
 * Invites to an event the persons and associations a filter selects (the person list's filters:
 * country, category, hometown…; the association list's: kind, country, field) and any given by id.
 * Those invited already are left as they are. Returns how many were invited now.
 */
export async function invite(
  ctx: PersonServiceContext,
  mailing: InvitationMailing,
  eventId: string,
  filter: InvitationFilter,
) {
  const event = await recordInHands(ctx.db, ctx, EVENTS, eventId);
  const personIds = [
    ...(filter.personIds ?? []),
    ...(filter.persons ? await personsOfFilter(ctx, filter.persons) : []),
  ];
  const associationIds = [
    ...(filter.associationIds ?? []),
    ...(filter.associations
      ? (
          await associationsQuery(
            ctx.db,
            associationFilters(ctx, { ...filter.associations, page: 1, pageSize: 1 }),
          ).execute()
        ).map((a) => a.id)
      : []),
  ];
  const visiblePersons = personIds.length
    ? await ctx.db
        .selectFrom('person as p')
        .select(['p.id', hasConsent('contact', 'p.id').as('may_contact')])
        .where('p.id', 'in', [...new Set(personIds)])
        .where('p.deleted_at', 'is', null)
        .where(visibleRows(ctx.actor.user, 'person', 'p'))
        .execute()
    : [];
  // Only those who agreed to be contacted about events are invited; the others are counted.
  const contactable = visiblePersons.filter((p) => p.may_contact).map((p) => p.id);
  const withoutContactConsent = visiblePersons.length - contactable.length;
  const ownAssociations = associationIds.length
    ? (
        await ctx.db
          .selectFrom('association')
          .select('id')
          .where('id', 'in', [...new Set(associationIds)])
          .where('province_code', '=', event.province_code)
          .execute()
      ).map((a) => a.id)
    : [];
  const rows = [
    ...contactable.map((person_id) => ({ event_id: eventId, person_id, invited_by: ctx.actor.user.id })),
    ...ownAssociations.map((association_id) => ({ event_id: eventId, association_id, invited_by: ctx.actor.user.id })),
  ];
  // One transaction: a list is invited whole or not at all; those invited already are not returned.
  const { invited, mailed } = await ctx.db.transaction().execute(async (trx) => {
    const added: { person_id: string | null }[] = [];
    for (let i = 0; i < rows.length; i += 1000) {
      const inserted = await trx
        .insertInto('event_invitation')
        .values(rows.slice(i, i + 1000))
        .onConflict((oc) => oc.doNothing())
        .returning('person_id')
        .execute();
      added.push(...inserted);
    }
    const newPersons = added.flatMap((a) => (a.person_id ? [a.person_id] : []));
    const mailed = filter.sendEmail ? await mailInvitations(trx, mailing, eventId, newPersons) : 0;
    await audit(trx, ctx.actor, 'invite', eventId, event.province_code, {
      invited: added.length,
      withoutContactConsent,
      mailed,
      filter,
    });
    return { invited: added.length, mailed };
  });
  return { invited, alreadyInvited: rows.length - invited, withoutContactConsent, mailed };
}

/** Whether an invitee may be written to: an association always, a person with contact consent. */
const mayContact = () => sql<boolean>`(i.person_id is null or ${hasConsent('contact', 'i.person_id')})`;

/** The invitations with who they are and how to reach them (persons and associations alike). */
function invitationsQuery(ctx: ServiceContext, eventId: string, status?: Invitation['status']) {
  let query = ctx.db
    .selectFrom('event_invitation as i')
    .leftJoin('person as p', 'p.id', 'i.person_id')
    .leftJoin('association as a', 'a.id', 'i.association_id')
    .select([
      'i.id',
      'i.person_id',
      'i.association_id',
      'i.status',
      'i.note',
      sql<string>`coalesce(p.full_name, a.name)`.as('name'),
      'p.sex',
      sql<string | null>`coalesce(p.residence_country, a.country)`.as('country'),
      sql<string | null>`coalesce(p.address_abroad, a.address)`.as('address'),
      sql<string | null>`coalesce(p.emails[1], a.emails[1])`.as('email'),
      sql<string | null>`coalesce(p.phones[1], a.phones[1])`.as('phone'),
      mayContact().as('may_contact'),
    ])
    .where('i.event_id', '=', eventId)
    .orderBy(sql`coalesce(p.name_search, a.name_search)`)
    .orderBy('i.id');
  if (status) query = query.where('i.status', '=', status);
  return query;
}

type InvitationRow = Awaited<ReturnType<ReturnType<typeof invitationsQuery>['executeTakeFirstOrThrow']>>;

const toInvitation = (r: InvitationRow): Invitation => ({
  id: r.id,
  kind: r.person_id ? 'person' : 'association',
  inviteeId: (r.person_id ?? r.association_id)!,
  name: r.name,
  sex: r.sex,
  country: r.country,
  address: r.address,
  email: r.email,
  phone: r.phone,
  status: r.status,
  note: r.note,
  mayContact: r.may_contact,
});

/** An event's invitations, with the counts by status; reading contacts is audited. */
export async function listInvitations(
  ctx: ServiceContext,
  eventId: string,
  query: { status?: Invitation['status']; page: number; pageSize: number },
) {
  const event = await recordInHands(ctx.db, ctx, EVENTS, eventId);
  const page = await offsetPage(invitationsQuery(ctx, eventId, query.status), query);
  const counts = await ctx.db
    .selectFrom('event_invitation')
    .select(['status', sql<number>`count(*)::int`.as('n')])
    .where('event_id', '=', eventId)
    .groupBy('status')
    .execute();
  await audit(ctx.db, ctx.actor, 'invitations_read', eventId, event.province_code, {
    rows: page.rows.length,
  });
  return {
    items: page.rows.map(toInvitation),
    total: page.total,
    byStatus: Object.fromEntries(counts.map((c) => [c.status, c.n])),
  };
}

/** Registration, attendance or absence of one invitee. */
export async function updateInvitation(
  ctx: ServiceContext,
  eventId: string,
  invitationId: number,
  update: InvitationUpdate,
) {
  const event = await recordInHands(ctx.db, ctx, EVENTS, eventId);
  const changed = await ctx.db
    .updateTable('event_invitation')
    .set({ status: update.status, note: update.note, updated_at: new Date() })
    .where('id', '=', invitationId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  if (!changed.numUpdatedRows) throw notFound();
  await audit(ctx.db, ctx.actor, 'invitation', eventId, event.province_code, {
    invitationId,
    status: update.status,
  });
  const row = await invitationsQuery(ctx, eventId).where('i.id', '=', invitationId).executeTakeFirstOrThrow();
  return toInvitation(row);
}

/**
 * The invitation list for a mail merge: salutation, name, address, country, email, phone, status;
 * without the persons who have not agreed to be contacted (or withdrew since being invited).
 */
export async function exportInvitations(ctx: ServiceContext, eventId: string, format: ExportFormat) {
  const event = await recordInHands(ctx.db, ctx, EVENTS, eventId);
  const rows = allPages(invitationsQuery(ctx, eventId).where(mayContact()));
  const pages = (async function* () {
    for await (const page of rows) yield page.map(toInvitation);
  })();
  return streamExport(format, INVITATION_EXPORT_COLUMNS, pages, (count, complete) =>
    audit(ctx.db, ctx.actor, 'invitations_export', eventId, event.province_code, {
      format,
      rows: count,
      complete,
    }),
  );
}
