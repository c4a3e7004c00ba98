import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startServer, type RunningServer, type ServerOptions } from '../test/helpers/serverProcess';

export interface Journey {
  server: RunningServer;
  browser: Browser;
  page: Page;
  end(): Promise<void>;
}

/** A fresh server on a new embedded database (with demo data, unless `env` says otherwise) and a browser page. */
export async function startJourney(env?: ServerOptions['env']): Promise<Journey> {
  const server = await startServer({ env });
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
