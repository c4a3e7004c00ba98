import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { AppError } from '../http/errors';
import { fieldDetail } from '../http/validationError';

/**
 * The person's standing consent to sharing (with other provinces and the Ministry), which a
 * referral hands their data on under: its row, kept as the referral's proof. Without one given
 * (none recorded, refused, withdrawn since), 409 CONSENT_REQUIRED naming the person.
 */
export async function sharingConsentOf(db: Kysely<DB>, personId: string): Promise<{ id: number }> {
  const latest = await db
    .selectFrom('person_consent')
    .select(['id', 'decision'])
    .where('person_id', '=', personId)
    .where('purpose', '=', 'sharing')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (latest?.decision !== 'given')
    throw new AppError(409, 'CONSENT_REQUIRED', [fieldDetail('personId', 'sharingConsentRequired')]);
  return { id: latest.id };
}
