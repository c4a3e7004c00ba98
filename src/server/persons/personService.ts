import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { can } from '../../domain/auth/roles';
import type { Person, PersonInput, PersonUpdate } from '../../domain/persons/personSchemas';
import type { Actor } from '../auth/actor';
import { auditActor } from '../audit/writeAudit';
import { personProvinces, personRowProvinces } from './personProvinces';
import { supplyingAssociation } from '../associations/associationService';
import { notFound, outsideJurisdiction } from '../http/errors';
import type { PersonServiceContext } from '../serviceContext';
import { hometownOf, toPerson, type PersonParts } from './personRecord';
import { changePerson, insertPerson, setPersonDeleted } from './writes/personWrites';
import { loadPersonParts } from './loadPersonParts';
import { assertMayDo, jurisdictionOf, mayDo, ofPerson } from '../access/policy';
import { presentRow } from '../records/presentRow';
import { fieldError } from '../http/validationError';

/**
 * A province user records persons for their own province: the source defaults to it, and the
 * record must stay within it (by hometown or source) after the change.
 */
function withJurisdiction(actor: Actor, rawInput: PersonInput): PersonInput {
  const scope = jurisdictionOf(actor.user);
  const input = { ...rawInput, sourceProvinceCode: rawInput.sourceProvinceCode ?? scope };
  const hometown = hometownOf(input);
  if (scope && hometown.provinceCode !== scope && input.sourceProvinceCode !== scope)
    throw outsideJurisdiction(hometown.provinceCode);
  // A commune officer records the persons of their commune: one from elsewhere is not theirs to keep.
  if (!mayDo(actor.user, 'change', 'person', ofPerson(personRowOf(input, hometown))))
    throw fieldError('hometownCommuneCode', 'outsideCommune');
  return input;
}

const personRowOf = (input: PersonInput, hometown: ReturnType<typeof hometownOf>) => ({
  hometown_province_code: hometown.provinceCode,
  source_province_code: input.sourceProvinceCode,
  hometown_commune_code: hometown.communeCode,
});

/** What the policy reads of a stored person: where it belongs, and its sharing consent. */
const scopeOfParts = (parts: PersonParts) =>
  ofPerson({ ...parts.row, sharing_given: parts.consents.sharing === 'given' });

/** The association that supplied the record, by its id, named as its record names it. */
async function withSupplier(ctx: PersonServiceContext, input: PersonInput): Promise<PersonInput> {
  if (!input.sourceAssociationId) return input;
  const scope = jurisdictionOf(ctx.actor.user);
  const supplier = await supplyingAssociation(ctx.db, scope, input.sourceAssociationId, 'sourceAssociationId');
  return { ...input, sourceAssociation: supplier.name };
}

/** A person's stored parts, if the user may see the record (404 otherwise). */
export async function visibleParts(ctx: PersonServiceContext, db: Kysely<DB>, id: string): Promise<PersonParts> {
  const parts = await loadPersonParts(db, id);
  if (!parts || !mayDo(ctx.actor.user, 'read', 'person', scopeOfParts(parts)))
    throw notFound(parts && personRowProvinces(parts.row));
  return parts;
}

/** The record as this user is shown it: identity numbers open only with persons.identity. */
const shown = (ctx: PersonServiceContext, parts: PersonParts): Person =>
  toPerson(parts, ctx.crypto, can(ctx.actor.user.role, 'persons.identity'));

const loadVisible = async (ctx: PersonServiceContext, db: Kysely<DB>, id: string) =>
  shown(ctx, await visibleParts(ctx, db, id));

export async function createPerson(ctx: PersonServiceContext, rawInput: PersonInput): Promise<Person> {
  const input = withJurisdiction(ctx.actor, await withSupplier(ctx, rawInput));
  return shown(ctx, await ctx.db.transaction().execute((trx) => insertPerson(trx, ctx, input)));
}

/** A record the user may see, its reading audited (personal data) as `action`, in its provinces' logs. */
async function readVisibleAudited(ctx: PersonServiceContext, id: string, action: string) {
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

/** The full record; every such read is audited (personal data: Luật Bảo vệ dữ liệu cá nhân 2025). */
export function readPerson(ctx: PersonServiceContext, id: string): Promise<Person> {
  return readVisibleAudited(ctx, id, 'person.read');
}

export async function updatePerson(ctx: PersonServiceContext, id: string, update: PersonUpdate): Promise<Person> {
  const { version, ...rawInput } = update;
  const input = withJurisdiction(ctx.actor, await withSupplier(ctx, rawInput));
  const after = await ctx.db.transaction().execute(async (trx) => {
    const before = await visibleParts(ctx, trx, id);
    if (before.row.deleted_at) throw notFound();
    return changePerson(trx, ctx, { before, version: { sent: version }, input });
  });
  return shown(ctx, after);
}

/** Soft delete (deleted: true) or restore (false); the record and its history stay. */
export async function deleteOrRestorePerson(ctx: PersonServiceContext, id: string, deleted: boolean): Promise<Person> {
  assertMayDo(ctx.actor.user, 'delete', 'person');
  await ctx.db.transaction().execute(async (trx) => {
    await setPersonDeleted(trx, ctx, { before: await visibleParts(ctx, trx, id), deleted });
  });
  return loadVisible(ctx, ctx.db, id);
}

/** Every version of a record, field by field: as much as reading it, so audited like a read. */
export async function personHistory(ctx: PersonServiceContext, id: string) {
  await readVisibleAudited(ctx, id, 'person.history');
  const rows = await ctx.db
    .selectFrom('person_change as c')
    .leftJoin('app_user as u', 'u.id', 'c.changed_by')
    .select(['c.id', 'c.version', 'c.action', 'c.changed_at', 'c.changes', 'u.display_name', 'u.username'])
    .where('c.person_id', '=', id)
    .orderBy('c.id', 'desc')
    .execute();
  return rows.map((r) => ({
    ...presentRow(r, ['id', 'version', 'action', 'changed_at', 'changes']),
    changedBy: r.display_name ?? r.username ?? null,
  }));
}
