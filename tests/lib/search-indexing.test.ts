import { describe, expect, it } from 'vitest';
import { searchedHtml } from '../../src/lib/search-indexing';

const page = (article: string) =>
  `<!doctype html><html lang="en-GB"><head><title>T</title><script type="application/ld+json">{"a":1}</script></head>` +
  `<body><header><nav><a href="/">Postbag</a></nav></header><main>${article}</main>` +
  `<footer>Footer words</footer><script>x()</script></body></html>`;

describe('what Pagefind is given of a letter page', () => {
  it('is the letter’s data-pagefind-body article alone, in a bare English document', () => {
    const article =
      '<article class="letter" data-pagefind-body data-pagefind-sort="date:2024-10-03">' +
      '<h1>Title</h1><section><article>quoted</article></section><p>Words</p></article>';
    expect(searchedHtml('/letters/a/', page(article))).toBe(
      `<!doctype html><html lang="en-GB"><body>${article}</body></html>`,
    );
  });

  it('finds the article whatever its other attributes', () => {
    const article = '<article data-x="1" data-pagefind-body><h1>Title</h1></article>';
    expect(searchedHtml('/letters/a/', page(article))).toContain(`<body>${article}</body>`);
  });

  it('refuses a page with no article to index, naming it', () => {
    expect(() => searchedHtml('/letters/b/', page('<article><h1>Title</h1></article>'))).toThrow(
      '/letters/b/: the letter page has no <article data-pagefind-body> to index',
    );
  });
});
