import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import type { PersonInput } from '../../../domain/persons/personSchemas';
import type { RelativeWriter } from '../../relatives/relativeWrites';
import type { IdentityCrypto } from '../../secrets/identityCrypto';
import { rememberNameWords } from '../nameVocabulary';
import { documentColumns, matchKeyColumns } from '../personRecord';
import { linkRelatives } from './linkRelatives';

/** Who writes persons: the actor, and what encrypts identity numbers. */
export type PersonWriter = RelativeWriter & { crypto: IdentityCrypto };

/**
 * Replaces a person's documents, relatives and match keys with the input's; remembers its name
 * words. Relatives given by id are linked (and updated for everyone linked to them).
 */
export async function writePersonChildren(
  trx: Transaction<DB>,
  writer: PersonWriter,
  personId: string,
  input: PersonInput,
  nameWords: string[],
) {
  await rememberNameWords(trx, nameWords);
  await trx.deleteFrom('person_identity_document').where('person_id', '=', personId).execute();
  await trx.deleteFrom('person_match_key').where('person_id', '=', personId).execute();
  const documents = documentColumns(input, writer.crypto, personId);
  const matchKeys = matchKeyColumns(input, personId);
  if (documents.length) await trx.insertInto('person_identity_document').values(documents).execute();
  if (matchKeys.length) await trx.insertInto('person_match_key').values(matchKeys).execute();
  await linkRelatives(trx, writer, personId, input.relatives);
}
