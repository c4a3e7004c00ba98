import { setImmediate } from 'node:timers/promises';

const YIELD_EVERY_ROWS = 50;

/**
 * Groups rows into chunks and writes each chunk while the next one is being read, so that the
 * database works while the file is parsed. Chunks are written one at a time and in order. Returns
 * false when `stop` asked to end early (after the chunk being written).
 */
export async function writeInChunks<T>(
  rows: AsyncIterable<T>,
  size: number,
  write: (chunk: T[]) => Promise<void>,
  stop: () => boolean = () => false,
): Promise<boolean> {
  let chunk: T[] = [];
  let writing: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | null = null;
  const finishWriting = async () => {
    await writing;
    if (failure) throw failure.error;
  };
  for await (const row of rows) {
    chunk.push(row);
    // Parsing runs in long synchronous stretches; the write in flight needs the event loop for each
    // of its round trips to the database, so give it a turn now and then.
    if (chunk.length % YIELD_EVERY_ROWS === 0) await setImmediate();
    if (chunk.length < size) continue;
    await finishWriting();
    if (stop()) return false;
    // Held, not thrown, until the next chunk is ready: a rejection nobody awaits yet would end the process.
    writing = write(chunk).catch((error: unknown) => void (failure = { error }));
    chunk = [];
  }
  await finishWriting();
  if (chunk.length) await write(chunk);
  return true;
}
