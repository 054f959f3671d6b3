/**
 * Headless Chromium from Debian, driven by playwright-core (a test tool's own
 * browser download cannot work on these machines): one launcher for the tests,
 * the screenshots and the bench. The executable comes from CHROMIUM_PATH,
 * default /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where the browser is expected. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Why a browser cannot run here, or undefined when it can. */
export function browserMissingReason(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  return `No Chromium at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`;
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
