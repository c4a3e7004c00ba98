import os from 'node:os';

/** Timing helpers for benchmarks: they print figures, they never assert. */
export function percentile(sortedMs: readonly number[], p: number): number {
  if (!sortedMs.length) return NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)] ?? NaN;
}

export async function timeEach<T>(inputs: readonly T[], run: (input: T) => Promise<unknown>) {
  const times: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await run(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? NaN, n: times.length };
}

export function fmt(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

export function machine(): string {
  const cpus = os.cpus();
  return `${process.platform} ${process.arch}, ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;
}
