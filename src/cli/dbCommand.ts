import { prepareDatabase } from '../db/prepareDatabase';
import { grantRuntimeRole } from '../db/runtimeRole';
import { loadConfig } from '../server/config';
import { UsageError } from './args';

/** npm run cli -- db grant-runtime ROLE: run as the owner (DATABASE_URL of the owner), PostgreSQL only. */
export async function dbCommand(args: readonly string[]): Promise<number> {
  const [command, role] = args;
  if (command !== 'grant-runtime' || !role) throw new UsageError('db: the command is "db grant-runtime ROLE"');
  // Opened as the server opens it, migrations applied: the owner grants on the schema as it now is.
  const database = await prepareDatabase(loadConfig().database);
  try {
    if (database.kind !== 'postgresql') throw new UsageError('db grant-runtime: for PostgreSQL (DATABASE_URL) only');
    await grantRuntimeRole(database.db, role);
    console.log(`Đã cấp quyền / Granted: ${role} reads and writes the data, appends to the audit log, owns nothing.`);
    return 0;
  } finally {
    await database.close();
  }
}
