import { openEmptyScratchDatabase } from '../scratchDatabase';
import { migrate } from '../migrate';
import { describeDatabase } from './describeDatabase';
import { schemaSource } from './schemaSource';

/** The text src/db/schema.ts should hold: the tables of an in-memory database with every migration applied. */
export async function generateSchema(): Promise<string> {
  const database = await openEmptyScratchDatabase(undefined, 'schema_types');
  try {
    await migrate(database.db);
    return schemaSource(await describeDatabase(database.db));
  } finally {
    await database.close();
  }
}
