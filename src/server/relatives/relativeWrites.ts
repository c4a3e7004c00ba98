import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, RelativeTable } from '../../db/schema';
import type { PersonInput } from '../../domain/persons/personSchemas';
import { normalizeText } from '../../domain/text/normalizeText';
import type { Actor } from '../auth/actor';
import { auditActor, type RecordProvinces } from '../audit/writeAudit';
import { relativeRecordColumns } from '../persons/personRecord';
import { updateWithVersion } from '../records/updateWithVersion';

/**
 * The one owner of writes to relatives' records (thân nhân): created, changed (at a version),
 * removed when no person links them any more, put back on a merge's undo. Links between persons and
 * relatives are a person's part and written by the person owner (src/server/persons/writes/).
 */
export interface RelativeWriter {
  actor: Actor;
}

type RelativeFields = Pick<PersonInput['relatives'][number], 'fullName' | 'phone' | 'address' | 'provinceCode'>;

export async function createRelative(trx: Transaction<DB>, writer: RelativeWriter, relative: RelativeFields) {
  const userId = writer.actor.user.id;
  const row = await trx
    .insertInto('relative')
    .values({ ...relativeRecordColumns(relative), created_by: userId, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Changes a relative's record at the version read (`sent`: the one the client saw; the person form
 * sends none, so it names the version read under its row lock, and changes nothing when nothing
 * differs: `onlyWhenChanged`). Every person linked shows the change; the audit names the fields.
 */
export async function changeRelative(
  trx: Transaction<DB>,
  writer: RelativeWriter,
  stored: Selectable<RelativeTable>,
  change: { sent: number; fields: RelativeFields; notes?: string | null; onlyWhenChanged?: boolean },
): Promise<string[]> {
  const columns = {
    ...relativeRecordColumns(change.fields),
    ...(change.notes === undefined ? {} : { notes: change.notes }),
  };
  const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => columns[k] !== stored[k]);
  if (change.onlyWhenChanged && !changed.length) return [];
  await updateWithVersion(trx, {
    table: 'relative',
    id: stored.id,
    version: { read: stored.version, sent: change.sent },
    set: { ...columns, updated_at: new Date(), updated_by: writer.actor.user.id },
  });
  await auditRelativeChange(trx, writer.actor, stored.id, [stored.province_code, columns.province_code], changed);
  return changed;
}

/** Relatives of `ids` that no person links any more are deleted (a relative exists for its persons). */
export async function deleteUnlinkedRelatives(trx: Kysely<DB>, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await trx
    .deleteFrom('relative')
    .where('id', 'in', [...ids])
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('person_relative as l').whereRef('l.relative_id', '=', 'relative.id'))),
    )
    .execute();
}

/** Relatives' records as a snapshot holds them; one deleted since is recreated, one still there kept as it is now. */
export async function restoreRelatives(trx: Kysely<DB>, records: readonly Selectable<RelativeTable>[]): Promise<void> {
  if (!records.length) return;
  await trx
    .insertInto('relative')
    // Snapshots of merges made before relatives had records of their own carry no search form.
    .values(records.map((r) => ({ ...r, name_search: r.name_search ?? normalizeText(r.full_name) })))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** The audit entry of a change to a relative's record: which fields, never their values. */
async function auditRelativeChange(
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
