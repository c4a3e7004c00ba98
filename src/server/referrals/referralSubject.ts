import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { ReferralInput } from '../../domain/referrals/referralSchemas';
import { fieldError } from '../http/validationError';
import { mayDo, ofPerson, sharingGiven } from '../access/policy';
import { caseInHands } from '../cases/caseAccess';
import type { ServiceContext } from '../serviceContext';

/**
 * What a referral is about, as the sender has it: the case (one their unit holds, locked) and its
 * subject, or the returnee (a person they see); with the provinces and countries its receiver
 * must fit (referralTargets).
 */
export async function referralSubject(trx: Kysely<DB>, ctx: ServiceContext, input: ReferralInput) {
  const theCase = input.caseId ? await caseInHands(trx, ctx, input.caseId) : null;
  let person = trx
    .selectFrom('person as p')
    .select(['p.id', 'p.hometown_province_code', 'p.source_province_code', 'p.hometown_commune_code'])
    .select(['p.residence_country', sharingGiven('p')])
    .where('p.id', '=', input.personId)
    .where('p.deleted_at', 'is', null);
  if (theCase) {
    person = person.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('protection_case_person as cp')
          .select('cp.person_id')
          .whereRef('cp.person_id', '=', 'p.id')
          .where('cp.case_id', '=', theCase.id)
          .where('cp.role', '=', 'subject'),
      ),
    );
  }
  const row = await person.executeTakeFirst();
  // A case's subject is the sender's through the case; a returnee must be in their own sight.
  if (!row || (!theCase && !mayDo(ctx.actor.user, 'read', 'person', ofPerson(row))))
    throw fieldError('personId', theCase ? 'personNotOnCase' : 'personUnknown');
  return {
    theCase,
    personProvinces: [row.hometown_province_code, row.source_province_code],
    // Where the mission must serve: where the case happened, or where the returnee lives.
    countries: [theCase ? theCase.country : row.residence_country],
  };
}
