import { prepareDatabase } from '../db/prepareDatabase';
import { buildApp } from './app';
import { useAuditChainKey } from './audit/auditChain';
import { loadConfig } from './config';
import { seedDemoPersons } from './demo/seedDemoPersons';
import { createIdentityCrypto } from './secrets/identityCrypto';
import { loadDataKey } from './secrets/loadDataKey';
import { ensureFirstAdmin, FIRST_ADMIN_USERNAME } from './users/firstAdmin';

const config = loadConfig();
const database = await prepareDatabase(config.database);
const dataKey = loadDataKey(config);
useAuditChainKey(dataKey);
const firstPassword = await ensureFirstAdmin(database.db);
const demo = await seedDemoPersons(database.db, createIdentityCrypto(dataKey), config.demoPersons);
const app = await buildApp(config, database, dataKey);

const shutdown = async (signal: string) => {
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ host: config.host, port: config.port });
const url = `http://localhost:${config.port}`;
if (demo.persons) {
  console.log(
    `Added ${demo.persons} made-up persons as demo data (DEMO_PERSONS=0 to start empty); ` +
      `${demo.pairs} pairs of them may be one person: see Trùng lặp.`,
  );
}
if (firstPassword) {
  // Printed once, on the first start only: it is stored nowhere but as a hash.
  console.log(
    [
      '',
      '================ Đăng nhập lần đầu / First login ================',
      `  Tên đăng nhập / Username:           ${FIRST_ADMIN_USERNAME}`,
      `  Mật khẩu một lần / One-time password: ${firstPassword}`,
      '  Bạn sẽ được yêu cầu đổi mật khẩu. You will be asked to change it.',
      '==================================================================',
      '',
    ].join('\n'),
  );
}
// Last: the line that tells scripts (and people) the server is ready.
console.log(`\nCầu Nối is running at ${url} (database: ${database.kind})`);
