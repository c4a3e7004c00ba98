import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, MissionTable } from '../../db/schema';
import { isUniqueViolation } from '../../db/errors';
import type { Mission, MissionInput } from '../../domain/orgUnits/orgUnitSchemas';
import { toStoredText } from '../../domain/text/normalizeText';
import { auditOf } from '../audit/writeAudit';
import { conflict, forbidden, notFound } from '../http/errors';
import { fieldDetail } from '../http/validationError';
import { jurisdictionOf } from '../access/policy';
import { presentRow } from '../records/presentRow';
import type { ServiceContext } from '../serviceContext';

const audit = auditOf('mission');

type MissionRow = Selectable<MissionTable> & { users: number };

const toMission = (row: MissionRow): Mission =>
  presentRow(row, [
    'id',
    'code',
    'kind',
    'name',
    'name_en',
    'seat_country',
    'city',
    'countries',
    'district_note',
    'is_active',
    'users',
  ]);

const missionsQuery = (db: Kysely<DB>) =>
  db
    .selectFrom('mission as m')
    .selectAll('m')
    .select(sql<number>`(select count(*)::int from app_user u where u.mission_id = m.id and u.is_active)`.as('users'))
    .orderBy('m.seat_country')
    .orderBy('m.name');

/** The missions abroad, by country: every signed-in officer may know them (to refer a case, say). */
export async function listMissions(db: Kysely<DB>): Promise<Mission[]> {
  return (await missionsQuery(db).execute()).map(toMission);
}

const columnsOf = (input: MissionInput) => ({
  code: input.code,
  kind: input.kind,
  name: toStoredText(input.name),
  name_en: toStoredText(input.nameEn),
  seat_country: input.seatCountry,
  city: toStoredText(input.city),
  countries: [...new Set(input.countries)],
  district_note: input.districtNote,
  is_active: input.isActive,
});

/** Missions are the Ministry's to keep: a province user may not. */
function assertMinistry(ctx: ServiceContext) {
  if (jurisdictionOf(ctx.actor.user) !== null) throw forbidden();
}

function taken(error: unknown): never {
  if (isUniqueViolation(error)) throw conflict([fieldDetail('name', 'missionExists')]);
  throw error;
}

export async function createMission(ctx: ServiceContext, input: MissionInput): Promise<Mission> {
  assertMinistry(ctx);
  const id = await ctx.db
    .transaction()
    .execute(async (trx) => {
      const row = await trx.insertInto('mission').values(columnsOf(input)).returning('id').executeTakeFirstOrThrow();
      await audit(trx, ctx.actor, 'create', row.id, null, { code: input.code });
      return row.id;
    })
    .catch(taken);
  return readMission(ctx.db, id);
}

export async function updateMission(ctx: ServiceContext, id: string, input: MissionInput): Promise<Mission> {
  assertMinistry(ctx);
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      const changed = await trx.updateTable('mission').set(columnsOf(input)).where('id', '=', id).executeTakeFirst();
      if (!changed.numUpdatedRows) throw notFound();
      await audit(trx, ctx.actor, 'update', id, null, { code: input.code });
    })
    .catch(taken);
  return readMission(ctx.db, id);
}

async function readMission(db: Kysely<DB>, id: string): Promise<Mission> {
  const row = await missionsQuery(db).where('m.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toMission(row);
}
