import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Currency } from '../../domain/registers/money';
import type { Counts } from '../../domain/statistics/statisticsSchemas';

/**
 * Foreign affairs in figures for a province (or all) and a year: agreements by status; the year's
 * delegations by direction, events and their attendance, donations (sums by currency) and
 * commendations granted; NGO projects under way; businesses, investment projects and open catalogue
 * projects.
 */
export async function affairsCounts(db: Kysely<DB>, scope: string | null, year: number) {
  const inScope = scope ? sql`province_code = ${scope} and ` : sql``;
  const count = async (from: string, where = sql`true`) => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(from)}
      where ${inScope} deleted_at is null and ${where}`.execute(db);
    return rows[0]?.n ?? 0;
  };
  const grouped = async (from: string, column: string, where = sql`true`): Promise<Counts> => {
    const { rows } = await sql<{
      code: string;
      count: number;
    }>`select ${sql.ref(column)} as code, count(*)::int as count
      from ${sql.table(from)} where ${inScope} deleted_at is null and ${where} group by 1 order by 2 desc`.execute(db);
    return rows;
  };
  const inYear = (column: string) => sql`extract(year from ${sql.ref(column)}) = ${year}`;
  const { rows: donations } = await sql<{ currency: Currency; amount: number; n: number }>`
    select value_currency as currency, sum(value_amount)::bigint as amount, count(*)::int as n from donation
    where ${inScope} deleted_at is null and ${inYear('received_on')} and value_amount is not null group by 1`.execute(
    db,
  );
  const { rows: attendance } = await sql<{ n: number }>`
    select count(*)::int as n from event_invitation i join event e on e.id = i.event_id
    where ${scope ? sql`e.province_code = ${scope} and ` : sql``} e.deleted_at is null
      and extract(year from e.start_on) = ${year} and i.status = 'attended'`.execute(db);
  return {
    agreementsByStatus: await grouped('agreement', 'status'),
    delegationsByDirection: await grouped('delegation', 'direction', inYear('start_on')),
    ngoProjectsOngoing: await count('ngo_project', sql`status in ('approved', 'ongoing')`),
    businesses: await count('business', sql`status = 'active'`),
    investmentProjects: await count('investment_project', sql`status in ('licensed', 'building', 'operating')`),
    catalogueOpen: await count('catalogue_project', sql`status = 'open'`),
    events: await count('event', inYear('start_on')),
    attended: attendance[0]?.n ?? 0,
    donations: donations.map((d) => ({ currency: d.currency, amount: Number(d.amount), count: d.n })),
    commendationsGranted: await count('commendation', sql`status = 'granted' and ${inYear('granted_on')}`),
  };
}
