import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderLetterMarkdown } from '../../src/markdown/pipeline.ts';
import { isWellFormedHref } from '../../src/markdown/rehype-malformed-links.ts';

const FILE = 'content/letters/2024/a-letter.md';

/** Renders a letter as the site does, returning its HTML and the warnings the build prints. */
async function render(markdown: string): Promise<{ html: string; warnings: string[] }> {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const html = await renderLetterMarkdown(markdown, { path: FILE });
  return { html, warnings: warn.mock.calls.map((call) => String(call[0])) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a malformed link in a letter', () => {
  it('keeps a link whose address is the page’s title as its words, and warns naming the file', async () => {
    const { html, warnings } = await render(
      'See [Widgets guidance - GOV.UK (www\\.gov.uk)](http://Widgets%20guidance%20-%20GOV.UK%20%28www.gov.uk%29) for more.\n',
    );
    expect(html).toBe('<p>See Widgets guidance - GOV.UK (www.gov.uk) for more.</p>');
    expect(warnings).toEqual([
      `warning: ${FILE}: link "Widgets guidance - GOV.UK (www.gov.uk)" has a malformed address "http://Widgets%20guidance%20-%20GOV.UK%20%28www.gov.uk%29": kept as text, without the link`,
    ]);
  });

  it('keeps a link with no scheme, or one that does not parse, as its words', async () => {
    const { html, warnings } = await render(
      'At [gov.uk](www.gov.uk), [the form](form.html) and [this](http://).\n',
    );
    expect(html).toBe('<p>At gov.uk, the form and this.</p>');
    expect(warnings).toHaveLength(3);
    for (const warning of warnings) expect(warning).toContain(FILE);
  });

  it('keeps the markup inside the link’s words', async () => {
    const { html } = await render('Read [the *new* plan](Plan%20for%20housing).\n');
    expect(html).toBe('<p>Read the <em>new</em> plan.</p>');
  });

  it('leaves well-formed links alone, without a warning', async () => {
    const markdown =
      '[a](https://www.gov.uk/x?y=1#z) [b](http://example.org) [c](mailto:office@example.org) [d](#housing-targets) [e](/letters/x/) [f](https://example.org/100%25)\n';
    const { html, warnings } = await render(markdown);
    expect(html.match(/<a href=/g)).toHaveLength(6);
    expect(warnings).toEqual([]);
  });
});

describe('telling a well-formed link address', () => {
  it.each([
    ['https://www.gov.uk/guidance', true],
    ['mailto:office@example.org', true],
    ['#answer', true],
    ['/letters/x/', true],
    ['./annex.pdf', true],
    ['../x/', true],
    ['annex.pdf', false],
    ['//example.org/x', false],
    ['www.gov.uk', false],
    ['http://Widgets%20guidance', false],
    ['http://www.gov.uk)%5BNC1', false],
    ['Widgets guidance', false],
  ])('%s: %s', (href, expected) => {
    expect(isWellFormedHref(href)).toBe(expected);
  });
});
