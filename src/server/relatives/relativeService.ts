import { sql } from 'kysely';
import type { PageQuery } from '../../domain/lists/pageQuery';
import { toE164 } from '../../domain/persons/phone';
import type {
  RelativeDetail,
  RelativeListQuery,
  RelativeRecord,
  RelativeUpdate,
} from '../../domain/relatives/relativeSchemas';
import { auditActor } from '../audit/writeAudit';
import { refusedRecord } from '../audit/refusedRecord';
import { personRowProvinces } from '../persons/personProvinces';
import { notFound } from '../http/errors';
import { containsText } from '../lists/containsText';
import type { ServiceContext } from '../serviceContext';
import { offsetPage } from '../lists/offsetPage';
import { changeRelative } from './relativeWrites';
import { mayDo, ofPerson, visibleRows } from '../access/policy';
import { presentRow } from '../records/presentRow';

function relativeRows(ctx: ServiceContext) {
  return ctx.db
    .selectFrom('relative as r')
    .select(['r.id', 'r.full_name', 'r.phone', 'r.address', 'r.province_code', 'r.commune_code', 'r.notes'])
    .select(['r.version', 'r.updated_at'])
    .select(sql<number>`(select count(*)::int from person_relative l where l.relative_id = r.id)`.as('person_count'))
    .where(visibleRows(ctx.actor.user, 'relative', 'r'));
}

type RelativeRow = Awaited<ReturnType<ReturnType<typeof relativeRows>['executeTakeFirstOrThrow']>>;

const toRecord = (r: RelativeRow): RelativeRecord => ({
  ...presentRow(r, [
    'id',
    'full_name',
    'phone',
    'address',
    'province_code',
    'commune_code',
    'notes',
    'version',
    'updated_at',
    'person_count',
  ]),
});

/** Relatives by name (diacritics and case aside) or phone (any format), for finding one to link. */
export async function listRelatives(ctx: ServiceContext, query: RelativeListQuery & PageQuery) {
  let rows = relativeRows(ctx).orderBy('r.name_search').orderBy('r.id');
  if (query.q) rows = rows.where('r.name_search', 'like', containsText(query.q));
  if (query.phone) rows = rows.where('r.phone', '=', toE164(query.phone) ?? query.phone);
  const page = await offsetPage(rows, query);
  return { items: page.rows.map(toRecord), total: page.total };
}

/** A relative with the persons linked to it that the user may see; the read is audited (personal data). */
export async function readRelative(ctx: ServiceContext, id: string): Promise<RelativeDetail> {
  const row = await relativeRows(ctx).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw await refusedRecord(ctx.db, 'relative', id);
  const links = await ctx.db
    .selectFrom('person_relative as l')
    .innerJoin('person as p', 'p.id', 'l.person_id')
    .select([
      'p.id',
      'p.full_name',
      'p.residence_country',
      'p.deleted_at',
      'p.hometown_province_code',
      'p.source_province_code',
      'p.hometown_commune_code',
      'l.relationship',
    ])
    .where('l.relative_id', '=', id)
    .orderBy('p.full_name')
    .execute();
  await auditActor(ctx.db, ctx.actor, {
    action: 'relative.read',
    entityType: 'relative',
    entityId: id,
    // The relative's province and those of every person linked to it.
    provinces: [row.province_code, ...links.flatMap(personRowProvinces)],
  });
  return {
    ...toRecord(row),
    persons: links
      .filter((l) => mayDo(ctx.actor.user, 'read', 'person', ofPerson(l)))
      .map((l) => ({
        ...presentRow(l, ['id', 'full_name', 'relationship', 'residence_country']),
        deleted: l.deleted_at !== null,
      })),
  };
}

/** Changes a relative's record: every person linked to it shows the new name, phone and address. */
export async function updateRelative(ctx: ServiceContext, id: string, update: RelativeUpdate) {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await trx
      .selectFrom('relative as r')
      .selectAll('r')
      .where('r.id', '=', id)
      .where(visibleRows(ctx.actor.user, 'relative', 'r'))
      .forUpdate()
      .executeTakeFirst();
    if (!stored) throw notFound();
    const { version, notes, ...fields } = update;
    await changeRelative(trx, ctx, stored, { sent: version, fields, notes });
  });
  return readRelative(ctx, id);
}
