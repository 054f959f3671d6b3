/**
 * Accessibility checks for browser tests: axe-core run in the page against WCAG
 * 2.0–2.2 A and AA, and the site's pages as its sitemap lists them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/**
 * The axe-core build, as source. It is evaluated through the DevTools protocol rather
 * than added as a <script>: the pages' Content Security Policy rightly refuses inline
 * scripts, and the check must run on pages exactly as they are served.
 */
const axeSource = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

/** The WCAG levels checked: everything up to 2.2 AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** One failed axe rule, with the elements that fail it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

/** Runs axe on the page as it is now and returns the WCAG A/AA violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(
    async (tags) => {
      const { axe } = window as unknown as {
        axe: {
          run(context: Document, options: object): Promise<{ violations: AxeViolation[] }>;
        };
      };
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      // Only plain data crosses back from the page.
      return results.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
        id,
        impact,
        help,
        helpUrl,
        nodes: nodes.map((node) => ({ target: node.target })),
      }));
    },
    [...WCAG_TAGS],
  );
}

/** Violations as lines a person can act on: rule, impact, help, and the first few elements. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes.slice(0, 5).map((n) => `    ${n.target.map(String).join(' ')}`);
      const more = v.nodes.length > 5 ? [`    … and ${String(v.nodes.length - 5)} more`] : [];
      return [`  ${v.id} (${v.impact ?? 'no impact'}): ${v.help}`, ...targets, ...more].join('\n');
    })
    .join('\n');
}

/** Every page in the built site's sitemap, as a site path (`/letters/x/`), in sitemap order. */
export function sitemapPaths(distDir: string): string[] {
  const locs = (file: string): string[] =>
    [...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
      (m[1] ?? '').replaceAll('&amp;', '&'),
    );
  // The index names each sitemap by absolute URL; only its path is a file in dist/.
  return locs('sitemap-index.xml')
    .flatMap((sitemap) => locs(new URL(sitemap).pathname))
    .map((page) => {
      const url = new URL(page);
      return url.pathname + url.search;
    });
}
