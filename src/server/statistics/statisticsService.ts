import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { addFigures } from '../../domain/plans/figures';
import type { ProvinceRow, Statistics } from '../../domain/statistics/statisticsSchemas';
import { forbidden } from '../http/errors';
import { provinceOfList } from '../lists/listFilters';
import { countPersonsBy } from '../persons/personStats';
import { assignmentsOf } from '../../domain/plans/assignments';
import { loadPlanTasks } from '../plans/planTasks';
import { readerOf, type ServiceContext } from '../serviceContext';
import { vietnamDay, vietnamYear } from '../../domain/calendar/vietnamDay';
import { affairsCounts } from './affairsCounts';
import { associationCounts, caseCounts, expertCounts, personBreakdowns } from './registryCounts';
import { jurisdictionOf } from '../access/policy';

/** The sums of the figures in the accepted reports on plans of a year (a province's, or all). */
async function acceptedFigures(db: Kysely<DB>, scope: string | null, year: number) {
  const { rows } = await sql<{ province_code: string; figures: Record<string, number> }>`
    select p.province_code, r.figures from task_report r
    join plan_task t on t.id = r.task_id join plan p on p.id = t.plan_id
    where r.status = 'accepted' and p.year = ${year} ${scope ? sql`and p.province_code = ${scope}` : sql``}`.execute(
    db,
  );
  return rows;
}

/** How the tasks of a year's plans stand, assignment by assignment, as the user may see them. */
async function taskProgress(ctx: ServiceContext, scope: string | null, year: number) {
  let query = readerOf(ctx).selectFrom('plan').selectAll().where('year', '=', year);
  if (scope) query = query.where('province_code', '=', scope);
  const plans = await query.execute();
  const tasks = await loadPlanTasks(readerOf(ctx), ctx.actor.user, plans, vietnamDay(ctx.now()));
  return plans.map((plan) => {
    const assignments = assignmentsOf(tasks.get(plan.id) ?? []);
    const count = (standing: string) => assignments.filter((a) => a.standing === standing).length;
    return {
      provinceCode: plan.province_code,
      tasks: {
        assignments: assignments.length,
        accepted: count('accepted'),
        submitted: count('submitted'),
        returned: count('returned'),
        pending: count('pending'),
        overdue: count('overdue'),
      },
    };
  });
}

const sumTasks = (rows: { tasks: ProvinceRow['tasks'] }[]): ProvinceRow['tasks'] =>
  rows.reduce(
    (sum, { tasks }) => ({
      assignments: sum.assignments + tasks.assignments,
      accepted: sum.accepted + tasks.accepted,
      submitted: sum.submitted + tasks.submitted,
      returned: sum.returned + tasks.returned,
      pending: sum.pending + tasks.pending,
      overdue: sum.overdue + tasks.overdue,
    }),
    { assignments: 0, accepted: 0, submitted: 0, returned: 0, pending: 0, overdue: 0 },
  );

/**
 * A province's statistics for a year (a national user's: the country's, or one province's): the
 * registry's persons by country, province (2025 and former), category, sex, age band and year
 * recorded; experts by field; cases; associations; the figures of accepted reports; task progress.
 */
export async function provinceStatistics(
  ctx: ServiceContext,
  query: { province?: string; year?: number },
): Promise<Statistics> {
  const scope = provinceOfList(ctx.actor.user, query.province, 'province');
  const year = query.year ?? vietnamYear(ctx.now());
  const [byCountry, byProvince, breakdowns, experts, cases, associations, figures, progress, affairs] =
    await Promise.all([
      countPersonsBy(readerOf(ctx), scope, 'residence_country'),
      countPersonsBy(readerOf(ctx), scope, 'hometown_province_code'),
      personBreakdowns(readerOf(ctx), scope, year),
      expertCounts(readerOf(ctx), scope),
      caseCounts(readerOf(ctx), scope, year),
      associationCounts(readerOf(ctx), scope),
      acceptedFigures(readerOf(ctx), scope, year),
      taskProgress(ctx, scope, year),
      affairsCounts(readerOf(ctx), scope, year),
    ]);
  return {
    provinceCode: scope,
    year,
    persons: { total: byCountry.reduce((sum, c) => sum + c.count, 0), byCountry, byProvince, ...breakdowns },
    experts,
    cases,
    associations,
    figures: addFigures(figures.map((f) => f.figures)),
    tasks: sumTasks(progress),
    affairs,
  };
}

/** Only the foreign affairs figures of `provinceStatistics`, for the dashboard: no pass over the persons. */
export async function affairsStatistics(ctx: ServiceContext, query: { province?: string; year?: number }) {
  const scope = provinceOfList(ctx.actor.user, query.province, 'province');
  return affairsCounts(readerOf(ctx), scope, query.year ?? vietnamYear(ctx.now()));
}

/** The provinces side by side for a year: for national users, who consolidate the provinces' work. */
export async function provincesSideBySide(ctx: ServiceContext, year: number): Promise<ProvinceRow[]> {
  if (jurisdictionOf(ctx.actor.user)) throw forbidden();
  const [persons, experts, cases, associations, figures, progress] = await Promise.all([
    countPersonsBy(readerOf(ctx), null, 'hometown_province_code'),
    sql<{ code: string; n: number }>`select p.hometown_province_code as code, count(*)::int as n
      from expert_profile e join person p on p.id = e.person_id where p.deleted_at is null group by 1`.execute(
      readerOf(ctx),
    ),
    sql<{ code: string; n: number }>`select province_code as code, count(*)::int as n from protection_case
      where status not in ('resolved', 'closed') group by 1`.execute(readerOf(ctx)),
    sql<{ code: string; n: number }>`select province_code as code, count(*)::int as n from association
      where deleted_at is null group by 1`.execute(readerOf(ctx)),
    acceptedFigures(readerOf(ctx), null, year),
    taskProgress(ctx, null, year),
  ]);
  const provinces = await readerOf(ctx).selectFrom('province').select('code').orderBy('name').execute();
  const numberOf = (rows: { code: string | null; n: number }[], code: string) =>
    rows.find((r) => r.code === code)?.n ?? 0;
  return provinces.map(({ code }) => ({
    provinceCode: code,
    persons: persons.find((p) => p.code === code)?.count ?? 0,
    experts: numberOf(experts.rows, code),
    openCases: numberOf(cases.rows, code),
    associations: numberOf(associations.rows, code),
    tasks: sumTasks(progress.filter((p) => p.provinceCode === code)),
    figures: addFigures(figures.filter((f) => f.province_code === code).map((f) => f.figures)),
  }));
}
