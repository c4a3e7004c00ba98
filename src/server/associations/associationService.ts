import type { Kysely, Transaction } from 'kysely';
import { isUniqueViolation } from '../../db/errors';
import type { DB } from '../../db/schema';
import { ASSOCIATION_EXPORT_COLUMNS } from '../../domain/associations/associationExportColumns';
import type { ExportFormat } from '../../domain/exports/exportFormats';
import type {
  Association,
  AssociationInput,
  AssociationListQuery,
  AssociationUpdate,
  Member,
  MemberInput,
} from '../../domain/associations/associationSchemas';
import { normalizeText, toStoredText } from '../../domain/text/normalizeText';
import { auditActor, auditOf } from '../audit/writeAudit';
import { conflict, notFound } from '../http/errors';
import { fieldDetail, fieldError } from '../http/validationError';
import { updateWithVersion } from '../records/updateWithVersion';
import { countryCodeOf, provinceOfList } from '../lists/listFilters';
import { allPages, offsetPage } from '../lists/offsetPage';
import { streamExport } from '../exports/streamExport';
import type { ServiceContext } from '../serviceContext';
import { associationsQuery, toSummary, type AssociationFilters } from './associationQueries';
import { assertInSight, keepingProvince, mayDo, ofPerson, ofProvince } from '../access/policy';
import { presentRow } from '../records/presentRow';

export function associationFilters(ctx: ServiceContext, query: AssociationListQuery): AssociationFilters {
  return {
    scope: provinceOfList(ctx.actor.user, query.province, 'province'),
    q: query.q,
    kind: query.kind,
    country: countryCodeOf(query.country, 'country'),
    field: query.field,
    status: query.status,
    personId: query.personId,
  };
}

export async function listAssociations(ctx: ServiceContext, query: AssociationListQuery) {
  const page = await offsetPage(associationsQuery(ctx.db, associationFilters(ctx, query)), query);
  return { items: page.rows.map(toSummary), total: page.total };
}

function columnsOf(input: AssociationInput, provinceCode: string) {
  const name = toStoredText(input.name);
  return {
    kind: input.kind,
    name,
    name_search: normalizeText(name),
    province_code: provinceCode,
    country: input.country,
    city: input.city,
    fields: [...new Set(input.fields)],
    founded_on: input.foundedOn,
    description: input.description,
    address: input.address,
    phones: [...new Set(input.phones)],
    emails: [...new Set(input.emails)],
    website: input.website,
    leaders: JSON.stringify(input.leaders),
    status: input.status,
  };
}

/** The same name twice in one province is the same association entered twice. */
function nameTaken(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw conflict([fieldDetail('name', 'associationExists')]);
  }
  throw error;
}

const audit = auditOf('association');

export async function createAssociation(ctx: ServiceContext, input: AssociationInput): Promise<Association> {
  const province = keepingProvince(ctx.actor.user, input.provinceCode);
  const userId = ctx.actor.user.id;
  const id = await ctx.db
    .transaction()
    .execute(async (trx) => {
      const row = await trx
        .insertInto('association')
        .values({ ...columnsOf(input, province), created_by: userId, updated_by: userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, ctx.actor, 'create', row.id, province);
      return row.id;
    })
    .catch((error: unknown) => nameTaken(error));
  return readAssociation(ctx, id);
}

/** A live association of the user's jurisdiction (404 otherwise), locked when in a transaction that asks. */
async function loadOwn(db: Kysely<DB>, ctx: ServiceContext, id: string, lock = false) {
  let query = db.selectFrom('association').selectAll().where('id', '=', id).where('deleted_at', 'is', null);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  assertInSight(ctx.actor.user, 'association', ofProvince(row.province_code));
  return row;
}

export async function readAssociation(ctx: ServiceContext, id: string): Promise<Association> {
  const own = await loadOwn(ctx.db, ctx, id);
  const summary = await associationsQuery(ctx.db, { scope: null }).where('a.id', '=', id).executeTakeFirstOrThrow();
  const [members, imports] = await Promise.all([
    visibleMembers(ctx, id),
    ctx.db
      .selectFrom('import_batch')
      .select(['id', 'file_name', 'committed_at', 'rows_committed'])
      .where('association_id', '=', id)
      .where('status', '=', 'committed')
      .orderBy('committed_at', 'desc')
      .execute(),
  ]);
  // Its members are persons of the registry: reading them is reading personal data.
  await audit(ctx.db, ctx.actor, 'read', id, own.province_code, { members: members.map((m) => m.personId) });
  return {
    ...toSummary(summary),
    ...presentRow(own, [
      'founded_on',
      'description',
      'address',
      'phones',
      'emails',
      'website',
      'leaders',
      'version',
      'updated_at',
    ]),
    memberList: members,
    imports: imports.map((b) => presentRow(b, ['id', 'file_name', 'committed_at', 'rows_committed'])),
  };
}

/** The members the user may see: persons of their jurisdiction (the count includes the others). */
async function visibleMembers(ctx: ServiceContext, associationId: string): Promise<Member[]> {
  const rows = await ctx.db
    .selectFrom('association_member as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select([
      'm.id',
      'm.person_id',
      'm.role',
      'm.joined_on',
      'm.left_on',
      'm.note',
      'p.full_name',
      'p.residence_country',
      'p.hometown_province_code',
      'p.source_province_code',
    ])
    .where('m.association_id', '=', associationId)
    .orderBy('m.id')
    .execute();
  return rows
    .filter((r) => mayDo(ctx.actor.user, 'read', 'person', ofPerson(r)))
    .map((r) =>
      presentRow(r, ['id', 'person_id', 'full_name', 'residence_country', 'role', 'joined_on', 'left_on', 'note']),
    );
}

export async function updateAssociation(ctx: ServiceContext, id: string, update: AssociationUpdate) {
  const { version, ...input } = update;
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      const stored = await loadOwn(trx, ctx, id, true);
      const province = keepingProvince(ctx.actor.user, input.provinceCode ?? stored.province_code);
      await updateWithVersion(trx, {
        table: 'association',
        id,
        version: { read: stored.version, sent: version },
        set: { ...columnsOf(input, province), updated_at: new Date(), updated_by: ctx.actor.user.id },
      });
      await audit(trx, ctx.actor, 'update', id, province);
    })
    .catch((error: unknown) => nameTaken(error));
  return readAssociation(ctx, id);
}

/** Soft delete: the persons it supplied keep saying so. */
export async function deleteAssociation(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await loadOwn(trx, ctx, id, true);
    await trx
      .updateTable('association')
      .set({ deleted_at: new Date(), updated_by: ctx.actor.user.id })
      .where('id', '=', id)
      .execute();
    await audit(trx, ctx.actor, 'delete', id, stored.province_code);
  });
}

/** A person of the user's jurisdiction, or a 400 naming the field. */
async function visiblePerson(trx: Transaction<DB>, ctx: ServiceContext, personId: string) {
  const person = await trx
    .selectFrom('person')
    .select(['id', 'hometown_province_code', 'source_province_code'])
    .where('id', '=', personId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!person || !mayDo(ctx.actor.user, 'read', 'person', ofPerson(person)))
    throw fieldError('personId', 'personUnknown');
}

const memberColumns = (input: MemberInput) => ({
  person_id: input.personId,
  role: input.role,
  joined_on: input.joinedOn,
  left_on: input.leftOn,
  note: input.note,
});

export async function addMember(ctx: ServiceContext, associationId: string, input: MemberInput) {
  await ctx.db.transaction().execute(async (trx) => {
    const association = await loadOwn(trx, ctx, associationId, true);
    await visiblePerson(trx, ctx, input.personId);
    const row = await trx
      .insertInto('association_member')
      .values({ association_id: associationId, ...memberColumns(input), created_by: ctx.actor.user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, ctx.actor, 'member_add', associationId, association.province_code, {
      member: row.id,
      role: input.role,
    });
  });
  return readAssociation(ctx, associationId);
}

export async function updateMember(ctx: ServiceContext, associationId: string, memberId: number, input: MemberInput) {
  await ctx.db.transaction().execute(async (trx) => {
    const association = await loadOwn(trx, ctx, associationId, true);
    await visiblePerson(trx, ctx, input.personId);
    const updated = await trx
      .updateTable('association_member')
      .set(memberColumns(input))
      .where('id', '=', memberId)
      .where('association_id', '=', associationId)
      .executeTakeFirst();
    if (!updated.numUpdatedRows) throw notFound();
    await audit(trx, ctx.actor, 'member_update', associationId, association.province_code, { member: memberId });
  });
  return readAssociation(ctx, associationId);
}

export async function removeMember(ctx: ServiceContext, associationId: string, memberId: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const association = await loadOwn(trx, ctx, associationId, true);
    const deleted = await trx
      .deleteFrom('association_member')
      .where('id', '=', memberId)
      .where('association_id', '=', associationId)
      .executeTakeFirst();
    if (!deleted.numDeletedRows) throw notFound();
    await audit(trx, ctx.actor, 'member_remove', associationId, association.province_code, { member: memberId });
  });
  return readAssociation(ctx, associationId);
}

/** The filtered list as a file (audited: it names who leads and how to reach them). */
export function exportAssociations(ctx: ServiceContext, query: AssociationListQuery, format: ExportFormat) {
  const rows = allPages(associationsQuery(ctx.db, associationFilters(ctx, query)));
  const pages = (async function* () {
    for await (const page of rows) yield page.map(toSummary);
  })();
  return streamExport(format, ASSOCIATION_EXPORT_COLUMNS, pages, (count, complete) =>
    auditActor(ctx.db, ctx.actor, {
      action: 'association.export',
      entityType: 'association',
      details: { format, filters: { ...query, page: undefined, pageSize: undefined }, rows: count, complete },
    }),
  );
}

/**
 * The association a person or an import batch is supplied by, given by id or by name, among the
 * associations of the province the data is for; unknown is a 400 naming the field.
 */
export async function supplyingAssociation(
  db: Kysely<DB>,
  province: string | null,
  idOrName: string,
  path: string,
): Promise<{ id: string; name: string }> {
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrName);
  let query = db.selectFrom('association').select(['id', 'name']).where('deleted_at', 'is', null);
  query = isId ? query.where('id', '=', idOrName) : query.where('name_search', '=', normalizeText(idOrName));
  if (province) query = query.where('province_code', '=', province);
  const found = await query.execute();
  if (found.length !== 1) throw fieldError(path, 'associationUnknown');
  return found[0]!;
}
