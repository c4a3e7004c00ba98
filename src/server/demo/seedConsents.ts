import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { CONSENT_TEXT_VERSION } from '../../domain/consent/consentPurposes';

const EVIDENCE = 'Dữ liệu mẫu: phiếu đồng ý giả định (demo data: imagined signed forms)';

/**
 * The demo registry's consents, as associations' lists bring them: seven in ten persons agreed to
 * the record being kept, shared with the Ministry and other provinces, and to be contacted about
 * events; one in ten refused everything, the others
 * said nothing; the experts agreed to be proposed. Drawn from each id, so a seed gives the same.
 */
export async function seedConsents(db: Kysely<DB>): Promise<void> {
  const row = (purpose: string) => sql`select id, ${purpose}::text as purpose, 'given'::text as decision from person`;
  await sql`
    insert into person_consent (person_id, purpose, decision, text_version, channel, evidence)
    select id, purpose, decision, ${CONSENT_TEXT_VERSION}, 'import', ${EVIDENCE} from (
      ${row('registry')} where abs(hashtext(id::text)) % 10 < 7
      union all ${row('contact')} where abs(hashtext(id::text)) % 10 < 7
      union all ${row('sharing')} where abs(hashtext(id::text)) % 10 < 7
      union all select id, p, 'refused' from person,
        unnest(array['registry', 'contact', 'expert', 'sharing', 'publication']) as p
        where abs(hashtext(id::text)) % 10 = 7 and id not in (select person_id from expert_profile)
      union all select person_id, 'expert', 'given' from expert_profile
    ) decided`.execute(db);
}
