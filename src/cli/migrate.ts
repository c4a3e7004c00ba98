import { migrationVersion } from '../db/migrate';
import { prepareDatabase } from '../db/prepareDatabase';
import { loadConfig } from '../server/config';

/** npm run db:migrate — applies pending migrations and reference data to the configured database. */
const config = loadConfig();
const database = await prepareDatabase(config.database);
console.log(`database ${database.kind} at migration version ${await migrationVersion(database.db)}`);
await database.close();
