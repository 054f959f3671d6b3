import { describe, expect, it } from 'vitest';
import { renderLetterMarkdown } from '../../src/markdown/pipeline.ts';
import { fixtureCases, testFixtures } from './fixtures.ts';

// Sanitizing depends on the whole pipeline (rehype-raw first, sanitize before
// answer links), so these fixtures render exactly as the site does.
describe('letter sanitizing', () => {
  testFixtures('sanitize', (markdown) => renderLetterMarkdown(markdown));

  it('never lets scripts, styles, frames, handlers or javascript: URLs through', async () => {
    const hostile = fixtureCases('sanitize')
      .map((fixture) => fixture.input)
      .join('\n\n');
    const html = await renderLetterMarkdown(hostile);
    expect(hostile).toMatch(/<script|<style|<iframe|onerror=|javascript:|style="/i);
    expect(html).not.toMatch(
      /<script|<style|<iframe|<link|<meta|\son\w+=|javascript:|\sstyle=|<!--/i,
    );
  });

  it('drops the content of script and style but keeps the words around them', async () => {
    const html = await renderLetterMarkdown(
      'Yours <script>steal()</script><style>p{}</style>sincerely\n',
    );
    expect(html).toBe('<p>Yours sincerely</p>');
  });

  it('lets no user-content- prefix onto answer ids', async () => {
    const html = await renderLetterMarkdown('## Housing targets\n');
    expect(html).toContain('<h2 id="housing-targets">');
    expect(html).not.toContain('user-content-housing');
  });
});
