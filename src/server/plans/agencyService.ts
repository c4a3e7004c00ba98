import type { Kysely, Selectable } from 'kysely';
import { isUniqueViolation, errorField } from '../../db/errors';
import type { AgencyTable, DB } from '../../db/schema';
import type { Agency, AgencyInput } from '../../domain/plans/planSchemas';
import { normalizeText, toStoredText } from '../../domain/text/normalizeText';
import { auditOf } from '../audit/writeAudit';
import { conflict, forbidden, notFound } from '../http/errors';
import { fieldDetail, fieldError } from '../http/validationError';
import type { ServiceContext } from '../serviceContext';
import { assertInSight, listProvince, ofProvince } from '../access/policy';
import { presentRow } from '../records/presentRow';
import { assertMayDeactivate, recordRename } from './agencyChanges';

const audit = auditOf('agency');

export const toAgency = (row: Selectable<AgencyTable>): Agency => ({
  ...presentRow(row, ['id', 'province_code', 'name', 'short_name', 'is_coordinator', 'is_active', 'successor_id']),
  dissolvedOn: row.dissolved_on,
});

/** The agencies of a province (the user's own, or the one asked for; national users: national bodies too). */
export async function listAgencies(ctx: ServiceContext, province: string | undefined): Promise<Agency[]> {
  const scope = listProvince(ctx.actor.user, province);
  let query = ctx.db.selectFrom('agency').selectAll().orderBy('is_coordinator', 'desc').orderBy('name_search');
  query = scope
    ? query.where((eb) => eb.or([eb('province_code', '=', scope), eb('province_code', 'is', null)]))
    : query;
  return (await query.execute()).map(toAgency);
}

function columnsOf(input: AgencyInput) {
  const name = toStoredText(input.name);
  return {
    province_code: input.provinceCode,
    name,
    name_search: normalizeText(name),
    short_name: input.shortName,
    is_coordinator: input.isCoordinator,
    is_active: input.isActive,
  };
}

/** A province administrator keeps their province's agencies; national bodies are the Ministry's. */
function checkProvince(ctx: ServiceContext, input: AgencyInput): AgencyInput {
  const scope = ctx.actor.user.provinceCode;
  const provinceCode = input.provinceCode ?? scope;
  if (scope && provinceCode !== scope) throw forbidden();
  return { ...input, provinceCode };
}

function taken(error: unknown): never {
  if (isUniqueViolation(error)) {
    const isCoordinator = String(errorField(error, 'constraint') ?? errorField(error, 'message')).includes(
      'coordinator',
    );
    throw conflict([
      isCoordinator ? fieldDetail('isCoordinator', 'coordinatorExists') : fieldDetail('name', 'agencyExists'),
    ]);
  }
  throw error;
}

export async function createAgency(ctx: ServiceContext, rawInput: AgencyInput): Promise<Agency> {
  const input = checkProvince(ctx, rawInput);
  return ctx.db
    .transaction()
    .execute(async (trx) => {
      const row = await trx
        .insertInto('agency')
        .values({ ...columnsOf(input), created_by: ctx.actor.user.id })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, ctx.actor, 'create', row.id, row.province_code);
      return toAgency(row);
    })
    .catch((error: unknown) => taken(error));
}

export async function updateAgency(ctx: ServiceContext, id: string, rawInput: AgencyInput): Promise<Agency> {
  const input = checkProvince(ctx, rawInput);
  return ctx.db
    .transaction()
    .execute(async (trx) => {
      const stored = await trx
        .selectFrom('agency')
        .select(['id', 'province_code', 'name', 'is_active'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!stored) throw notFound();
      assertInSight(ctx.actor.user, 'agency', ofProvince(stored.province_code));
      if (stored.is_active && !input.isActive) await assertMayDeactivate(trx, id);
      const row = await trx
        .updateTable('agency')
        .set(columnsOf(input))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (row.name !== stored.name) await recordRename(trx, ctx, stored, { old: stored.name, new: row.name });
      await audit(trx, ctx.actor, 'update', id, row.province_code);
      return toAgency(row);
    })
    .catch((error: unknown) => taken(error));
}

/**
 * The agency a user is to report for: an active agency of their province (a national body for a
 * national user); a 400 naming `agencyId` otherwise.
 */
export async function checkUserAgency(
  db: Kysely<DB>,
  agencyId: string | null,
  provinceCode: string | null,
): Promise<string | null> {
  if (!agencyId) return null;
  const agency = await db
    .selectFrom('agency')
    .select(['province_code', 'is_active'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (!agency || !agency.is_active || agency.province_code !== provinceCode)
    throw fieldError('agencyId', 'agencyUnknown');
  return agencyId;
}
