/**
 * Takes screenshots of the built site (`dist/`) in headless Chromium, so a person
 * can look at what readers see: `npm run screenshots -- [path …]`. Pictures go to
 * `screenshots/` (not committed), at 1280 px and 375 px wide.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from './support/chromium.ts';
import { serveStatic } from './support/serve.ts';

const paths = process.argv.slice(2).filter((a) => a !== '--');
const targets = paths.length > 0 ? paths : ['/'];
const outDir = resolve('screenshots');
mkdirSync(outDir, { recursive: true });

const server = await serveStatic(resolve('dist'));
const browser = await launchBrowser();
try {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const target of targets) {
      await page.goto(server.origin + target);
      const name = `${target.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
      await page.screenshot({ path: join(outDir, name), fullPage: false });
      console.log(`${target} at ${width}px → screenshots/${name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
