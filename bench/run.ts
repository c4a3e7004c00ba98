/** npm run bench -- <name> [options]: runs one benchmark, which prints its figures. */
const benchmarks: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  search: () => import('./searchBench'),
  import: () => import('./importBench'),
  'import-quality': () => import('./importQualityBench'),
  dedupe: () => import('./dedupeBench'),
  'hostile-inputs': () => import('./hostileInputsBench'),
  national: () => import('./nationalBench'),
  web: () => import('./webBench'),
};

const [benchName, ...args] = process.argv.slice(2);
const load = benchName ? benchmarks[benchName] : undefined;
if (!load) {
  console.error(`usage: npm run bench -- <${Object.keys(benchmarks).join('|')}> [options]`);
  process.exit(2);
}
await (await load()).run(args);
export {};
