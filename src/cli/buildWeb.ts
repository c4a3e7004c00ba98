import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Builds the web UI (vite) only when what it is built from changed since the last build: the web
 * sources, the domain code they share with the server, the build's configuration and the locked
 * dependencies. `npm start` runs this, so a restart with nothing changed starts at once.
 */
const INPUTS = ['src/web', 'src/domain', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'];
const OUT = 'dist/web';
const STAMP = join(OUT, '.sources.sha256');

/** The files under a path (itself, if a file), in a stable order. */
function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const current = sourcesHash();
const built = existsSync(STAMP) && existsSync(join(OUT, 'index.html')) ? readFileSync(STAMP, 'utf8') : null;
if (built === current) {
  console.log('web UI up to date (dist/web); not rebuilt');
} else {
  await build({ logLevel: 'warn' });
  writeFileSync(STAMP, current);
}
