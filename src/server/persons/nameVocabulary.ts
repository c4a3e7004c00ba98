import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { oneEditVariants } from '../../domain/persons/nameTypos';

/** Adds a person's name words to the vocabulary that typo-tolerant search draws on. */
export async function rememberNameWords(db: Kysely<DB>, words: readonly string[]): Promise<void> {
  if (!words.length) return;
  await db
    .insertInto('person_name_word')
    .values(words.map((word) => ({ word })))
    .onConflict((oc) => oc.column('word').doNothing())
    .execute();
}

/** For each searched word, the real name words one typo away from it. */
export async function typoSpellings(db: Kysely<DB>, words: readonly string[]): Promise<string[][]> {
  return Promise.all(
    words.map(async (word) => {
      const known = await db
        .selectFrom('person_name_word')
        .select('word')
        .where('word', 'in', oneEditVariants(word))
        .execute();
      return known.map((k) => k.word);
    }),
  );
}
