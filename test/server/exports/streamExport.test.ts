import { describe, expect, it } from 'vitest';
import { streamExport } from '../../../src/server/exports/streamExport';
import type { ExportColumn } from '../../../src/domain/exports/exportColumn';

const COLUMNS: ExportColumn<{ name: string }>[] = [{ header: 'Họ tên', value: (row) => row.name }];

async function* pagesOf(count: number, size: number) {
  for (let page = 0; page < count; page++)
    yield Array.from({ length: size }, (_, i) => ({ name: `Người ${page}-${i}` }));
}

describe('streamExport', () => {
  it('ends a complete file only after its end was recorded', async () => {
    const ends: [number, boolean][] = [];
    const output = streamExport('csv', COLUMNS, pagesOf(3, 10), async (rows, complete) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      ends.push([rows, complete]);
    });
    let text = '';
    for await (const chunk of output) text += String(chunk);
    expect(ends).toEqual([[30, true]]);
    expect(text.split('\r\n')[0]).toBe('\ufeffHọ tên');
  });

  it('records a download closed before its end as incomplete', async () => {
    const ends: [number, boolean][] = [];
    const recorded = new Promise<void>((resolve) => {
      const output = streamExport('csv', COLUMNS, pagesOf(1000, 100), async (rows, complete) => {
        ends.push([rows, complete]);
        resolve();
      });
      output.once('data', () => output.destroy());
    });
    await recorded;
    expect(ends).toHaveLength(1);
    expect(ends[0]?.[1]).toBe(false);
    expect(ends[0]?.[0]).toBeLessThan(100_000);
  });
});
