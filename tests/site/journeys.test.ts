/**
 * Journey 1 of the design, end to end in headless Chromium: a constituent who
 * uses only the keyboard goes from the home page to People, to Laura Trott, to
 * her letter, to its answer on housing targets, pressing nothing but Tab and
 * Enter. Every page on the way starts with a skip link and passes axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe';
import { skipBrowserTests, useSiteInBrowser } from '../support/browser';

const distDir = inject('distDir');
const skip = skipBrowserTests();

/** More Tab presses than any page here needs to reach a link; a page that needs more fails. */
const MAX_TABS = 200;

/** A link the reader is looking for: where it goes and words in its text. */
interface WantedLink {
  readonly href: string;
  readonly text: string;
}

/** What has focus now: its tag, href and text, for matching and for failure messages. */
function focused(page: Page): Promise<{ tag: string; href: string; text: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      href: element?.getAttribute('href') ?? '',
      text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

/** Checks that the first Tab on a freshly loaded page lands on the skip link. */
async function expectSkipLinkFirst(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const first = await focused(page);
  expect(first, `first Tab on ${page.url()}`).toEqual({
    tag: 'a',
    href: '#main-content',
    text: 'Skip to main content',
  });
}

/** Presses Tab until the wanted link has focus; fails naming the link after MAX_TABS presses. */
async function tabTo(page: Page, wanted: WantedLink): Promise<void> {
  const seen: string[] = [];
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    const now = await focused(page);
    if (now.tag === 'a' && now.href === wanted.href && now.text.includes(wanted.text)) return;
    seen.push(now.text || now.tag);
    await page.keyboard.press('Tab');
  }
  throw new Error(
    `No link to ${wanted.href} saying “${wanted.text}” took focus in ${String(MAX_TABS)} Tab presses on ${page.url()}; focus went through: ${seen.slice(0, 40).join(' | ')}`,
  );
}

/** Presses Enter on the focused link and waits for the address it leads to. */
async function follow(page: Page, wanted: WantedLink): Promise<void> {
  const target = new URL(wanted.href, page.url()).href;
  await Promise.all([page.waitForURL(target), page.keyboard.press('Enter')]);
}

/** Expects the page as it is now to have no WCAG 2.2 AA violations. */
async function expectAccessible(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(
    violations.map((v) => v.id),
    `axe violations on ${page.url()}:\n${describeViolations(violations)}`,
  ).toEqual([]);
}

describe.skipIf(skip)('journey 1: a constituent, keyboard only', () => {
  const site = useSiteInBrowser(distDir);

  it('goes from home to Laura Trott’s answer on housing targets with Tab and Enter alone', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The only navigation not made by the keyboard: opening the home page.
    await page.goto(`${site.server.origin}/`);

    const steps: WantedLink[] = [
      { href: '/people/', text: 'People' },
      { href: '/people/laura-trott/', text: 'Laura Trott' },
      {
        href: '/letters/2024-laura-trott-sevenoaks-seniors-action-forum/',
        text: 'Sevenoaks District Seniors',
      },
      { href: '#housing-targets', text: 'Housing targets' },
    ];
    for (const step of steps) {
      await expectSkipLinkFirst(page);
      await expectAccessible(page);
      await tabTo(page, step);
      await follow(page, step);
    }

    // The answer: addressed by the URL, the :target, and marked so a reader sees it.
    expect(new URL(page.url()).pathname).toBe(
      '/letters/2024-laura-trott-sevenoaks-seniors-action-forum/',
    );
    expect(page.url()).toMatch(/#housing-targets$/);
    const answer = await page.evaluate(() => {
      const heading = document.querySelector(':target');
      const background = (element: Element): string => getComputedStyle(element).backgroundColor;
      return {
        tag: heading?.tagName.toLowerCase() ?? '',
        id: heading?.id ?? '',
        text: (heading?.textContent ?? '').trim(),
        background: heading === null ? '' : background(heading),
        pageBackground: background(document.body),
      };
    });
    expect(answer).toMatchObject({ tag: 'h2', id: 'housing-targets', text: '4. Housing targets' });
    expect(answer.background).not.toBe(answer.pageBackground);
    expect(answer.background).not.toBe('rgba(0, 0, 0, 0)');
    // …and on screen: the jump to an answer is immediate, so it must be there already.
    const box = await page.evaluate(() => {
      const rect = document.getElementById('housing-targets')?.getBoundingClientRect();
      return { top: rect?.top ?? -1, bottom: rect?.bottom ?? -1, height: window.innerHeight };
    });
    expect(box.top, 'answer heading top').toBeGreaterThanOrEqual(0);
    expect(box.bottom, 'answer heading bottom').toBeLessThanOrEqual(box.height);
    await expectAccessible(page);
    await page.close();
  });
});
