import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * The embedded database is one process's: a second one (the CLI while the server runs) would
 * corrupt it. A lock file beside the data names the holding process; a lock left by a process
 * that no longer runs (killed, crashed) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = `${dataDir}.lock`;
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(path, 'utf8'));
    if (holder !== process.pid && isRunning(holder)) {
      throw new Error(
        `the embedded database in ${dataDir} is in use by process ${holder}: stop it first (or use DATABASE_URL)`,
        { cause: error },
      );
    }
    writeFileSync(path, String(process.pid));
  }
  return () => rmSync(path, { force: true });
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
