import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import type { PersonInput } from '../../../domain/persons/personSchemas';
import { fieldError } from '../../http/validationError';
import { isRelativeVisible } from '../../relatives/relativeAccess';
import {
  changeRelative,
  createRelative,
  deleteUnlinkedRelatives,
  type RelativeWriter,
} from '../../relatives/relativeWrites';

type RelativeInput = PersonInput['relatives'][number];

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
  await deleteUnlinkedRelatives(trx, [...linkedBefore]);
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
  if (!stored) throw fieldError(`relatives.${position}.relativeId`, 'relativeUnknown');
  // The person form names no relative's version: the row locked above is the one changed, if anything changed.
  await changeRelative(trx, writer, stored, { sent: stored.version, fields: relative, onlyWhenChanged: true });
  return id;
}
