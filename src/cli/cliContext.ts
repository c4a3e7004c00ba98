import { prepareDatabase } from '../db/prepareDatabase';
import type { Language } from '../domain/text/texts';
import { useAuditChainKey } from '../server/audit/auditChain';
import { accountsQuery } from '../server/auth/accountQuery';
import { currentUserFromRow } from '../server/auth/currentUserFromRow';
import { loadConfig } from '../server/config';
import { createIdentityCrypto } from '../server/secrets/identityCrypto';
import { loadDataKey } from '../server/secrets/loadDataKey';
import { FIRST_ADMIN_USERNAME } from '../server/users/firstAdmin';
import { UsageError } from './args';
import type { PersonServiceContext } from '../server/serviceContext';

/**
 * The configured database (as the server would open it) and the data key, with the audit chain keyed
 * by it: what every command needs, whoever it acts as.
 */
export async function openCliDatabase() {
  const config = loadConfig();
  const database = await prepareDatabase(config.database);
  try {
    const dataKey = loadDataKey(config);
    useAuditChainKey(dataKey);
    return { database, config, dataKey };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * What a command works with: the configured database, and the user it acts as (--as, the first
 * administrator by default), whose role and province limit it as in the UI.
 */
export async function openCliContext(options: Record<string, string>) {
  const language: Language = options.lang === 'en' ? 'en' : 'vi';
  const { database, config, dataKey } = await openCliDatabase();
  try {
    const username = options.as ?? FIRST_ADMIN_USERNAME;
    const user = await accountsQuery(database.db)
      .where('u.username', '=', username)
      .where('u.is_active', '=', true)
      .executeTakeFirst();
    if (!user) throw new UsageError(`--as: no active user "${username}"`);
    const ctx: PersonServiceContext = {
      db: database.db,
      crypto: createIdentityCrypto(dataKey),
      actor: { user: currentUserFromRow(user), ip: 'cli' },
      now: () => new Date(),
    };
    return { ctx, config, language, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
