import type { ConsularRegistration, ConsularRegistrationResult } from '../../domain/orgUnits/consularRegistration';
import { unitOfRole } from '../../domain/auth/roles';
import { forbidden } from '../http/errors';
import { fieldError } from '../http/validationError';
import { auditActor } from '../audit/writeAudit';
import { appendConsents } from '../consent/consentDecisions';
import { hometownOf } from '../persons/personRecord';
import { insertPerson } from '../persons/writes/personWrites';
import { readPerson } from '../persons/personService';
import type { PersonServiceContext } from '../serviceContext';

/**
 * Registers a citizen of the mission's district into the registry, through the person write owner
 * (so the duplicate check runs on it as on any record), kept by the home province; the form's
 * consents are recorded under its number. The mission sees the record after only with sharing.
 */
export async function registerCitizen(
  ctx: PersonServiceContext,
  registration: ConsularRegistration,
): Promise<ConsularRegistrationResult> {
  const mission = unitOfRole(ctx.actor.user.role) === 'mission' ? ctx.actor.user.mission : null;
  if (!mission) throw forbidden();
  const input = registration.person;
  if (!input.residenceCountry || !mission.countries.includes(input.residenceCountry))
    throw fieldError('person.residenceCountry', 'outsideDistrict');
  const home = hometownOf(input).provinceCode;
  if (!home) throw fieldError('person.hometownText', 'unknownProvince');
  const { personId, possibleDuplicates } = await ctx.db.transaction().execute(async (trx) => {
    const created = await insertPerson(trx, ctx, {
      ...input,
      sourceProvinceCode: home,
      sourceAgency: mission.name,
      sourceDate: registration.registeredOn,
    });
    const id = created.row.id;
    await appendConsents(trx, id, registration.consents, {
      channel: 'consular',
      evidence: `Tờ khai đăng ký công dân số ${registration.formNumber} — ${mission.name}`,
      decidedOn: registration.registeredOn,
      recordedBy: ctx.actor.user.id,
      recordedAt: ctx.now(),
    });
    const pairs = await trx
      .selectFrom('duplicate_pair')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => eb.or([eb('person_a', '=', id), eb('person_b', '=', id)]))
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    await auditActor(trx, ctx.actor, {
      action: 'person.consular_register',
      entityType: 'person',
      entityId: id,
      provinces: [home],
      details: { missionId: mission.id, formNumber: registration.formNumber, duplicates: Number(pairs.n) },
    });
    return { personId: id, possibleDuplicates: Number(pairs.n) };
  });
  const shares = registration.consents.some((c) => c.purpose === 'sharing' && c.decision === 'given');
  return { personId, possibleDuplicates, person: shares ? await readPerson(ctx, personId) : null };
}
