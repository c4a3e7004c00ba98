import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startServer, type RunningServer } from '../test/helpers/serverProcess';

export interface Journey {
  server: RunningServer;
  browser: Browser;
  page: Page;
  end(): Promise<void>;
}

/** A fresh server on an empty embedded database and a browser page, for one journey. */
export async function startJourney(): Promise<Journey> {
  const server = await startServer();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  return {
    server,
    browser,
    page,
    async end() {
      await browser.close();
      await server.stop();
    },
  };
}
