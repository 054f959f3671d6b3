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

  it('leaves out what Pagefind ignores whole, nested or not, and keeps what it ignores only in part', () => {
    const article =
      '<article class="letter" data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-filter="topic">nppf</span></div>' +
      '<h1>Title</h1><nav class="outline" data-pagefind-ignore="all"><nav><a href="#a">A</a></nav><p>outline</p></nav>' +
      '<section><p>Words</p><section>kept</section></section>' +
      '<section class="cite" data-pagefind-ignore="all"><section><p>cite</p></section><p>more</p></section>' +
      '<p>After</p><section class="related" aria-label="Related" data-pagefind-ignore="all"><p>x</p></section></article>';
    expect(searchedHtml('/letters/a/', page(article))).toBe(
      '<!doctype html><html lang="en-GB"><body><article class="letter" data-pagefind-body>' +
        '<div hidden data-pagefind-ignore><span data-pagefind-filter="topic">nppf</span></div>' +
        '<h1>Title</h1><section><p>Words</p><section>kept</section></section><p>After</p></article></body></html>',
    );
  });

  it('refuses an ignored element that never ends, naming the page', () => {
    const article =
      '<article data-pagefind-body><h1>T</h1><section data-pagefind-ignore="all"><section></section></article>';
    expect(() => searchedHtml('/letters/c/', page(article))).toThrow(
      '/letters/c/: a <section data-pagefind-ignore="all"> never ends',
    );
  });

  it('refuses a page with no article to index, naming it', () => {
    expect(() => searchedHtml('/letters/b/', page('<article><h1>Title</h1></article>'))).toThrow(
      '/letters/b/: the letter page has no <article data-pagefind-body> to index',
    );
  });
});
