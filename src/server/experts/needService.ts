import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { fieldGroup } from '../../domain/experts/expertFields';
import { rankExperts } from '../../domain/experts/matchExperts';
import type { ExpertMatch, Need, NeedInput, NeedListQuery } from '../../domain/experts/expertSchemas';
import { normalizeText, toStoredText } from '../../domain/text/normalizeText';
import { auditOf } from '../audit/writeAudit';
import { notFound } from '../http/errors';
import { updateWithVersion } from '../records/updateWithVersion';
import { provinceOfList } from '../lists/listFilters';
import { offsetPage } from '../lists/offsetPage';
import { containsText } from '../lists/containsText';
import type { ServiceContext } from '../serviceContext';
import { expertsQuery, toExpertSummary } from './expertQueries';
import { assertInSight, keepingProvince, ofProvince } from '../access/policy';
import { presentRow } from '../records/presentRow';
import { releasesOfNeed } from './contactReleases';

// The match list shows the best ones; the rest rank too low to be worth a call.
const MATCHES_SHOWN = 100;

function needsQuery(db: Kysely<DB>) {
  return db
    .selectFrom('local_need as n')
    .leftJoin('app_user as u', 'u.id', 'n.created_by')
    .selectAll('n')
    .select('u.display_name as created_by_name')
    .select(sql<number>`(select count(*)::int from expert_contact c where c.need_id = n.id)`.as('contact_count'));
}

type NeedRow = Awaited<ReturnType<ReturnType<typeof needsQuery>['executeTakeFirstOrThrow']>>;

const toNeed = (r: NeedRow): Need => ({
  ...presentRow(r, [
    'id',
    'province_code',
    'scope',
    'agency',
    'title',
    'description',
    'fields',
    'languages',
    'deadline',
    'status',
    'version',
    'created_at',
  ]),
  willingness: r.willingness as Need['willingness'],
  createdBy: r.created_by_name,
  contacts: r.contact_count,
});

export async function listNeeds(ctx: ServiceContext, query: NeedListQuery) {
  const province = provinceOfList(ctx.actor.user, query.province, 'province');
  let rows = needsQuery(ctx.db).orderBy('n.created_at', 'desc').orderBy('n.id');
  if (province) rows = rows.where('n.province_code', '=', province);
  if (query.status) rows = rows.where('n.status', '=', query.status);
  if (query.q) rows = rows.where('n.title_search', 'like', containsText(query.q));
  if (query.field) rows = rows.where(sql<boolean>`${query.field} = any(n.fields)`);
  const page = await offsetPage(rows, query);
  return { items: page.rows.map(toNeed), total: page.total };
}

/** A need of the user's jurisdiction, or 404. */
export async function readNeed(ctx: ServiceContext, id: string, db: Kysely<DB> = ctx.db): Promise<Need> {
  const row = await needsQuery(db).where('n.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  assertInSight(ctx.actor.user, 'need', ofProvince(row.province_code));
  return toNeed(row);
}

function columnsOf(input: NeedInput, provinceCode: string) {
  const title = toStoredText(input.title);
  return {
    province_code: provinceCode,
    scope: input.scope,
    agency: toStoredText(input.agency),
    title,
    title_search: normalizeText(title),
    description: input.description,
    fields: [...new Set(input.fields)],
    languages: [...new Set(input.languages)],
    willingness: [...new Set(input.willingness)],
    deadline: input.deadline,
    status: input.status,
  };
}

const audit = auditOf('local_need', 'need');

export async function createNeed(ctx: ServiceContext, input: NeedInput): Promise<Need> {
  const province = keepingProvince(ctx.actor.user, input.provinceCode);
  const userId = ctx.actor.user.id;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('local_need')
      .values({ ...columnsOf(input, province), created_by: userId, updated_by: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, ctx.actor, 'create', row.id, province);
    return row.id;
  });
  return readNeed(ctx, id);
}

export async function updateNeed(ctx: ServiceContext, id: string, input: NeedInput): Promise<Need> {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await readNeed(ctx, id, trx);
    const province = keepingProvince(ctx.actor.user, input.provinceCode ?? stored.provinceCode);
    await updateWithVersion(trx, {
      table: 'local_need',
      id,
      version: { read: stored.version, sent: input.version ?? -1 },
      set: { ...columnsOf(input, province), updated_at: new Date(), updated_by: ctx.actor.user.id },
    });
    await audit(trx, ctx.actor, 'update', id, province);
  });
  return readNeed(ctx, id);
}

/**
 * The experts who fit a need and agreed to be proposed, best first (see rankExperts): by field,
 * then language and willingness; those of the user's jurisdiction, or of every province for a
 * national need (their contacts released by their province on request: contactReleases.ts). The
 * list names persons, so its reading is audited.
 */
export async function needMatches(ctx: ServiceContext, id: string): Promise<ExpertMatch[]> {
  const need = await readNeed(ctx, id);
  const groups = [...new Set(need.fields.map(fieldGroup))];
  const filters = { fieldGroups: groups, proposable: true, nationalPool: need.scope === 'national' };
  const candidates = (await expertsQuery(ctx.db, ctx.actor.user, filters).execute()).map(toExpertSummary);
  const ranked = rankExperts(
    need,
    candidates.map((c) => ({ ...c, name: c.fullName })),
  ).slice(0, MATCHES_SHOWN);
  const releases = need.scope === 'national' ? await releasesOfNeed(ctx.db, id) : new Map();
  const provinces = [need.provinceCode, ...new Set(ranked.map((r) => r.expert.hometownProvinceCode))];
  await audit(ctx.db, ctx.actor, 'matches', id, provinces, { experts: ranked.length, scope: need.scope });
  return ranked.map(({ expert: { name: _name, ...expert }, score, reasons }) => ({
    expert,
    score,
    reasons,
    release: releases.get(expert.personId) ?? null,
  }));
}
