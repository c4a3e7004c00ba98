import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * A merge gives the kept record the merged one's latest decision on each purpose where it is newer
 * than the kept record's own: the two were one person, whose latest word holds. The copies carry
 * the merge, and its undo takes them away.
 */
export async function copyConsentsOnMerge(
  trx: Transaction<DB>,
  merge: { id: number; keptId: string; mergedId: string },
): Promise<void> {
  await sql`
    insert into person_consent (person_id, purpose, decision, text_version, channel, form_id, evidence,
      decided_on, recorded_at, recorded_by, merge_id)
    select ${merge.keptId}::uuid, m.purpose, m.decision, m.text_version, m.channel, m.form_id, m.evidence,
      m.decided_on, m.recorded_at, m.recorded_by, ${merge.id}::bigint
    from (select distinct on (purpose) * from person_consent where person_id = ${merge.mergedId}::uuid
          order by purpose, id desc) m
    where m.recorded_at > coalesce((select max(k.recorded_at) from person_consent k
      where k.person_id = ${merge.keptId}::uuid and k.purpose = m.purpose), '-infinity')`.execute(trx);
}

/** Takes away what a merge copied (see copyConsentsOnMerge). */
export async function removeMergedConsents(trx: Transaction<DB>, mergeId: number): Promise<void> {
  await trx.deleteFrom('person_consent').where('merge_id', '=', mergeId).execute();
}
