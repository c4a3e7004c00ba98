import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { CurrentUser } from '../../domain/auth/authSchemas';
import type { CaseListQuery, CaseSummary } from '../../domain/cases/caseSchemas';
import { containsText } from '../lists/containsText';
import { referredCases, visibleRows } from '../access/policy';
import { presentRow } from '../records/presentRow';

export interface CaseFilters extends Omit<CaseListQuery, 'country' | 'page' | 'pageSize'> {
  country?: string;
}

/** The cases a user may see, newest first, with their open and overdue task counts. */
export function casesQuery(db: Kysely<DB>, user: CurrentUser, filters: CaseFilters, day: string) {
  let query = db
    .selectFrom('protection_case as c')
    .leftJoin('app_user as u', 'u.id', 'c.assigned_to')
    .leftJoin('mission as m', 'm.id', 'c.mission_id')
    .selectAll('c')
    .select(['u.display_name as assigned_name', 'm.name as mission_name'])
    .select(sql<boolean>`coalesce(${visibleRows(user, 'case', 'c')}, false)`.as('held'))
    .select([
      sql<number>`(select count(*)::int from protection_case_task t where t.case_id = c.id and t.done_at is null)`.as(
        'open_tasks',
      ),
      sql<number>`(select count(*)::int from protection_case_task t
        where t.case_id = c.id and t.done_at is null and t.due_on < ${day})`.as('overdue_tasks'),
    ])
    .where((eb) => eb.or([visibleRows(user, 'case', 'c'), referredCases(user, 'c')]))
    .orderBy('c.received_at', 'desc')
    .orderBy('c.id');
  if (filters.q) {
    const q = containsText(filters.q);
    query = query.where((eb) => eb.or([eb('c.title_search', 'like', q), eb('c.code', 'ilike', q)]));
  }
  if (filters.status) query = query.where('c.status', '=', filters.status);
  if (filters.open === 'true') query = query.where('c.status', 'not in', ['resolved', 'closed']);
  if (filters.type) query = query.where('c.type', '=', filters.type);
  if (filters.urgency) query = query.where('c.urgency', '=', filters.urgency);
  if (filters.country) query = query.where('c.country', '=', filters.country);
  if (filters.overdue === 'true') {
    query = query.where(
      sql<boolean>`exists (select from protection_case_task t where t.case_id = c.id and t.done_at is null and t.due_on < ${day})`,
    );
  }
  return query;
}

type CaseRow = Awaited<ReturnType<ReturnType<typeof casesQuery>['executeTakeFirstOrThrow']>>;

export const toCaseSummary = (r: CaseRow): CaseSummary => ({
  id: r.id,
  code: r.code,
  provinceCode: r.province_code,
  mission: r.mission_id && r.mission_name ? { id: r.mission_id, name: r.mission_name } : null,
  held: r.held,
  country: r.country,
  type: r.type,
  urgency: r.urgency,
  status: r.status,
  title: r.title,
  assignedTo: r.assigned_to === null ? null : { id: r.assigned_to, name: r.assigned_name ?? '' },
  ...presentRow(r, ['handled_by', 'escalated_to_ministry', 'received_at', 'open_tasks', 'overdue_tasks', 'version']),
});
