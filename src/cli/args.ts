/** `import FILE --source 92 --dry-run`: the words, and the options (a flag without value is 'true'). */
export function parseArgs(argv: readonly string[]) {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const next = argv[i + 1];
    const hasValue = next !== undefined && !next.startsWith('--');
    options[word.slice(2)] = hasValue ? next : 'true';
    if (hasValue) i++;
  }
  return { positional, options };
}

export class UsageError extends Error {}
