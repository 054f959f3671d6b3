/**
 * The browser tests' Chromium (`scripts/support/chromium.ts`) and served site.
 * Outside CI a missing browser skips the browser tests with a loud reason; with
 * CI=true it fails them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { browserMissingReason, launchBrowser } from '../../scripts/support/chromium.ts';
import { serveStatic, type ServeOptions, type StaticServer } from '../../scripts/support/serve.ts';

/** Decides whether to skip browser tests, shouting about it; in CI a missing browser is an error. */
export function skipBrowserTests(): boolean {
  const reason = browserMissingReason();
  if (reason === undefined) return false;
  if (process.env['CI'] === 'true')
    throw new Error(`${reason} Browser tests cannot be skipped in CI.`);
  process.stderr.write(`\n*** SKIPPING BROWSER TESTS: ${reason} ***\n\n`);
  return true;
}

/** The served site and the browser shared by one group of tests. */
export interface SiteInBrowser {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Serves the built site and starts Chromium before the tests of the enclosing
 * `describe`, and closes both after them. Read `server` and `browser` inside tests.
 */
export function useSiteInBrowser(distDir: string, options?: ServeOptions): SiteInBrowser {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serveStatic(distDir, options);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser.close();
    await site.server.close();
  });
  return site;
}
