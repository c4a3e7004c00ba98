import { inTransaction } from '../records/inTransaction';
import type { Kysely, Selectable } from 'kysely';
import type { DB, ExpertProfileTable } from '../../db/schema';
import type { ExpertProfile, ExpertProfileInput } from '../../domain/experts/expertSchemas';
import { auditOf } from '../audit/writeAudit';
import { personRowProvinces } from '../persons/personProvinces';
import { notFound } from '../http/errors';
import { versionConflict } from '../http/validationError';
import { updateWithVersion } from '../records/updateWithVersion';
import type { ServiceContext } from '../serviceContext';
import { mayDo, ofPerson } from '../access/policy';
import { presentRow } from '../records/presentRow';

/** A live person of the user's jurisdiction (404 otherwise), with the province its records go by. */
export async function visiblePerson(db: Kysely<DB>, ctx: ServiceContext, personId: string) {
  const person = await db
    .selectFrom('person')
    .select(['id', 'full_name', 'hometown_province_code', 'source_province_code'])
    .where('id', '=', personId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!person || !mayDo(ctx.actor.user, 'read', 'person', ofPerson(person)))
    throw notFound(person && personRowProvinces(person));
  return person;
}

function toProfile(row: Selectable<ExpertProfileTable>): ExpertProfile {
  return {
    ...presentRow(row, [
      'person_id',
      'degree',
      'fields',
      'employer',
      'position',
      'publications',
      'languages',
      'notes',
      'version',
      'updated_at',
    ]),
    willingness: row.willingness as ExpertProfile['willingness'],
  };
}

const auditExpert = auditOf('person', 'expert');
const audit = (
  db: Kysely<DB>,
  ctx: ServiceContext,
  action: string,
  person: { id: string; hometown_province_code: string | null; source_province_code: string | null },
) => auditExpert(db, ctx.actor, action, person.id, personRowProvinces(person));

/** A person's expert profile, or null when they have none; the read is audited (personal data). */
export async function readExpertProfile(ctx: ServiceContext, personId: string): Promise<ExpertProfile | null> {
  const person = await visiblePerson(ctx.db, ctx, personId);
  const row = await ctx.db
    .selectFrom('expert_profile')
    .selectAll()
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (row) await audit(ctx.db, ctx, 'read', person);
  return row ? toProfile(row) : null;
}

/** Creates a person's expert profile, or changes it (then `version` must be the one read). */
export async function saveExpertProfile(ctx: ServiceContext, personId: string, input: ExpertProfileInput) {
  const userId = ctx.actor.user.id;
  return inTransaction(ctx.db, async (trx) => {
    const person = await visiblePerson(trx, ctx, personId);
    const stored = await trx
      .selectFrom('expert_profile')
      .select('version')
      .where('person_id', '=', personId)
      .executeTakeFirst();
    const columns = {
      degree: input.degree,
      fields: [...new Set(input.fields)],
      employer: input.employer,
      position: input.position,
      publications: JSON.stringify(input.publications),
      languages: [...new Set(input.languages)],
      willingness: [...new Set(input.willingness)],
      notes: input.notes,
      updated_by: userId,
    };
    if (stored) {
      const version = { read: stored.version, sent: input.version ?? -1 };
      const set = { ...columns, updated_at: new Date() };
      await updateWithVersion(trx, { table: 'expert_profile', idColumn: 'person_id', id: personId, version, set });
    } else {
      // Two first saves at once: the second finds the profile made and must read it first.
      const created = await trx
        .insertInto('expert_profile')
        .values({ person_id: personId, ...columns, created_by: userId })
        .onConflict((oc) => oc.column('person_id').doNothing())
        .returning('person_id')
        .executeTakeFirst();
      if (!created) throw versionConflict();
    }
    const row = await trx
      .selectFrom('expert_profile')
      .selectAll()
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow();
    await audit(trx, ctx, stored ? 'update' : 'create', person);
    return toProfile(row);
  });
}

export async function deleteExpertProfile(ctx: ServiceContext, personId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const person = await visiblePerson(trx, ctx, personId);
    const deleted = await trx.deleteFrom('expert_profile').where('person_id', '=', personId).executeTakeFirst();
    if (!deleted.numDeletedRows) throw notFound();
    await audit(trx, ctx, 'delete', person);
  });
}
