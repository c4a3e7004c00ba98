import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema';
import type { Counts } from '../../domain/statistics/statisticsSchemas';

/** Live persons of a province (by hometown or source), or of all provinces (table alias p). */
function personsOf(scope: string | null): RawBuilder<SqlBool> {
  const live = sql<SqlBool>`p.deleted_at is null`;
  return scope
    ? sql<SqlBool>`${live} and (p.hometown_province_code = ${scope} or p.source_province_code = ${scope})`
    : live;
}

const byCount = (rows: { code: string | null; count: number }[]) =>
  rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count || String(a.code).localeCompare(String(b.code)));

/**
 * Persons by sex, age band (in `year`), former province, 2025 commune of the hometown and the year they were recorded, in one
 * pass over the registry (grouping sets), and by category (each category a person is in).
 */
export async function personBreakdowns(db: Kysely<DB>, scope: string | null, year: number) {
  const { rows } = await sql<{ dimension: string; code: string | null; count: number }>`
    select
      case when grouping(p.sex) = 0 then 'sex' when grouping(band) = 0 then 'age'
           when grouping(p.hometown_legacy_province_code) = 0 then 'legacy'
           when grouping(p.hometown_commune_code) = 0 then 'commune' else 'recorded' end as dimension,
      coalesce(p.sex, band, p.hometown_legacy_province_code, p.hometown_commune_code, recorded) as code,
      count(*)::int as count
    from person p,
      lateral (select case
        when p.birth_year is null then 'unknown'
        when ${year} - p.birth_year < 18 then 'under_18'
        when ${year} - p.birth_year < 30 then '18_29'
        when ${year} - p.birth_year < 45 then '30_44'
        when ${year} - p.birth_year < 60 then '45_59'
        else '60_plus' end as band,
        extract(year from p.created_at)::int::text as recorded) derived
    where ${personsOf(scope)}
    group by grouping sets ((p.sex), (band), (p.hometown_legacy_province_code), (p.hometown_commune_code), (recorded))`.execute(
    db,
  );
  const of = (dimension: string) => byCount(rows.filter((r) => r.dimension === dimension));
  const { rows: categories } = await sql<{ code: string; count: number }>`
    select category as code, count(*)::int as count from person p, unnest(p.categories) as category
    where ${personsOf(scope)} group by category`.execute(db);
  return {
    bySex: of('sex'),
    byAgeBand: of('age'),
    byLegacyProvince: of('legacy').filter((r) => r.code !== null),
    byCommune: of('commune').filter((r) => r.code !== null),
    recordedByYear: of('recorded').sort((a, b) => String(a.code).localeCompare(String(b.code))),
    byCategory: byCount(categories),
  };
}

/** Experts of the jurisdiction, and by the group of each of their fields (one expert may count in several). */
export async function expertCounts(db: Kysely<DB>, scope: string | null): Promise<{ total: number; byField: Counts }> {
  const { rows } = await sql<{ code: string; count: number }>`
    select split_part(f, '.', 1) as code, count(distinct e.person_id)::int as count
    from expert_profile e join person p on p.id = e.person_id, unnest(e.fields) f
    where ${personsOf(scope)} group by 1`.execute(db);
  const { rows: total } = await sql<{ n: number }>`
    select count(*)::int as n from expert_profile e join person p on p.id = e.person_id where ${personsOf(scope)}`.execute(
    db,
  );
  return { total: total[0]?.n ?? 0, byField: byCount(rows) };
}

/** Cases of the jurisdiction by type and status (all of them), and how many were received in `year`. */
export async function caseCounts(db: Kysely<DB>, scope: string | null, year: number) {
  const where = scope ? sql`c.province_code = ${scope}` : sql`true`;
  const { rows } = await sql<{ dimension: string; code: string; count: number }>`
    select case when grouping(c.type) = 0 then 'type' else 'status' end as dimension,
      coalesce(c.type, c.status) as code, count(*)::int as count
    from protection_case c where ${where} group by grouping sets ((c.type), (c.status))`.execute(db);
  const { rows: received } = await sql<{ n: number }>`
    select count(*)::int as n from protection_case c where ${where} and extract(year from c.received_at) = ${year}`.execute(
    db,
  );
  return {
    byType: byCount(rows.filter((r) => r.dimension === 'type')),
    byStatus: byCount(rows.filter((r) => r.dimension === 'status')),
    receivedInYear: received[0]?.n ?? 0,
  };
}

export async function associationCounts(db: Kysely<DB>, scope: string | null) {
  const where = scope ? sql`a.province_code = ${scope}` : sql`true`;
  const { rows } = await sql<{ code: string; count: number }>`
    select a.kind as code, count(*)::int as count from association a
    where a.deleted_at is null and ${where} group by a.kind`.execute(db);
  return { byKind: byCount(rows), total: rows.reduce((sum, r) => sum + r.count, 0) };
}
