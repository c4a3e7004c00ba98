import { readFile, writeFile } from 'node:fs/promises';
import { generateSchema } from '../db/types/generateSchema';

/** npm run db:types — writes src/db/schema.ts from the migrations; `-- --check` only says whether it is current. */
const SCHEMA_FILE = new URL('../db/schema.ts', import.meta.url);
const generated = await generateSchema();
const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
if (process.argv.includes('--check')) {
  console.log(current === generated ? 'src/db/schema.ts is current' : 'src/db/schema.ts is stale: run npm run db:types');
  process.exitCode = current === generated ? 0 : 1;
} else if (current !== generated) {
  await writeFile(SCHEMA_FILE, generated);
  console.log('src/db/schema.ts written from the migrations');
} else {
  console.log('src/db/schema.ts is current');
}
