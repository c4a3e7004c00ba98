import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { isUniqueViolation } from '../../db/errors';
import { assignableRoles, roleNeedsProvince, type Role } from '../../domain/auth/roles';
import { findProvince } from '../../domain/reference/resolveProvince';
import type { User, UserCreate, UserListQuery, UserUpdate } from '../../domain/users/userSchemas';
import type { Actor } from '../auth/actor';
import { generatePassword, hashPassword } from '../auth/passwords';
import { deleteOtherSessions } from '../auth/sessions';
import { auditActor } from '../audit/writeAudit';
import { clearFailures } from '../auth/loginThrottle';
import { conflict, forbidden, notFound, outsideJurisdiction } from '../http/errors';
import { fieldDetail, fieldError } from '../http/validationError';
import { checkUserAgency } from '../plans/agencyService';
import { checkUserUnit } from './userUnit';
import type { ServiceContext } from '../serviceContext';
import { findUserRow, selectUsers, toUser, type UserRow } from './queries';
import { assertInSight, jurisdictionOf, listProvince, ofProvince } from '../access/policy';

export async function listUsers(ctx: ServiceContext, query: UserListQuery) {
  const { rows, total } = await selectUsers(ctx.db, query, listProvince(ctx.actor.user, query.provinceCode));
  return { items: rows.map((row) => toUser(row, ctx.now())), total };
}

/** A user the actor may see; one outside their jurisdiction does not exist for them. */
async function findVisibleUser(db: Kysely<DB>, actor: Actor, id: number): Promise<UserRow> {
  const row = await findUserRow(db, id);
  if (!row) throw notFound();
  assertInSight(actor.user, 'user', ofProvince(row.province_code));
  return row;
}

export async function getUser(ctx: ServiceContext, id: number): Promise<User> {
  return toUser(await findVisibleUser(ctx.db, ctx.actor, id), ctx.now());
}

/**
 * The province a new role/province pair ends up with, after the rules: a Ministry account has
 * none, a province role needs one, and a province administrator only assigns their own.
 */
function checkAssignment(actor: Actor, role: Role, requested: string | null): string | null {
  if (!assignableRoles(actor.user.role).includes(role)) throw forbidden();
  const scope = jurisdictionOf(actor.user);
  const province = requested ?? (role === 'national_admin' ? null : scope);
  if (role === 'national_admin' && province !== null) throw fieldError('provinceCode', 'provinceNotAllowed');
  if (roleNeedsProvince(role) && province === null) throw fieldError('provinceCode', 'provinceRequired');
  if (province !== null && !findProvince(province)) throw fieldError('provinceCode', 'unknownProvince');
  if (scope !== null && province !== scope) throw outsideJurisdiction(province);
  return province;
}

export async function createUser(
  ctx: ServiceContext,
  input: UserCreate,
): Promise<{ user: User; oneTimePassword: string }> {
  const { db, actor } = ctx;
  const provinceCode = checkAssignment(actor, input.role, input.provinceCode);
  const agencyId = await checkUserAgency(db, input.agencyId, provinceCode);
  const unit = await checkUserUnit(db, input.role, provinceCode, input);
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  try {
    const row = await db.transaction().execute(async (trx) => {
      const created = await trx
        .insertInto('app_user')
        .values({
          username: input.username,
          display_name: input.displayName,
          email: input.email,
          password_hash: passwordHash,
          role: input.role,
          province_code: provinceCode,
          agency_id: agencyId,
          ...unit,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, actor, 'user.create', created, { role: created.role, provinceCode, agencyId, ...unit });
      return created;
    });
    return { user: toUser({ ...row, locked_until: null }, ctx.now()), oneTimePassword };
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict([fieldDetail('username', 'usernameTaken')]);
    throw error;
  }
}

export async function updateUser(ctx: ServiceContext, id: number, patch: UserUpdate): Promise<User> {
  const { db, actor } = ctx;
  const row = await findVisibleUser(db, actor, id);
  const isSelf = row.id === actor.user.id;
  const movesUnit = patch.communeCode !== undefined || patch.missionId !== undefined;
  if (
    isSelf &&
    (patch.role !== undefined || patch.provinceCode !== undefined || movesUnit || patch.isActive === false)
  ) {
    // Administrators cannot lock themselves out; another administrator must do it.
    throw forbidden();
  }
  const role = patch.role ?? row.role;
  const roleOrProvinceChanges = patch.role !== undefined || patch.provinceCode !== undefined;
  const provinceCode = roleOrProvinceChanges
    ? checkAssignment(actor, role, patch.provinceCode === undefined ? row.province_code : patch.provinceCode)
    : row.province_code;
  if (!roleOrProvinceChanges && !assignableRoles(actor.user.role).includes(role)) throw forbidden();

  // An agency belongs to one province: a user moved elsewhere leaves theirs unless given a new one.
  const agencyId =
    patch.agencyId !== undefined || provinceCode !== row.province_code
      ? await checkUserAgency(db, patch.agencyId === undefined ? null : patch.agencyId, provinceCode)
      : row.agency_id;
  const unit = await checkUserUnit(db, role, provinceCode, {
    communeCode: patch.communeCode === undefined ? row.commune_code : patch.communeCode,
    missionId: patch.missionId === undefined ? row.mission_id : patch.missionId,
  });
  const next = {
    display_name: patch.displayName ?? row.display_name,
    email: patch.email === undefined ? row.email : patch.email,
    role,
    province_code: provinceCode,
    agency_id: agencyId,
    ...unit,
    is_active: patch.isActive ?? row.is_active,
  };
  const changes = Object.fromEntries(
    Object.entries(next)
      .filter(([field, value]) => row[field as keyof typeof next] !== value)
      .map(([field, value]) => [field, { from: row[field as keyof typeof next], to: value }]),
  );
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('app_user')
      .set({ ...next, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    // What the user may reach changed: their sessions end, so nothing opened under the old access stays open.
    const accessChanged = ['role', 'province_code', 'agency_id', 'commune_code', 'mission_id', 'is_active'].some(
      (field) => field in changes,
    );
    if (accessChanged) await deleteOtherSessions(trx, id, null);
    await audit(trx, actor, 'user.update', updated, { changes }, row.province_code);
    return toUser({ ...updated, locked_until: row.locked_until }, ctx.now());
  });
}

/** A new one-time password; the account is unlocked and all its sessions end. */
export async function resetPassword(ctx: ServiceContext, id: number): Promise<{ user: User; oneTimePassword: string }> {
  const { db, actor } = ctx;
  const row = await findVisibleUser(db, actor, id);
  if (!assignableRoles(actor.user.role).includes(row.role)) throw forbidden();
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const updated = await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('app_user')
      .set({
        password_hash: passwordHash,
        must_change_password: true,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await clearFailures(trx, result.username);
    await deleteOtherSessions(trx, id, null);
    await audit(trx, actor, 'user.password_reset', result, {});
    return result;
  });
  return { user: toUser({ ...updated, locked_until: null }, ctx.now()), oneTimePassword };
}

/** An account's audit entry; a move is in the audit of the province left and of the one joined. */
function audit(
  db: Kysely<DB>,
  actor: Actor,
  action: string,
  target: { id: number; province_code: string | null },
  details: Record<string, unknown>,
  formerProvince: string | null = null,
) {
  return auditActor(db, actor, {
    action,
    entityType: 'user',
    entityId: target.id,
    provinces: [target.province_code, formerProvince],
    details,
  });
}
