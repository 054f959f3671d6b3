/**
 * The Content Security Policy holds in a real browser: the letter, topic and
 * search pages raise no violation, and search (WebAssembly in a worker) and the
 * highlight script still work under it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { headerContentSecurityPolicy, metaContentSecurityPolicy } from '../../src/lib/security';
import { skipBrowserTests, useSiteInBrowser } from '../support/browser';
import { all, readPage } from '../support/html';

const distDir = inject('distDir');

describe('the Content Security Policy, as built', () => {
  it('is in a meta tag on every page and in _headers for hosts that read one', () => {
    for (const path of ['/', '/search/', '/letters/', '/topics/gp-workforce/']) {
      const metas = all(readPage(distDir, path), 'meta[http-equiv="Content-Security-Policy"]');
      expect(metas.map((m) => m.properties['content'])).toEqual([metaContentSecurityPolicy()]);
    }
    expect(readFileSync(join(distDir, '_headers'), 'utf8')).toContain(
      `Content-Security-Policy: ${headerContentSecurityPolicy()}`,
    );
  });

  it('leaves no inline script or style on any page (JSON-LD data aside)', () => {
    for (const path of [
      '/',
      '/search/',
      '/letters/2024-10-03-karin-smyth-healthcare-mid-bedfordshire/',
    ]) {
      const page = readPage(distDir, path);
      const inline = all(page, 'script:not([src])').filter(
        (s) => s.properties['type'] !== 'application/ld+json',
      );
      expect(inline, path).toEqual([]);
      expect(all(page, 'style, [style]'), path).toEqual([]);
    }
  });
});

describe.skipIf(skipBrowserTests())('the Content Security Policy in Chromium', () => {
  // Served with the site's _headers, as a host that reads it would: a <meta> policy
  // does not reach Pagefind's worker, which takes its policy from its own response.
  const site = useSiteInBrowser(distDir, { withHeadersFile: true });

  /** Opens a page, lets `act` use it, and returns every CSP violation the browser reported. */
  async function violationsOn(
    path: string,
    act: (page: import('playwright-core').Page) => Promise<void>,
  ) {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
          `${event.violatedDirective} blocked ${event.blockedURI}`,
        );
      });
    });
    await page.goto(site.server.origin + path);
    await act(page);
    await page.close();
    return violations;
  }

  it('raises none on a letter page opened from a search, with its words highlighted', async () => {
    const violations = await violationsOn(
      '/letters/2024-10-03-karin-smyth-healthcare-mid-bedfordshire/?highlight=Wixams',
      async (page) => {
        await page.waitForSelector('mark.pagefind-highlight');
      },
    );
    expect(violations).toEqual([]);
  });

  it('raises none on a topic page', async () => {
    const violations = await violationsOn('/topics/gp-workforce/', async (page) => {
      await page.waitForLoadState('load');
    });
    expect(violations).toEqual([]);
  });

  it('raises none on the search page, and search still finds letters', async () => {
    let status = '';
    const violations = await violationsOn('/search/?q=Wixams', async (page) => {
      await page.waitForFunction(() =>
        /found/.test(document.querySelector('#search-status')?.textContent ?? ''),
      );
      status = (await page.textContent('#search-status')) ?? '';
    });
    expect(status).toBe('1 result found for “Wixams”.');
    expect(violations).toEqual([]);
  });
});
