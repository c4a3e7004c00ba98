import { prepareDatabase } from '../db/prepareDatabase';
import { buildApp } from './app';
import { loadConfig } from './config';
import { loadDataKey } from './secrets/loadDataKey';
import { ensureFirstAdmin, FIRST_ADMIN_USERNAME } from './users/firstAdmin';

const config = loadConfig();
const database = await prepareDatabase(config.database);
const firstPassword = await ensureFirstAdmin(database.db);
const app = await buildApp(config, database, loadDataKey(config));

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
console.log(`\nCầu Nối is running at ${url} (database: ${database.kind})`);
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
