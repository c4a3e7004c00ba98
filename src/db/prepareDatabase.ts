import { mkdir } from 'node:fs/promises';
import { openDatabase, type Database, type DatabaseTarget } from './connection';
import { fillMatchKeys } from './fillMatchKeys';
import { fillRelativeSearch } from './fillRelativeSearch';
import { migrate } from './migrate';
import { seedReferenceData } from './seedReference';

/** Opens the database, applies pending migrations and brings reference data and derived keys up to date. */
export async function prepareDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'pglite' && target.dataDir) await mkdir(target.dataDir, { recursive: true });
  const database = await openDatabase(target);
  try {
    await migrate(database.db);
    await seedReferenceData(database.db);
    await fillMatchKeys(database.db);
    await fillRelativeSearch(database.db);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
