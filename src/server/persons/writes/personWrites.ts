import type { Transaction, Updateable } from 'kysely';
import type { DB, PersonTable } from '../../../db/schema';
import {
  createdChanges,
  diffSnapshots,
  historySnapshot,
  type FieldChange,
} from '../../../domain/persons/personHistory';
import type { Person, PersonInput } from '../../../domain/persons/personSchemas';
import { updateWithVersion } from '../../records/updateWithVersion';
import { loadPersonParts } from '../loadPersonParts';
import { personProvinces } from '../personProvinces';
import { personColumns, toPerson } from '../personRecord';
import { personChanged, recordPersonChange, type ChangedPerson } from './personChangeLog';
import { writePersonChildren, type PersonWriter } from './personChildren';

/**
 * The one owner of person writes (hồ sơ kiều bào): every create, change, delete, restore, merge,
 * undo and bulk insert goes through this folder. Each checks the version, writes the columns and
 * parts (documents, relatives, match keys; name counts follow by trigger), the field-by-field
 * history and its audit, and tells the listeners (duplicate checking) that the person changed.
 * Who may write is the caller's question (the access policy), not this module's.
 */

/** The stored record, identity numbers open: history masks them itself. */
export async function storedPerson(trx: Transaction<DB>, writer: PersonWriter, id: string): Promise<Person> {
  return toPerson((await loadPersonParts(trx, id))!, writer.crypto, true);
}

export async function insertPerson(trx: Transaction<DB>, writer: PersonWriter, input: PersonInput): Promise<string> {
  const columns = personColumns(input);
  const userId = writer.actor.user.id;
  const { id } = await trx
    .insertInto('person')
    .values({ ...columns, created_by: userId, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writePersonChildren(trx, writer, id, input, columns.name_words);
  const created = await storedPerson(trx, writer, id);
  await personChanged(trx, [id]);
  const changes = createdChanges(historySnapshot(created));
  await recordPersonChange(
    trx,
    writer.actor,
    { id, version: 1, provinces: personProvinces(created) },
    'create',
    changes,
  );
  return id;
}

/** The version the change is made at: `read` as the service read it, `sent` as the client saw it. */
export interface VersionSeen {
  read: number;
  sent: number;
  /** Where the request carried the version, for the 409's detail. */
  path?: string;
}

/** A whole record replaced by `input`, at the version seen; its history names each field changed. */
export async function changePerson(
  trx: Transaction<DB>,
  writer: PersonWriter,
  change: { id: string; version: VersionSeen; input: PersonInput },
): Promise<void> {
  const before = await storedPerson(trx, writer, change.id);
  const columns = personColumns(change.input);
  const changed = await setPersonColumns(trx, writer, before, change.version, columns);
  await writePersonChildren(trx, writer, change.id, change.input, columns.name_words);
  const after = await storedPerson(trx, writer, change.id);
  await personChanged(trx, [change.id]);
  // Both before and after: a record moved to another province is in both provinces' audit.
  const provinces = [...personProvinces(before), ...personProvinces(after)];
  const changes = diffSnapshots(historySnapshot(before), historySnapshot(after));
  await recordPersonChange(trx, writer.actor, { ...changed, provinces }, 'update', changes);
}

/** Soft delete (deleted: true) or restore (false), at the version seen; the record and its history stay. */
export async function setPersonDeleted(
  trx: Transaction<DB>,
  writer: PersonWriter,
  change: { id: string; version: VersionSeen; deleted: boolean },
): Promise<void> {
  const before = await storedPerson(trx, writer, change.id);
  if ((before.deletedAt !== null) === change.deleted) return;
  const changed = await setPersonColumns(trx, writer, before, change.version, deletion(writer, change.deleted));
  await personChanged(trx, [change.id]);
  const changes: FieldChange[] = [{ field: 'deleted', from: !change.deleted, to: change.deleted }];
  await recordPersonChange(trx, writer.actor, changed, change.deleted ? 'delete' : 'restore', changes);
}

export function deletion(writer: PersonWriter, deleted: boolean) {
  return { deleted_at: deleted ? new Date() : null, deleted_by: deleted ? writer.actor.user.id : null };
}

/** The person row changed at the version seen (409 otherwise): its new version, in the provinces it had. */
export async function setPersonColumns(
  trx: Transaction<DB>,
  writer: PersonWriter,
  before: Pick<Person, 'id' | 'hometownProvinceCode' | 'sourceProvinceCode'>,
  version: VersionSeen,
  set: Updateable<PersonTable>,
): Promise<ChangedPerson> {
  const newVersion = await updateWithVersion(
    trx,
    {
      table: 'person',
      id: before.id,
      version: { read: version.read, sent: version.sent },
      set: { ...set, updated_at: new Date(), updated_by: writer.actor.user.id },
      versionPath: version.path,
    },
    writer.language,
  );
  return { id: before.id, version: newVersion, provinces: personProvinces(before) };
}
