import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { PortalRead } from '../../domain/portal/portalSchemas';

// The staff actions that show the person's record: reading it, its history, its consents.
const READS = ['person.read', 'person.history', 'person.consents'];

/** Who read the person's record, by month and by the reader's agency, province or Ministry, newest first. */
export async function readsOfRecord(db: Kysely<DB>, personId: string): Promise<PortalRead[]> {
  const { rows } = await sql<{ month: string; agency: string | null; province_code: string | null; reads: number }>`
    select to_char(a.at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month, g.name as agency,
      u.province_code, count(*)::int as reads
    from audit_log a join app_user u on u.id = a.user_id left join agency g on g.id = u.agency_id
    where a.entity_type = 'person' and a.entity_id = ${personId} and a.action = any(${READS}::text[])
    group by 1, 2, 3 order by 1 desc, 4 desc`.execute(db);
  return rows.map((r) => ({
    month: r.month,
    reader: {
      kind: r.agency ? 'agency' : r.province_code ? 'province' : 'ministry',
      agencyName: r.agency,
      provinceCode: r.province_code,
    },
    reads: r.reads,
  }));
}

/** Every decision on the person's consent, oldest first, as the download gives it. */
export async function consentHistoryOf(db: Kysely<DB>, personId: string) {
  const rows = await db
    .selectFrom('person_consent')
    .select(['purpose', 'decision', 'text_version', 'channel', 'decided_on', 'recorded_at'])
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    purpose: r.purpose,
    decision: r.decision,
    textVersion: r.text_version,
    channel: r.channel,
    decidedOn: r.decided_on,
    recordedAt: r.recorded_at.toISOString(),
  }));
}
