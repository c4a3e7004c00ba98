import { readFile, writeFile } from 'node:fs/promises';

/**
 * Writes a generated source file, or with `--check` on the command line only says whether the
 * committed one is current (exit code 1 when stale).
 */
export async function writeGeneratedFile(file: URL, generated: string, command: string): Promise<void> {
  const name = file.pathname.slice(file.pathname.lastIndexOf('/src/') + 1);
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current === generated) {
    console.log(`${name} is current`);
  } else if (process.argv.includes('--check')) {
    console.log(`${name} is stale: run ${command}`);
    process.exitCode = 1;
  } else {
    await writeFile(file, generated);
    console.log(`${name} written`);
  }
}
