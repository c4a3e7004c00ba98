import type { Kysely, Transaction } from 'kysely';
import type { DB, PersonChangeTable } from '../../db/schema';
import { can } from '../../domain/auth/roles';
import { diffSnapshots, historySnapshot, type FieldChange } from '../../domain/persons/personHistory';
import type { Person, PersonInput, PersonUpdate } from '../../domain/persons/schemas';
import type { Actor } from '../auth/actor';
import { isPersonVisible, provinceScope } from '../auth/jurisdiction';
import { auditActor, type RecordProvinces } from '../audit/writeAudit';
import { personProvinces, personRowProvinces } from './personProvinces';
import { supplyingAssociation } from '../associations/service';
import { checkPersonForDuplicates } from '../duplicates/checkPerson';
import { forbidden, notFound, outsideJurisdiction } from '../http/errors';
import { updateWithVersion } from '../records/updateWithVersion';
import type { ServiceContext } from '../serviceContext';
import type { IdentityCrypto } from '../secrets/identityCrypto';
import { personColumns, toPerson } from './personRecord';
import { writePersonChildren } from './personChildren';
import { loadPersonParts } from './loadPersonParts';

export interface PersonContext extends ServiceContext {
  crypto: IdentityCrypto;
}

/**
 * A province user records persons for their own province: the source defaults to it, and the
 * record must stay within it (by hometown or source) after the change.
 */
function withJurisdiction(actor: Actor, rawInput: PersonInput) {
  const scope = provinceScope(actor.user);
  const input = { ...rawInput, sourceProvinceCode: rawInput.sourceProvinceCode ?? scope };
  const columns = personColumns(input);
  if (scope && columns.hometown_province_code !== scope && input.sourceProvinceCode !== scope) {
    throw outsideJurisdiction(columns.hometown_province_code);
  }
  return { input, columns };
}

/** The association that supplied the record, by its id, named as its record names it. */
async function withSupplier(ctx: PersonContext, input: PersonInput): Promise<PersonInput> {
  if (!input.sourceAssociationId) return input;
  const scope = provinceScope(ctx.actor.user);
  const supplier = await supplyingAssociation(
    ctx.db,
    scope,
    input.sourceAssociationId,
    'sourceAssociationId',
    ctx.language,
  );
  return { ...input, sourceAssociation: supplier.name };
}

async function loadVisible(ctx: PersonContext, db: Kysely<DB>, id: string): Promise<Person> {
  const parts = await loadPersonParts(db, id);
  if (!parts || !isPersonVisible(ctx.actor.user, parts.row)) throw notFound(parts && personRowProvinces(parts.row));
  return toPerson(parts, ctx.crypto, can(ctx.actor.user.role, 'persons.identity'));
}

/** A version of a person in its history, and the audit entry of the change. */
export async function recordChange(
  trx: Transaction<DB>,
  ctx: PersonContext,
  person: { id: string; version: number; provinces: RecordProvinces },
  action: PersonChangeTable['action'],
  changes: FieldChange[],
) {
  await trx
    .insertInto('person_change')
    .values({
      person_id: person.id,
      version: person.version,
      action,
      changed_by: ctx.actor.user.id,
      changes: JSON.stringify(changes),
    })
    .execute();
  await auditActor(trx, ctx.actor, {
    action: `person.${action}`,
    entityType: 'person',
    entityId: person.id,
    provinces: person.provinces,
    details: { version: person.version, fields: changes.map((c) => c.field) },
  });
}

export async function createPerson(ctx: PersonContext, rawInput: PersonInput): Promise<Person> {
  const { input, columns } = withJurisdiction(ctx.actor, await withSupplier(ctx, rawInput));
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('person')
      .values({ ...columns, created_by: ctx.actor.user.id, updated_by: ctx.actor.user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writePersonChildren(trx, ctx, id, input, columns.name_words);
    const created = await loadVisible(ctx, trx, id);
    const changes = diffSnapshots({}, historySnapshot(created)).filter(
      (c) => c.to !== null && JSON.stringify(c.to) !== '[]',
    );
    await checkPersonForDuplicates(trx, id);
    await recordChange(trx, ctx, { id, version: 1, provinces: personProvinces(created) }, 'create', changes);
    return created;
  });
}

/** A record the user may see, its reading audited (personal data) as `action`, in its provinces' logs. */
async function readVisibleAudited(ctx: PersonContext, id: string, action: string) {
  const person = await loadVisible(ctx, ctx.db, id);
  await auditActor(ctx.db, ctx.actor, {
    action,
    entityType: 'person',
    entityId: id,
    provinces: personProvinces(person),
    details: { identityUnmasked: person.identityDocuments.some((d) => !d.isMasked) },
  });
  return person;
}

/** The full record; every such read is audited (personal data, Decree 13/2023/NĐ-CP). */
export function readPerson(ctx: PersonContext, id: string): Promise<Person> {
  return readVisibleAudited(ctx, id, 'person.read');
}

export async function updatePerson(ctx: PersonContext, id: string, update: PersonUpdate): Promise<Person> {
  const { version, ...rawInput } = update;
  const { input, columns } = withJurisdiction(ctx.actor, await withSupplier(ctx, rawInput));
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadVisible(ctx, trx, id);
    if (before.deletedAt) throw notFound();
    const newVersion = await updateWithVersion(
      trx,
      {
        table: 'person',
        id,
        version: { read: before.version, sent: version },
        set: { ...columns, updated_at: new Date(), updated_by: ctx.actor.user.id },
      },
      ctx.language,
    );
    await writePersonChildren(trx, ctx, id, input, columns.name_words);
    const after = await loadVisible(ctx, trx, id);
    const changes = diffSnapshots(historySnapshot(before), historySnapshot(after));
    await checkPersonForDuplicates(trx, id);
    await recordChange(
      trx,
      ctx,
      // Both before and after: a record moved to another province is in both provinces' audit.
      { id, version: newVersion, provinces: [...personProvinces(before), ...personProvinces(after)] },
      'update',
      changes,
    );
    return after;
  });
}

/** Soft delete (deleted: true) or restore (false); the record and its history stay. */
export async function setPersonDeleted(ctx: PersonContext, id: string, deleted: boolean): Promise<Person> {
  if (!can(ctx.actor.user.role, 'persons.write')) throw forbidden();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadVisible(ctx, trx, id);
    if ((before.deletedAt !== null) === deleted) return;
    const version = await updateWithVersion(
      trx,
      {
        table: 'person',
        id,
        version: { read: before.version, sent: before.version },
        set: {
          deleted_at: deleted ? new Date() : null,
          deleted_by: deleted ? ctx.actor.user.id : null,
          updated_at: new Date(),
          updated_by: ctx.actor.user.id,
        },
      },
      ctx.language,
    );
    const change = { field: 'deleted', from: !deleted, to: deleted };
    await checkPersonForDuplicates(trx, id);
    await recordChange(trx, ctx, { id, version, provinces: personProvinces(before) }, deleted ? 'delete' : 'restore', [
      change,
    ]);
  });
  return loadVisible(ctx, ctx.db, id);
}

/** Every version of a record, field by field: as much as reading it, so audited like a read. */
export async function personHistory(ctx: PersonContext, id: string) {
  await readVisibleAudited(ctx, id, 'person.history');
  const rows = await ctx.db
    .selectFrom('person_change as c')
    .leftJoin('app_user as u', 'u.id', 'c.changed_by')
    .select(['c.id', 'c.version', 'c.action', 'c.changed_at', 'c.changes', 'u.display_name', 'u.username'])
    .where('c.person_id', '=', id)
    .orderBy('c.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    action: r.action,
    changedAt: r.changed_at.toISOString(),
    changedBy: r.display_name ?? r.username ?? null,
    changes: r.changes,
  }));
}
