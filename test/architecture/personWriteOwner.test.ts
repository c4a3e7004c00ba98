import { describe, expect, it } from 'vitest';
import { matchingLines, sourceFiles } from '../helpers/sourceFiles';

// The tables of a person's record (hồ sơ) and of relatives (thân nhân).
const TABLES = 'person|person_change|person_identity_document|person_relative|person_match_key|person_merge|relative';
const WRITE = new RegExp(
  `(insertInto|updateTable|deleteFrom)\\('(${TABLES})( as \\w+)?'\\)|(insert into|update|delete from) (${TABLES})\\b|copyRows\\([^,]+, '(${TABLES})'`,
  'i',
);

const OWNERS = [
  'src/server/persons/writes/', // persons: create, change, delete, restore, merge, undo, bulk
  'src/server/relatives/relativeWrites.ts', // relatives' own records
  // Data migrations: derived key and search columns for rows stored before migrations 0009/0010/0014
  // (computed in TypeScript, so not in SQL); they change no field of a record and write no history.
  'src/db/fillMatchKeys.ts',
  'src/db/fillRelativeSearch.ts',
];

describe('the owner of person writes', () => {
  it('is the only code in src that inserts, updates or deletes persons and relatives', () => {
    const others = sourceFiles('src').filter((f) => !OWNERS.some((owner) => f.path.startsWith(owner)));
    expect(matchingLines(others, WRITE)).toEqual([]);
  });

  it('is reached by persons and duplicates without either importing the other', () => {
    const persons = sourceFiles('src/server/persons');
    const duplicates = sourceFiles('src/server/duplicates').filter((f) => !f.path.endsWith('watchPersonChanges.ts'));
    expect(matchingLines(persons, /from '\.\.\/(\.\.\/)?duplicates\//)).toEqual([]);
    // Duplicates reads persons (loading, records) and asks the owner to merge; it writes nothing itself.
    expect(matchingLines(duplicates, /from '\.\.\/persons\/personService'/)).toEqual([]);
  });
});
