import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startServer, type RunningServer, type ServerOptions } from '../test/helpers/serverProcess';

export interface Journey {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Another page (another user's), its screenshot taken too when a test fails. */
  newPage(): Promise<Page>;
  end(): Promise<void>;
}

/** Pages of the journeys under way: a failed test's screenshots are taken of them. */
export const openPages = new Set<Page>();

/** A fresh server on a new embedded database (with demo data, unless `env` says otherwise) and a browser page. */
export async function startJourney(env?: ServerOptions['env']): Promise<Journey> {
  const server = await startServer({ env });
  const browser = await launchBrowser();
  const pages: Page[] = [];
  const newPage = async () => {
    const opened = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    openPages.add(opened);
    pages.push(opened);
    return opened;
  };
  const page = await newPage();
  return {
    server,
    browser,
    page,
    newPage,
    async end() {
      for (const opened of pages) openPages.delete(opened);
      await browser.close();
      await server.stop();
    },
  };
}
