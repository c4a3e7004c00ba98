import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { can } from '../../domain/auth/roles';
import { keepingProvinceOf } from '../../domain/consent/sharing';
import type {
  ContactRelease,
  ContactReleaseDecision,
  ContactReleaseInput,
  ContactReleaseListQuery,
} from '../../domain/experts/contactReleaseSchemas';
import type { ExpertMatch } from '../../domain/experts/expertSchemas';
import { isUniqueViolation } from '../../db/errors';
import { auditOf } from '../audit/writeAudit';
import { AppError, conflict, forbidden, notFound } from '../http/errors';
import { fieldDetail, fieldError } from '../http/validationError';
import { jurisdictionOf, visibleRows } from '../access/policy';
import { hasConsent } from '../consent/consentConditions';
import { offsetPage } from '../lists/offsetPage';
import { presentRow } from '../records/presentRow';
import type { ServiceContext } from '../serviceContext';
import { readNeed } from './needService';

const audit = auditOf('expert_contact_release', 'contactRelease');

function releasesQuery(db: Kysely<DB>, user: ServiceContext['actor']['user']) {
  return db
    .selectFrom('expert_contact_release as r')
    .innerJoin('local_need as n', 'n.id', 'r.need_id')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .leftJoin('app_user as u', 'u.id', 'r.requested_by')
    .selectAll('r')
    .select(['n.title as need_title', 'n.agency as need_agency', 'p.full_name as expert_name'])
    .select('u.display_name as requested_by_name')
    .where(visibleRows(user, 'contactRelease', 'r'))
    .orderBy('r.requested_at', 'desc')
    .orderBy('r.id');
}

type ReleaseRow = Awaited<ReturnType<ReturnType<typeof releasesQuery>['executeTakeFirstOrThrow']>>;

/** Whether the user decides for the expert's province: an officer of it who keeps expert profiles. */
const decidesFor = (user: ServiceContext['actor']['user'], row: { expert_province_code: string }) =>
  jurisdictionOf(user) === row.expert_province_code && can(user.role, 'experts.write');

const toRelease = (row: ReleaseRow, user: ServiceContext['actor']['user']): ContactRelease => ({
  ...presentRow(row, [
    'id',
    'need_id',
    'need_title',
    'need_agency',
    'need_province_code',
    'person_id',
    'expert_name',
    'expert_province_code',
    'message',
    'status',
    'decision_note',
    'requested_at',
    'decided_at',
  ]),
  requestedBy: row.requested_by_name,
  mayDecide: row.status === 'pending' && decidesFor(user, row),
});

/**
 * Asks the expert's province to release the contacts of an expert matched to a national need:
 * the expert must have a profile and have agreed to be proposed. Once per need and expert.
 */
export async function requestRelease(ctx: ServiceContext, needId: string, input: ContactReleaseInput) {
  const need = await readNeed(ctx, needId);
  if (need.scope !== 'national') throw fieldError('needId', 'needNotNational');
  const expert = await ctx.db
    .selectFrom('expert_profile as e')
    .innerJoin('person as p', 'p.id', 'e.person_id')
    .select(['p.source_province_code', 'p.hometown_province_code'])
    .select(sql<boolean>`${hasConsent('expert', 'p.id')}`.as('proposable'))
    .where('e.person_id', '=', input.personId)
    .where('p.deleted_at', 'is', null)
    .executeTakeFirst();
  const province =
    expert &&
    keepingProvinceOf({
      sourceProvinceCode: expert.source_province_code,
      hometownProvinceCode: expert.hometown_province_code,
    });
  if (!expert?.proposable || !province) throw fieldError('personId', 'expertNotProposable');
  const id = await ctx.db
    .transaction()
    .execute(async (trx) => {
      const row = await trx
        .insertInto('expert_contact_release')
        .values({
          need_id: needId,
          person_id: input.personId,
          need_province_code: need.provinceCode,
          expert_province_code: province,
          message: input.message,
          requested_at: ctx.now(),
          requested_by: ctx.actor.user.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, ctx.actor, 'request', String(row.id), [need.provinceCode, province]);
      return row.id;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw conflict([fieldDetail('personId', 'releaseRequested')]);
      throw error;
    });
  return readRelease(ctx, id);
}

async function readRelease(ctx: ServiceContext, id: number, db: Kysely<DB> = ctx.db): Promise<ContactRelease> {
  const row = await releasesQuery(db, ctx.actor.user).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toRelease(row, ctx.actor.user);
}

/** Requests the user's province received (for its experts) or sent (for its needs); national users see all. */
export async function listReleases(ctx: ServiceContext, query: ContactReleaseListQuery) {
  let rows = releasesQuery(ctx.db, ctx.actor.user);
  const province = jurisdictionOf(ctx.actor.user);
  if (province && query.box !== 'all')
    rows = rows.where(query.box === 'received' ? 'r.expert_province_code' : 'r.need_province_code', '=', province);
  if (query.status) rows = rows.where('r.status', '=', query.status);
  const page = await offsetPage(rows, query);
  return { items: page.rows.map((row) => toRelease(row, ctx.actor.user)), total: page.total };
}

/** The expert's province approves (the expert's agreement checked again) or refuses, saying why. */
export async function decideRelease(ctx: ServiceContext, id: number, decision: ContactReleaseDecision) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await releasesQuery(trx, ctx.actor.user).where('r.id', '=', id).forUpdate('r').executeTakeFirst();
    if (!row) throw notFound();
    if (!decidesFor(ctx.actor.user, row)) throw forbidden();
    if (row.status !== 'pending') throw conflict([fieldDetail('status', 'releaseDecided')]);
    const approved = decision.decision === 'approve';
    if (approved) {
      const still = await trx
        .selectFrom('person as p')
        .select(sql<boolean>`${hasConsent('expert', 'p.id')}`.as('given'))
        .where('p.id', '=', row.person_id)
        .executeTakeFirstOrThrow();
      if (!still.given) throw new AppError(409, 'CONSENT_REQUIRED', [fieldDetail('personId', 'expertNotProposable')]);
    }
    await trx
      .updateTable('expert_contact_release')
      .set({
        status: approved ? 'approved' : 'refused',
        decision_note: decision.note,
        decided_at: ctx.now(),
        decided_by: ctx.actor.user.id,
      })
      .where('id', '=', id)
      .execute();
    await audit(trx, ctx.actor, approved ? 'approve' : 'refuse', String(id), [
      row.need_province_code,
      row.expert_province_code,
    ]);
  });
  return readRelease(ctx, id);
}

/** A national need's releases by expert, with the contacts of those approved. */
export async function releasesOfNeed(db: Kysely<DB>, needId: string): Promise<Map<string, ExpertMatch['release']>> {
  const rows = await db
    .selectFrom('expert_contact_release as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select(['r.id', 'r.person_id', 'r.status', 'p.phones', 'p.emails'])
    .where('r.need_id', '=', needId)
    .execute();
  return new Map(
    rows.map((r) => [
      r.person_id,
      {
        id: r.id,
        status: r.status,
        contact: r.status === 'approved' ? { phones: r.phones, emails: r.emails } : null,
      },
    ]),
  );
}
