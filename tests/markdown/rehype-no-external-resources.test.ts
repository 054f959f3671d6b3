import { describe, expect, it } from 'vitest';
import { renderLetterMarkdown } from '../../src/markdown/pipeline.ts';
import { fixtureCases, testFixtures } from './fixtures.ts';

// The note must survive the sanitizer, so these fixtures render through the whole pipeline.
describe('external resources in a letter', () => {
  testFixtures('rehype-no-external-resources', (markdown) =>
    renderLetterMarkdown(markdown, { onWarning: () => undefined }),
  );

  it('lets nothing on the page load from another site', async () => {
    const all = fixtureCases('rehype-no-external-resources')
      .map((fixture) => fixture.input)
      .join('\n\n');
    const html = await renderLetterMarkdown(all, { onWarning: () => undefined });
    const loaded = [...html.matchAll(/\s(?:src|srcset|poster|data|background)="([^"]*)"/gi)].map(
      (m) => m[1],
    );
    expect(loaded.length).toBeGreaterThan(0);
    for (const address of loaded) expect(address).toMatch(/^(\/[^/\\]|[a-z])/);
    expect(html).not.toMatch(/url\(|<video|<audio|<iframe|<object|<embed/i);
  });

  it('warns naming the file and line of each resource it did not embed', async () => {
    const warnings: string[] = [];
    await renderLetterMarkdown('Dear Sir,\n\n![the plan](https://example.org/plan.png)\n', {
      path: 'content/letters/2024/x.md',
      onWarning: (warning) => warnings.push(warning),
    });
    expect(warnings).toEqual([
      'content/letters/2024/x.md:3:1: An image from https://example.org/plan.png (“the plan”) is not shown: the archive embeds nothing from other sites',
    ]);
  });

  it('warns about nothing in a letter with only its own images', async () => {
    const warnings: string[] = [];
    await renderLetterMarkdown('![the plan](/sources/plan.png)\n', {
      onWarning: (warning) => warnings.push(warning),
    });
    expect(warnings).toEqual([]);
  });
});
