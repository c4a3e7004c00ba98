import type { Transaction } from 'kysely';
import type { DB, PersonChangeTable } from '../../../db/schema';
import type { FieldChange } from '../../../domain/persons/personHistory';
import type { Actor } from '../../auth/actor';
import { auditActor, type RecordProvinces } from '../../audit/writeAudit';

/**
 * Told of every person written by this owner, inside the writing transaction: duplicate checking
 * subscribes (src/server/duplicates/watchPersonChanges.ts), so persons need not know of duplicates.
 * Bulk inserts raise none: an import's batch is checked as a whole once committed.
 */
export type PersonChangeListener = (trx: Transaction<DB>, personIds: readonly string[]) => Promise<void>;

const listeners = new Set<PersonChangeListener>();

export function onPersonChanged(listener: PersonChangeListener): void {
  listeners.add(listener);
}

export async function personChanged(trx: Transaction<DB>, personIds: readonly string[]): Promise<void> {
  for (const listener of listeners) await listener(trx, personIds);
}

export interface ChangedPerson {
  id: string;
  version: number;
  provinces: RecordProvinces;
}

/**
 * A version of a person in its history, field by field, and the audit entry of the change (the
 * fields, never their values). Written last in a change: audit writers wait for each other from
 * their entry to their commit.
 */
export async function recordPersonChange(
  trx: Transaction<DB>,
  actor: Actor,
  person: ChangedPerson,
  action: PersonChangeTable['action'],
  changes: FieldChange[],
): Promise<void> {
  await trx
    .insertInto('person_change')
    .values({
      person_id: person.id,
      version: person.version,
      action,
      changed_by: actor.user.id,
      changes: JSON.stringify(changes),
    })
    .execute();
  await auditActor(trx, actor, {
    action: `person.${action}`,
    entityType: 'person',
    entityId: person.id,
    provinces: person.provinces,
    details: { version: person.version, fields: changes.map((c) => c.field) },
  });
}
