import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** Every TypeScript file under `dir` (from the project root), with its text. */
export function sourceFiles(dir: string): { path: string; text: string }[] {
  const entries = readdirSync(join(root, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .map((file) => ({ path: relative(root, file), text: readFileSync(file, 'utf8') }));
}

/** `path:line: text` of every line of `files` that matches `pattern`. */
export function matchingLines(files: readonly { path: string; text: string }[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    file.text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file.path}:${i + 1}: ${line.trim()}`] : [])),
  );
}
