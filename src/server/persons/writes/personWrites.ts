import type { Selectable, Transaction, Updateable } from 'kysely';
import type { DB, PersonTable } from '../../../db/schema';
import {
  createdChanges,
  diffSnapshots,
  historySnapshot,
  type FieldChange,
} from '../../../domain/persons/personHistory';
import type { PersonInput } from '../../../domain/persons/personSchemas';
import { updateWithVersion } from '../../records/updateWithVersion';
import { loadPersonParts } from '../loadPersonParts';
import { personRowProvinces } from '../personProvinces';
import { personColumns, toPerson, type PersonParts } from '../personRecord';
import { personChanged, recordPersonChange, type ChangedPerson } from './personChangeLog';
import { writePersonChildren, type PersonWriter } from './personChildren';

/**
 * The one owner of person writes (hồ sơ kiều bào): every create, change, delete, restore, merge,
 * undo and bulk insert goes through this folder. Each checks the version, writes the columns and
 * parts (documents, relatives, match keys; name counts follow by trigger), the field-by-field
 * history and its audit, and tells the listeners (duplicate checking) that the person changed.
 * Who may write is the caller's question (the access policy), not this module's.
 */

/** A person's stored parts, read in the writing transaction. */
export async function storedParts(trx: Transaction<DB>, id: string): Promise<PersonParts> {
  return (await loadPersonParts(trx, id))!;
}

/** The record as history compares it: identity numbers open (history masks them itself). */
const historyOf = (writer: PersonWriter, parts: PersonParts) => historySnapshot(toPerson(parts, writer.crypto, true));

/** Creates a person; returns what was stored. */
export async function insertPerson(
  trx: Transaction<DB>,
  writer: PersonWriter,
  input: PersonInput,
): Promise<PersonParts> {
  const columns = personColumns(input);
  const userId = writer.actor.user.id;
  const { id } = await trx
    .insertInto('person')
    .values({ ...columns, created_by: userId, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writePersonChildren(trx, writer, id, input, columns.name_words);
  const created = await storedParts(trx, id);
  await personChanged(trx, [id]);
  const changes = createdChanges(historyOf(writer, created));
  const provinces = personRowProvinces(created.row);
  await recordPersonChange(trx, writer.actor, { id, version: 1, provinces }, 'create', changes);
  return created;
}

/** The version a change names (the one the client saw), and where the request carried it (for the 409). */
export interface VersionSent {
  sent: number;
  path?: string;
}

/** A whole record replaced by `input`, at the version sent; its history names each field changed. */
export async function changePerson(
  trx: Transaction<DB>,
  writer: PersonWriter,
  change: { before: PersonParts; version: VersionSent; input: PersonInput },
): Promise<PersonParts> {
  const { before, input } = change;
  const columns = personColumns(input);
  const changed = await setPersonColumns(trx, writer, before.row, change.version, columns);
  await writePersonChildren(trx, writer, changed.id, input, columns.name_words);
  const after = await storedParts(trx, changed.id);
  await personChanged(trx, [changed.id]);
  // Both before and after: a record moved to another province is in both provinces' audit.
  const provinces = [...personRowProvinces(before.row), ...personRowProvinces(after.row)];
  const changes = diffSnapshots(historyOf(writer, before), historyOf(writer, after));
  await recordPersonChange(trx, writer.actor, { ...changed, provinces }, 'update', changes);
  return after;
}

/** Soft delete (deleted: true) or restore (false); the record and its history stay. */
export async function setPersonDeleted(
  trx: Transaction<DB>,
  writer: PersonWriter,
  change: { before: PersonParts; deleted: boolean },
): Promise<void> {
  const { row } = change.before;
  if ((row.deleted_at !== null) === change.deleted) return;
  const version = { sent: row.version };
  const changed = await setPersonColumns(trx, writer, row, version, deletion(writer, change.deleted));
  await personChanged(trx, [row.id]);
  const changes: FieldChange[] = [{ field: 'deleted', from: !change.deleted, to: change.deleted }];
  await recordPersonChange(trx, writer.actor, changed, change.deleted ? 'delete' : 'restore', changes);
}

export function deletion(writer: PersonWriter, deleted: boolean) {
  return { deleted_at: deleted ? new Date() : null, deleted_by: deleted ? writer.actor.user.id : null };
}

/**
 * The person row changed while still at the version it was read at and the version sent (409
 * otherwise): its new version, in the provinces it had.
 */
export async function setPersonColumns(
  trx: Transaction<DB>,
  writer: PersonWriter,
  stored: Selectable<PersonTable>,
  version: VersionSent,
  set: Updateable<PersonTable>,
): Promise<ChangedPerson> {
  const newVersion = await updateWithVersion(trx, {
    table: 'person',
    id: stored.id,
    version: { read: stored.version, sent: version.sent },
    set: { ...set, updated_at: new Date(), updated_by: writer.actor.user.id },
    versionPath: version.path,
  });
  return { id: stored.id, version: newVersion, provinces: personRowProvinces(stored) };
}
