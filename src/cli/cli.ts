import { AppError } from '../server/http/errors';
import { ERROR_MESSAGES } from '../domain/errors/errorMessages';
import { wordText } from '../domain/text/texts';
import { parseArgs, UsageError } from './args';
import { auditCommand } from './auditCommand';
import { dbCommand } from './dbCommand';
import { exportCommand } from './exportCommand';
import { importCommand } from './importCommand';

const USAGE = `usage:
  npm run cli -- import FILE --source <province> [--association NAME] [--dry-run] [--report FILE.xlsx] [--as USER]
  npm run cli -- export --out FILE.xlsx|FILE.csv [--country X] [--province X] [--q NAME] … [--as USER]
  npm run cli -- audit verify
  npm run cli -- db grant-runtime ROLE   (as the owner: what the server's own role may do)
Commands act as the user --as (default: admin) on the configured database (DATABASE_URL, or the
embedded one in DATA_DIR, which the server must not be using at the same time).`;

/** npm run cli -- <command>: imports and exports for administrators, on the server's database. */
async function main(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv);
  const [command, ...rest] = positional;
  if (command === 'import') return importCommand(rest, options);
  if (command === 'export') return exportCommand(options);
  if (command === 'audit') return auditCommand(rest);
  if (command === 'db') return dbCommand(rest);
  throw new UsageError(command ? `unknown command "${command}"` : 'name a command');
}

function describe(error: unknown): string {
  if (error instanceof AppError) {
    const details = error.details
      .map((d) => `\n  ${d.path}: ${wordText(d.text, 'vi', d.params)} / ${wordText(d.text, 'en', d.params)}`)
      .join('');
    return `${ERROR_MESSAGES[error.code].vi} / ${ERROR_MESSAGES[error.code].en} (${error.code})${details}`;
  }
  return error instanceof Error ? error.message : String(error);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(describe(error));
  if (error instanceof UsageError) console.error(`\n${USAGE}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
