/** Command-line options shared by the benchmarks. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/** PGlite, and PostgreSQL when DATABASE_URL names a server; --pglite-only / --postgres-only narrow it. */
export function benchTargets(args: readonly string[]) {
  const only = args.includes('--pglite-only') ? 'pglite' : args.includes('--postgres-only') ? 'postgresql' : null;
  return [
    { kind: 'pglite', url: undefined },
    ...(process.env.DATABASE_URL ? [{ kind: 'postgresql', url: process.env.DATABASE_URL }] : []),
  ].filter((t) => !only || t.kind === only);
}
