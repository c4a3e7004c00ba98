import type { Contact, ContactInput } from '../../domain/experts/expertSchemas';
import { auditActor } from '../audit/writeAudit';
import { personRowProvinces } from '../persons/personProvinces';
import { fieldError } from '../http/validationError';
import type { ServiceContext } from '../serviceContext';
import { readNeed } from './needService';
import { visiblePerson } from './profileService';
import { visibleRows } from '../access/policy';
import { presentRow } from '../records/presentRow';

/** The outreach to experts, newest first: to one person, or about one need; persons of the user's jurisdiction. */
export async function listContacts(
  ctx: ServiceContext,
  by: { personId?: string; needId?: string },
): Promise<Contact[]> {
  let query = ctx.db
    .selectFrom('expert_contact as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .leftJoin('local_need as n', 'n.id', 'c.need_id')
    .leftJoin('app_user as u', 'u.id', 'c.created_by')
    .select([
      'c.id',
      'c.person_id',
      'p.full_name',
      'c.need_id',
      'n.title',
      'c.contacted_on',
      'c.channel',
      'c.summary',
      'c.outcome',
      'u.display_name',
      'p.hometown_province_code',
      'p.source_province_code',
    ])
    .where(visibleRows(ctx.actor.user, 'person', 'p'))
    .orderBy('c.contacted_on', 'desc')
    .orderBy('c.id', 'desc');
  if (by.personId) query = query.where('c.person_id', '=', by.personId);
  if (by.needId) query = query.where('c.need_id', '=', by.needId);
  const rows = await query.execute();
  // Who was contacted, when and about what: personal data of each expert, so the read is audited.
  await auditActor(ctx.db, ctx.actor, {
    action: 'expert.contacts',
    entityType: by.personId ? 'person' : 'local_need',
    entityId: by.personId ?? by.needId,
    provinces: rows.flatMap(personRowProvinces),
    details: { persons: [...new Set(rows.map((r) => r.person_id))] },
  });
  return rows.map((r) => ({
    ...presentRow(r, ['id', 'person_id', 'full_name', 'need_id']),
    needTitle: r.title,
    contactedOn: r.contacted_on,
    channel: r.channel,
    summary: r.summary,
    outcome: r.outcome,
    createdBy: r.display_name,
  }));
}

/** Records an outreach to a person of the user's jurisdiction, about a need of it or none. */
export async function addContact(ctx: ServiceContext, personId: string, input: ContactInput): Promise<Contact[]> {
  await ctx.db.transaction().execute(async (trx) => {
    const person = await visiblePerson(trx, ctx, personId);
    if (input.needId) {
      await readNeed(ctx, input.needId, trx).catch(() => {
        throw fieldError('needId', 'needUnknown');
      });
    }
    const row = await trx
      .insertInto('expert_contact')
      .values({
        person_id: personId,
        need_id: input.needId,
        contacted_on: input.contactedOn,
        channel: input.channel,
        summary: input.summary,
        outcome: input.outcome,
        created_by: ctx.actor.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditActor(trx, ctx.actor, {
      action: 'expert.contact',
      entityType: 'person',
      entityId: personId,
      provinces: personRowProvinces(person),
      details: { contact: row.id, need: input.needId },
    });
  });
  return listContacts(ctx, { personId });
}
