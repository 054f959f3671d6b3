/**
 * Headless Chromium from Debian, driven by playwright-core (a test tool's own
 * browser download cannot work on these machines). The executable comes from
 * CHROMIUM_PATH, default /usr/bin/chromium. Outside CI a missing browser skips
 * the browser tests with a loud reason; with CI=true it fails them.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type ServeOptions, type StaticServer } from './serve.ts';

/** Where the browser is expected. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or undefined when they can. */
export function browserMissingReason(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  return `No Chromium at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`;
}

/** Decides whether to skip browser tests, shouting about it; in CI a missing browser is an error. */
export function skipBrowserTests(): boolean {
  const reason = browserMissingReason();
  if (reason === undefined) return false;
  if (process.env['CI'] === 'true')
    throw new Error(`${reason} Browser tests cannot be skipped in CI.`);
  process.stderr.write(`\n*** SKIPPING BROWSER TESTS: ${reason} ***\n\n`);
  return true;
}

/** Launches headless Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
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
