import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { ExportFormat } from '../../domain/exports/exportFormats';
import { listValue } from '../../domain/registers/fieldValue';
import { registerExportColumns } from '../../domain/registers/registerExport';
import type { RegisterInput, RegisterListQuery } from '../../domain/registers/registerSchemas';
import type { FieldSpec, RegisterSpec } from '../../domain/registers/registerSpec';
import { auditActor, auditOf } from '../audit/writeAudit';
import { consentSummaries } from '../consent/consentConditions';
import { streamExport } from '../exports/streamExport';
import { notFound } from '../http/errors';
import { fieldError } from '../http/validationError';
import { containsText } from '../lists/containsText';
import { countryCodeOf, provinceOfList } from '../lists/listFilters';
import { allPages, offsetPage } from '../lists/offsetPage';
import { updateVersionedRow } from '../records/updateWithVersion';
import type { ServiceContext } from '../serviceContext';
import { columnsOf, referencesOf, toRecord } from './registerRows';
import { registerRow, untyped } from '../records/untypedDb';
import { assertInSight, keepingProvince, mayDo, ofPerson, ofProvince } from '../access/policy';

/** The live records the user may see, with the list's filters, ordered as the spec says. */
function recordsQuery(ctx: ServiceContext, spec: RegisterSpec, query: RegisterListQuery) {
  const scope = provinceOfList(ctx.actor.user, query.province, 'province');
  let rows = untyped(ctx.db)
    .selectFrom(`${spec.table} as r`)
    .selectAll('r')
    .where('r.deleted_at', 'is', null)
    .orderBy(`r.${spec.orderBy}`, (ob) => (spec.orderDescending ? ob.desc().nullsLast() : ob.asc()))
    .orderBy('r.id');
  if (scope) rows = rows.where('r.province_code', '=', scope);
  if (query.q) rows = rows.where('r.search', 'like', containsText(query.q));
  for (const field of spec.fields.filter((f) => f.filter)) {
    const raw = query[field.name];
    if (typeof raw !== 'string' || !raw) continue;
    const value = field.kind === 'country' || field.kind === 'countries' ? countryCodeOf(raw, field.name)! : raw;
    const column = sql.ref(`r.${field.column}`);
    rows = rows.where(
      field.kind === 'enums' || field.kind === 'countries'
        ? sql<boolean>`${value} = any(${column})`
        : sql<boolean>`${column} = ${value}`,
    );
  }
  return rows;
}

/** Names of the records the given records refer to (only persons the user may see are named). */
async function referenceNames(ctx: ServiceContext, spec: RegisterSpec, records: Record<string, unknown>[]) {
  const refs = records.map((r) => referencesOf(spec, r));
  const ids = (kind: keyof (typeof refs)[number]) => [...new Set(refs.flatMap((r) => r[kind]))];
  const names: Record<string, string> = {};
  const [persons, associations, businesses, agreements] = [
    ids('persons'),
    ids('associations'),
    ids('businesses'),
    ids('agreements'),
  ];
  if (persons.length) {
    const rows = await ctx.db
      .selectFrom('person')
      .select(['id', 'full_name', 'hometown_province_code', 'source_province_code'])
      .where('id', 'in', persons)
      .execute();
    for (const p of rows) if (mayDo(ctx.actor.user, 'read', 'person', ofPerson(p))) names[p.id] = p.full_name;
  }
  const named = async (table: string, column: string, list: string[]) => {
    if (!list.length) return;
    const rows = await untyped(ctx.db).selectFrom(table).select(['id', column]).where('id', 'in', list).execute();
    for (const row of rows) names[String(row.id)] = String(row[column]);
  };
  await named('association', 'name', associations);
  await named('business', 'name', businesses);
  await named('agreement', 'partner', agreements);
  return names;
}

export async function listRecords(ctx: ServiceContext, spec: RegisterSpec, query: RegisterListQuery) {
  const page = await offsetPage(recordsQuery(ctx, spec, query), query);
  const items = page.rows.map((row) => toRecord(spec, row));
  return { items, total: page.total, names: await referenceNames(ctx, spec, items) };
}

/** A live record of the user's jurisdiction (404 otherwise), locked when the caller changes it. */
export async function recordInHands(db: Kysely<DB>, ctx: ServiceContext, spec: RegisterSpec, id: string, lock = false) {
  let query = untyped(db).selectFrom(spec.table).selectAll().where('id', '=', id).where('deleted_at', 'is', null);
  if (lock) query = query.forUpdate();
  const found = await query.executeTakeFirst();
  if (!found) throw notFound();
  const row = registerRow(found);
  assertInSight(ctx.actor.user, 'register', ofProvince(row.province_code));
  return row;
}

/** A record and the names of what it refers to, as the API returns it. */
async function recordWithNames(ctx: ServiceContext, spec: RegisterSpec, id: string) {
  const record = toRecord(spec, await recordInHands(ctx.db, ctx, spec, id));
  return { record, names: await referenceNames(ctx, spec, [record]) };
}

/** A record read; audited when it names persons of the registry (personal data). */
export async function readRecord(ctx: ServiceContext, spec: RegisterSpec, id: string) {
  const read = await recordWithNames(ctx, spec, id);
  const persons = referencesOf(spec, read.record).persons;
  if (persons.length) {
    await auditOf(spec.table)(ctx.db, ctx.actor, 'read', id, read.record.provinceCode, { persons });
  }
  return read;
}

/**
 * Every record the input refers to must be one the user may see: persons of their jurisdiction,
 * associations, businesses and agreements of the record's province. A 400 names the field.
 */
async function checkReferences(
  db: Kysely<DB>,
  ctx: ServiceContext,
  spec: RegisterSpec,
  input: RegisterInput,
  province: string,
) {
  for (const field of spec.fields) {
    const value = input[field.name];
    const ids = typeof value === 'string' ? [value] : listValue(value);
    const table = REFERRED_TABLES[field.kind];
    if (!ids.length || !table) continue;
    const found = new Set(
      table === 'person' ? await visiblePersons(db, ctx, ids) : await provinceRecords(db, table, ids, province),
    );
    const missing = ids.findIndex((id) => !found.has(id));
    if (missing >= 0)
      throw fieldError(Array.isArray(value) ? `${field.name}.${missing}` : field.name, 'referenceUnknown');
  }
}

// The tables a reference field's ids are records of.
const REFERRED_TABLES: Partial<Record<FieldSpec['kind'], string>> = {
  person: 'person',
  persons: 'person',
  association: 'association',
  business: 'business',
  agreements: 'agreement',
};

/** Of the ids, the live persons the user may see. */
async function visiblePersons(db: Kysely<DB>, ctx: ServiceContext, ids: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('person')
    .select(['id', 'hometown_province_code', 'source_province_code'])
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.filter((row) => mayDo(ctx.actor.user, 'read', 'person', ofPerson(row))).map((row) => row.id);
}

/** Of the ids, the live records of the table that belong to the province. */
async function provinceRecords(db: Kysely<DB>, table: string, ids: string[], province: string): Promise<string[]> {
  const rows = await untyped(db)
    .selectFrom(table)
    .select('id')
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .where('province_code', '=', province)
    .execute();
  return rows.map((row) => row.id);
}

export async function createRecord(ctx: ServiceContext, spec: RegisterSpec, input: RegisterInput) {
  const province = keepingProvince(ctx.actor.user, input.provinceCode);
  const userId = ctx.actor.user.id;
  const id = await ctx.db.transaction().execute(async (trx) => {
    await checkReferences(trx, ctx, spec, input, province);
    const row = await untyped(trx)
      .insertInto(spec.table)
      .values({ ...columnsOf(spec, input), province_code: province, created_by: userId, updated_by: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditOf(spec.table)(trx, ctx.actor, 'create', row.id, province);
    return row.id;
  });
  return recordWithNames(ctx, spec, id);
}

export async function updateRecord(ctx: ServiceContext, spec: RegisterSpec, id: string, input: RegisterInput) {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await recordInHands(trx, ctx, spec, id);
    const province = keepingProvince(ctx.actor.user, input.provinceCode ?? stored.province_code);
    await checkReferences(trx, ctx, spec, input, province);
    await updateVersionedRow(trx, spec.table, {
      id,
      version: { read: stored.version, sent: input.version ?? stored.version },
      set: {
        ...columnsOf(spec, input),
        province_code: province,
        updated_at: new Date(),
        updated_by: ctx.actor.user.id,
      },
    });
    await auditOf(spec.table)(trx, ctx.actor, 'update', id, province);
  });
  return recordWithNames(ctx, spec, id);
}

/** Soft delete: the record is gone from lists; what refers to it keeps its id. */
export async function deleteRecord(ctx: ServiceContext, spec: RegisterSpec, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await recordInHands(trx, ctx, spec, id, true);
    await untyped(trx)
      .updateTable(spec.table)
      .set({ deleted_at: new Date(), updated_by: ctx.actor.user.id })
      .where('id', '=', id)
      .execute();
    await auditOf(spec.table)(trx, ctx.actor, 'delete', id, stored.province_code);
  });
}

/** The state of the spec's marked purpose for each person its records name (see RegisterSpec.consentMark). */
async function markedConsents(ctx: ServiceContext, spec: RegisterSpec, items: readonly Record<string, unknown>[]) {
  const mark = spec.consentMark;
  if (!mark) return {};
  const named = (item: Record<string, unknown>) => {
    const id = item[mark.personField];
    return typeof id === 'string' ? [id] : [];
  };
  const ids = [...new Set(items.flatMap(named))];
  const summaries = await consentSummaries(ctx.db, ids);
  return Object.fromEntries(ids.map((id) => [id, summaries.get(id)![mark.purpose]]));
}

/** The filtered list as a file with Vietnamese headers and values, audited. */
export function exportRecords(ctx: ServiceContext, spec: RegisterSpec, query: RegisterListQuery, format: ExportFormat) {
  const rows = allPages(recordsQuery(ctx, spec, query));
  const pages = (async function* () {
    for await (const page of rows) {
      const items = page.map((row) => toRecord(spec, row));
      const names = await referenceNames(ctx, spec, items);
      const consents = await markedConsents(ctx, spec, items);
      yield items.map((record) => ({ record, names, consents }));
    }
  })();
  return streamExport(format, registerExportColumns(spec), pages, (count, complete) =>
    auditActor(ctx.db, ctx.actor, {
      action: `${spec.table}.export`,
      entityType: spec.table,
      provinces: query.province,
      details: { format, filters: { ...query, page: undefined, pageSize: undefined }, rows: count, complete },
    }),
  );
}
