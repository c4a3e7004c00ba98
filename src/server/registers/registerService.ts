import { sql, type Kysely, type Updateable } from 'kysely';
import type { DB } from '../../db/schema';
import type { ExportFormat } from '../../domain/exports/exportFormats';
import { registerExportColumns } from '../../domain/registers/registerExport';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import { auditActor, auditOf } from '../audit/writeAudit';
import { streamExport } from '../exports/streamExport';
import { notFound } from '../http/errors';
import { fieldError } from '../http/validationError';
import { containsText } from '../lists/containsText';
import { countryCodeOf, provinceOfList } from '../lists/listFilters';
import { allPages, offsetPage } from '../lists/offsetPage';
import { updateWithVersion, type VersionedTable } from '../records/updateWithVersion';
import type { ServiceContext } from '../serviceContext';
import { columnsOf, referencesOf, toRecord } from './registerRows';
import { untyped } from './untypedDb';
import { assertInSight, keepingProvince, mayDo, ofPerson, ofProvince } from '../access/policy';

type Input = Record<string, unknown>;

/** The live records the user may see, with the list's filters, ordered as the spec says. */
function recordsQuery(ctx: ServiceContext, spec: RegisterSpec, query: Record<string, unknown>) {
  const scope = provinceOfList(ctx.actor.user, query.province as string | undefined, 'province', ctx.language);
  let rows = untyped(ctx.db)
    .selectFrom(`${spec.table} as r`)
    .selectAll('r')
    .where('r.deleted_at', 'is', null)
    .orderBy(`r.${spec.orderBy}`, (ob) => (spec.orderDescending ? ob.desc().nullsLast() : ob.asc()))
    .orderBy('r.id');
  if (scope) rows = rows.where('r.province_code', '=', scope);
  if (query.q) rows = rows.where('r.search', 'like', containsText(query.q as string));
  for (const field of spec.fields.filter((f) => f.filter)) {
    const raw = query[field.name] as string | undefined;
    if (!raw) continue;
    const value =
      field.kind === 'country' || field.kind === 'countries' ? countryCodeOf(raw, field.name, ctx.language)! : raw;
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
    const rows = (await untyped(ctx.db)
      .selectFrom(table)
      .select(['id', column])
      .where('id', 'in', list)
      .execute()) as Record<string, string>[];
    for (const row of rows) names[row.id!] = row[column]!;
  };
  await named('association', 'name', associations);
  await named('business', 'name', businesses);
  await named('agreement', 'partner', agreements);
  return names;
}

export async function listRecords(
  ctx: ServiceContext,
  spec: RegisterSpec,
  query: Record<string, unknown> & { page: number; pageSize: number },
) {
  const page = await offsetPage(recordsQuery(ctx, spec, query), query);
  const items = page.rows.map((row) => toRecord(spec, row));
  return { items, total: page.total, names: await referenceNames(ctx, spec, items) };
}

/** A live record of the user's jurisdiction (404 otherwise), locked when the caller changes it. */
export async function recordInHands(db: Kysely<DB>, ctx: ServiceContext, spec: RegisterSpec, id: string, lock = false) {
  let query = untyped(db).selectFrom(spec.table).selectAll().where('id', '=', id).where('deleted_at', 'is', null);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  assertInSight(ctx.actor.user, 'register', ofProvince(row.province_code as string));
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
  input: Input,
  province: string,
) {
  for (const field of spec.fields) {
    const value = input[field.name];
    const ids = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
    if (!ids.length) continue;
    const table = {
      person: 'person',
      persons: 'person',
      association: 'association',
      business: 'business',
      agreements: 'agreement',
    }[field.kind as string];
    if (!table) continue;
    const rows = (await untyped(db)
      .selectFrom(table)
      .selectAll()
      .where('id', 'in', ids)
      .where('deleted_at', 'is', null)
      .execute()) as Record<string, string | null>[];
    const visible = (row: Record<string, string | null>) =>
      table === 'person'
        ? mayDo(ctx.actor.user, 'read', 'person', ofPerson(row as never))
        : row.province_code === province;
    const found = new Set(rows.filter(visible).map((r) => r.id));
    const missing = ids.findIndex((id) => !found.has(id));
    if (missing >= 0)
      throw fieldError(
        Array.isArray(value) ? `${field.name}.${missing}` : field.name,
        'referenceUnknown',
        ctx.language,
      );
  }
}

export async function createRecord(ctx: ServiceContext, spec: RegisterSpec, input: Input) {
  const province = keepingProvince(ctx.actor.user, (input.provinceCode as string | null) ?? null, ctx.language);
  const userId = ctx.actor.user.id;
  const id = await ctx.db.transaction().execute(async (trx) => {
    await checkReferences(trx, ctx, spec, input, province);
    const row = await untyped(trx)
      .insertInto(spec.table)
      .values({ ...columnsOf(spec, input), province_code: province, created_by: userId, updated_by: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditOf(spec.table)(trx, ctx.actor, 'create', row.id as string, province);
    return row.id as string;
  });
  return recordWithNames(ctx, spec, id);
}

export async function updateRecord(ctx: ServiceContext, spec: RegisterSpec, id: string, input: Input) {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await recordInHands(trx, ctx, spec, id);
    const province = keepingProvince(
      ctx.actor.user,
      (input.provinceCode as string | null) ?? (stored.province_code as string),
      ctx.language,
    );
    await checkReferences(trx, ctx, spec, input, province);
    await updateWithVersion(
      trx,
      {
        // Registers are described at run time (untypedDb): their columns are the spec's.
        table: spec.table as VersionedTable,
        id,
        version: { read: stored.version as number, sent: input.version as number },
        set: {
          ...columnsOf(spec, input),
          province_code: province,
          updated_at: new Date(),
          updated_by: ctx.actor.user.id,
        } as Updateable<DB[VersionedTable]>,
      },
      ctx.language,
    );
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
    await auditOf(spec.table)(trx, ctx.actor, 'delete', id, stored.province_code as string);
  });
}

/** The filtered list as a file with Vietnamese headers and values, audited. */
export function exportRecords(
  ctx: ServiceContext,
  spec: RegisterSpec,
  query: Record<string, unknown>,
  format: ExportFormat,
) {
  const rows = allPages(recordsQuery(ctx, spec, query));
  const pages = (async function* () {
    for await (const page of rows) {
      const items = page.map((row) => toRecord(spec, row));
      const names = await referenceNames(ctx, spec, items);
      yield items.map((record) => ({ record, names }));
    }
  })();
  return streamExport(format, registerExportColumns(spec), pages, (count, complete) =>
    auditActor(ctx.db, ctx.actor, {
      action: `${spec.table}.export`,
      entityType: spec.table,
      provinces: (query as { provinceCode?: string }).provinceCode,
      details: { format, filters: { ...query, page: undefined, pageSize: undefined }, rows: count, complete },
    }),
  );
}
