import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { PersonInput } from '../../domain/persons/schemas';
import type { Language } from '../../domain/validation/localizeIssue';
import type { Actor } from '../auth/actor';
import { auditActor, type RecordProvinces } from '../audit/writeAudit';
import { fieldError } from '../http/validationError';
import { relativeRecordColumns } from '../persons/personRecord';
import { updateWithVersion } from '../records/updateWithVersion';
import { isRelativeVisible } from './relativeAccess';

type RelativeInput = PersonInput['relatives'][number];

export interface RelativeWriter {
  actor: Actor;
  language: Language;
}

/**
 * Replaces a person's links to relatives with the input's. A relative given by id is linked and,
 * when its name or contacts were changed, updated for every person it is linked to; any other is
 * created. A relative this person was the last one linked to is deleted with the link.
 */
export async function linkRelatives(
  trx: Transaction<DB>,
  writer: RelativeWriter,
  personId: string,
  relatives: readonly RelativeInput[],
): Promise<void> {
  const before = await trx
    .selectFrom('person_relative')
    .select('relative_id')
    .where('person_id', '=', personId)
    .execute();
  const linkedBefore = new Set(before.map((b) => b.relative_id));
  await trx.deleteFrom('person_relative').where('person_id', '=', personId).execute();
  const links = [];
  for (const [position, relative] of relatives.entries()) {
    const relativeId = relative.relativeId
      ? await updateLinked(trx, writer, relative, position, linkedBefore)
      : await createRelative(trx, writer, relative);
    links.push({ person_id: personId, relative_id: relativeId, position, relationship: relative.relationship });
  }
  if (links.length) await trx.insertInto('person_relative').values(links).execute();
  if (linkedBefore.size) {
    await trx
      .deleteFrom('relative')
      .where('id', 'in', [...linkedBefore])
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('person_relative as l').whereRef('l.relative_id', '=', 'relative.id'))),
      )
      .execute();
  }
}

async function createRelative(trx: Transaction<DB>, writer: RelativeWriter, relative: RelativeInput): Promise<string> {
  const userId = writer.actor.user.id;
  const row = await trx
    .insertInto('relative')
    .values({ ...relativeRecordColumns(relative), created_by: userId, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An existing relative, updated where the input differs: the change shows on every person linked to it. */
async function updateLinked(
  trx: Transaction<DB>,
  writer: RelativeWriter,
  relative: RelativeInput,
  position: number,
  linkedBefore: ReadonlySet<string>,
): Promise<string> {
  const id = relative.relativeId!;
  const visible = linkedBefore.has(id) || (await isRelativeVisible(trx, writer.actor.user, id));
  const stored = visible
    ? await trx.selectFrom('relative').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
    : undefined;
  if (!stored) throw fieldError(`relatives.${position}.relativeId`, 'relativeUnknown', writer.language);
  const columns = relativeRecordColumns(relative);
  const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter((key) => columns[key] !== stored[key]);
  if (!changed.length) return id;
  // The person form names no relative's version: the row locked above is the one changed.
  await updateWithVersion(
    trx,
    {
      table: 'relative',
      id,
      version: { read: stored.version, sent: stored.version },
      set: { ...columns, updated_at: new Date(), updated_by: writer.actor.user.id },
    },
    writer.language,
  );
  await auditRelativeChange(trx, writer.actor, id, stored.province_code, changed);
  return id;
}

/** The audit entry of a change to a relative's record: which fields, never their values. */
export async function auditRelativeChange(
  trx: Transaction<DB>,
  actor: Actor,
  id: string,
  provinces: RecordProvinces,
  fields: readonly string[],
): Promise<void> {
  await auditActor(trx, actor, {
    action: 'relative.update',
    entityType: 'relative',
    entityId: id,
    provinces,
    details: { fields: fields.filter((f) => f !== 'name_search') },
  });
}
