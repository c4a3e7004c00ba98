import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/browser';
import { signInFirstTime } from '../e2e/signIn';
import { startServer } from '../test/helpers/serverProcess';
import { numberOption } from './options';
import { fmt, machine, percentile } from './stats';

const WEB_DIR = 'dist/web';
// The pages a user of the Sở Ngoại vụ or the Ministry opens most, from the menu.
const PAGES = [
  '/',
  '/persons',
  '/relatives',
  '/associations',
  '/experts',
  '/cases',
  '/plans',
  '/statistics',
  '/imports',
  '/duplicates',
  '/users',
  '/audit',
];
const SEARCHES = ['nguyen van', 'tran thi lan', 'le minh', 'pham', 'hoang anh'];

/**
 * npm run bench -- web [--rounds 5]
 * The real server (`npm start`'s build, embedded database, 3,000 demo persons) in Debian's
 * chromium: the size of the first view after login, then per main page the time from navigation to
 * its content, and a name search's time to its results.
 */
export async function run(args: string[]): Promise<void> {
  const rounds = numberOption(args, 'rounds', 5);
  console.log(`web benchmark: ${rounds} rounds per page; ${machine()}`);
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const fetched = new Set<string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (/\.(js|css)$/.test(path)) fetched.add(path);
    });
    await signInFirstTime(page, server);
    await contentShown(page);
    await printFirstView(fetched);
    console.log('  page            | p50       | p95       (navigation to content)');
    for (const path of PAGES) {
      const times = await timeRounds(rounds, async () => {
        await page.goto(`${server.url}${path}`);
        await contentShown(page);
      });
      console.log(`  ${path.padEnd(15)} | ${fmt(times.p50).padStart(9)} | ${fmt(times.p95).padStart(9)}`);
    }
    await page.goto(`${server.url}/persons`);
    await contentShown(page);
    const search = await timeRounds(rounds, async (i) => searchOnce(page, SEARCHES[i % SEARCHES.length]!));
    console.log(
      `  name search on /persons, typed and sent to results shown: p50 ${fmt(search.p50)}, p95 ${fmt(search.p95)}`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function timeRounds(rounds: number, once: (round: number) => Promise<void>) {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await once(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** A page's content is there: no spinner or skeleton left, and a table, card, list or chart shown. */
function contentShown(page: Page) {
  return page.waitForFunction(() => {
    const main = document.querySelector('.ant-layout-content');
    if (!main || main.querySelector('.ant-spin-spinning, .ant-skeleton, .ant-table-placeholder .ant-spin'))
      return false;
    return (
      main.querySelector(
        '.ant-table-row, .ant-table-placeholder, .ant-card, .ant-list-item, .ant-empty, .ant-descriptions, canvas',
      ) !== null
    );
  });
}

/** A search typed into the list's box and sent; done when the first row shows a name with its words. */
async function searchOnce(page: Page, text: string) {
  const box = page.getByPlaceholder('Họ tên (có dấu hoặc không, thứ tự bất kỳ)');
  await box.fill(text);
  const response = page.waitForResponse((r) => r.url().includes('/api/persons?') && r.url().includes('q='));
  await box.press('Enter');
  await response;
  await contentShown(page);
}

/** The scripts and styles the login page and the first page after it fetched, gzipped, beside the whole build. */
async function printFirstView(fetched: ReadonlySet<string>) {
  const gzipped = async (path: string) => gzipSync(await readFile(join(WEB_DIR, path))).length;
  let firstView = 0;
  for (const path of fetched) firstView += await gzipped(path);
  const assets = (await readdir(join(WEB_DIR, 'assets'))).filter((f) => /\.(js|css)$/.test(f));
  let all = 0;
  let largest = { name: '', size: 0 };
  for (const name of assets) {
    const size = await gzipped(join('assets', name));
    all += size;
    if (size > largest.size) largest = { name, size };
  }
  const kb = (bytes: number) => `${Math.round(bytes / 1000)} kB`;
  console.log(
    `  first view after login: ${fetched.size} scripts and styles, ${kb(firstView)} gzipped; ` +
      `whole build ${assets.length} files, ${kb(all)} gzipped; largest ${largest.name} ${kb(largest.size)}`,
  );
}
