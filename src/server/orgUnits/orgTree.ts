import { sql } from 'kysely';
import { MINISTRY_NAME, type OrgTree, type ProvinceBranch } from '../../domain/orgUnits/orgUnitSchemas';
import { PROVINCES } from '../../domain/reference/provinceData';
import { findProvince } from '../../domain/reference/resolveProvince';
import { notFound } from '../http/errors';
import { listProvince } from '../access/policy';
import { communesOf } from '../reference/adminUnits';
import { listMissions } from '../missions/missionService';
import type { ServiceContext } from '../serviceContext';

/** Active users by a column of their account (their province, agency, commune). */
async function usersBy(ctx: ServiceContext, column: 'province_code' | 'agency_id' | 'commune_code', province?: string) {
  let query = ctx.db
    .selectFrom('app_user')
    .select([sql<string>`${sql.ref(column)}`.as('key'), sql<number>`count(*)::int`.as('n')])
    .where('is_active', '=', true)
    .where(column, 'is not', null)
    .groupBy(column);
  if (province) query = query.where('province_code', '=', province);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.key, r.n]));
}

/**
 * The top of the organisation: the Ministry (its own users: those of no province and no mission),
 * the provinces of the user's jurisdiction with their agencies, communes and users, and the missions.
 */
export async function orgTree(ctx: ServiceContext): Promise<OrgTree> {
  const scope = listProvince(ctx.actor.user, null);
  const [users, agencies, ministryUsers, missions] = await Promise.all([
    usersBy(ctx, 'province_code'),
    ctx.db
      .selectFrom('agency')
      .select(['province_code', sql<number>`count(*)::int`.as('n')])
      .where('is_active', '=', true)
      .groupBy('province_code')
      .execute(),
    ctx.db
      .selectFrom('app_user')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('is_active', '=', true)
      .where('province_code', 'is', null)
      .where('mission_id', 'is', null)
      .executeTakeFirstOrThrow(),
    listMissions(ctx.db),
  ]);
  const agencyCount = new Map(agencies.map((a) => [a.province_code, a.n]));
  return {
    ministry: { name: MINISTRY_NAME.vi, nameEn: MINISTRY_NAME.en, users: ministryUsers.n },
    provinces: PROVINCES.filter((p) => !scope || p.code === scope).map((p) => ({
      code: p.code,
      name: p.name,
      agencies: agencyCount.get(p.code) ?? 0,
      communes: communesOf(p.code).length,
      users: users.get(p.code) ?? 0,
    })),
    missions,
  };
}

/** One province's agencies and 2025 communes, each with its users (of the user's jurisdiction). */
export async function provinceBranch(ctx: ServiceContext, code: string): Promise<ProvinceBranch> {
  const province = findProvince(code);
  if (!province) throw notFound();
  listProvince(ctx.actor.user, code);
  const [agencies, agencyUsers, communeUsers] = await Promise.all([
    ctx.db
      .selectFrom('agency')
      .select(['id', 'name', 'is_active'])
      .where('province_code', '=', code)
      .orderBy('is_coordinator', 'desc')
      .orderBy('name_search')
      .execute(),
    usersBy(ctx, 'agency_id', code),
    usersBy(ctx, 'commune_code', code),
  ]);
  return {
    code,
    name: province.name,
    agencies: agencies.map((a) => ({
      id: a.id,
      name: a.name,
      isActive: a.is_active,
      users: agencyUsers.get(a.id) ?? 0,
    })),
    communes: communesOf(code).map((c) => ({ code: c.code, name: c.name, users: communeUsers.get(c.code) ?? 0 })),
  };
}
