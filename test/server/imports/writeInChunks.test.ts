import { describe, expect, it } from 'vitest';
import { writeInChunks } from '../../../src/server/imports/writeInChunks';

async function* numbers(n: number) {
  for (let i = 1; i <= n; i++) yield i;
}

describe('writeInChunks', () => {
  it('writes every row once, in order, one chunk at a time', async () => {
    const written: number[][] = [];
    let inFlight = 0;
    const finished = await writeInChunks(numbers(7), 3, async (chunk) => {
      expect(++inFlight).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      written.push(chunk);
      inFlight--;
    });
    expect(finished).toBe(true);
    expect(written).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('fails with the error of a failed write and writes nothing after it', async () => {
    const written: number[][] = [];
    const run = writeInChunks(numbers(10), 2, async (chunk) => {
      if (chunk[0] === 3) throw new Error('disk full');
      written.push(chunk);
    });
    await expect(run).rejects.toThrow('disk full');
    expect(written).toEqual([[1, 2]]);
  });

  it('stops after the chunk being written when asked', async () => {
    const written: number[][] = [];
    const finished = await writeInChunks(
      numbers(10),
      2,
      async (chunk) => void written.push(chunk),
      () => written.length >= 2,
    );
    expect(finished).toBe(false);
    expect(written).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});
