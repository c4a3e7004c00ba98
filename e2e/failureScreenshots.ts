import { afterEach } from 'vitest';
import { openPages } from './journey';

// What the browser showed when a test failed, for the CI log's reader (e2e/artifacts/failed-*.png).
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  const name = task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
  let index = 0;
  for (const page of openPages) {
    const path = `e2e/artifacts/failed-${name}-${index++}.png`;
    await page.screenshot({ path, fullPage: true });
    console.error(`screenshot of the failed test: ${path} (${page.url()})`);
  }
});
