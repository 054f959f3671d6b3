import { describe, expect, it } from 'vitest';
import {
  fileForPath,
  findBrokenLinks,
  LinkTargets,
  linkTarget,
  readPageHrefs,
  readPageIds,
  repeatedIds,
} from '../../src/lib/link-check';

const files = new Set(['/index.html', '/letters/a/index.html', '/feed.xml', '/style.css']);

/** A built page, by its site path and HTML. */
const page = (path: string, html: string) => ({ path, html });

/** Checks pages as the build does: every page's ids first, then each page's links. */
const check = (pages: readonly { path: string; html: string }[]) =>
  findBrokenLinks(
    pages.map((p) => ({ path: p.path, hrefs: readPageHrefs(p.html) })),
    files,
    new Map(pages.map((p) => [fileForPath(p.path), readPageIds(p.html)])),
  );

describe('checking links in a built site', () => {
  it('reads ids, the hrefs of links and <link> elements, and the srcs of images and scripts', () => {
    const html =
      '<link rel="stylesheet" href="/style.css"><h2 id="x">X</h2><a class="k" href="/letters/a/#x&amp;y">a</a><img alt="" src="/no.png"><script type="module" src="/app.js"></script><p data-src="/not-a-link">';
    expect([...readPageIds(html)]).toEqual(['x']);
    expect(readPageHrefs(html)).toEqual(['/style.css', '/letters/a/#x&y', '/no.png', '/app.js']);
  });

  it('reports an image that is not in the site', () => {
    const pages = [page('/letters/a/', '<img src="plan.png" alt="The plan">')];
    expect(check(pages)).toEqual([
      { page: '/letters/a/', href: 'plan.png', reason: 'no file /letters/a/plan.png' },
    ]);
  });

  it('accepts links to files and anchors that exist, relative or absolute', () => {
    const pages = [
      page(
        '/',
        '<a href="/letters/a/#answer">a</a><a href="feed.xml">f</a><a href="#top">t</a><p id="top"></p>',
      ),
      page('/letters/a/', '<h2 id="answer">A</h2><a href="../../">home</a>'),
    ];
    expect(check(pages)).toEqual([]);
  });

  it('reports a link to a page that does not exist', () => {
    const pages = [page('/', '<a href="/letters/missing/">m</a>')];
    expect(check(pages)).toEqual([
      { page: '/', href: '/letters/missing/', reason: 'no file /letters/missing/index.html' },
    ]);
  });

  it('reports an anchor that no element on the target page has', () => {
    const pages = [
      page('/', '<a href="/letters/a/#gone">g</a>'),
      page('/letters/a/', '<h2 id="here">H</h2>'),
    ];
    expect(check(pages)).toEqual([
      { page: '/', href: '/letters/a/#gone', reason: 'no element with id "gone" on /letters/a/' },
    ]);
  });

  it('reports a link with a stray % as broken rather than crashing', () => {
    const pages = [
      page(
        '/',
        '<a href="/letters/100%/">p</a><a href="/letters/a/#50%">q</a><a href="50%25">r</a>',
      ),
      page('/letters/a/', '<h2 id="here">H</h2>'),
    ];
    expect(check(pages)).toEqual([
      { page: '/', href: '/letters/100%/', reason: 'a "%" that is not percent-encoding' },
      { page: '/', href: '/letters/a/#50%', reason: 'a "%" that is not percent-encoding' },
      { page: '/', href: '50%25', reason: 'no file /50%' },
    ]);
  });

  it('leaves other sites, mail and phone links alone', () => {
    const pages = [
      page(
        '/',
        '<a href="https://example.org/x">x</a><a href="mailto:a@b.c">m</a><a href="tel:123">t</a>',
      ),
    ];
    expect(check(pages)).toEqual([]);
  });

  it('serves a folder path from its index.html', () => {
    expect(fileForPath('/letters/a/')).toBe('/letters/a/index.html');
    expect(fileForPath('/feed.xml')).toBe('/feed.xml');
  });
});

describe('ids a page repeats', () => {
  it('lists each id on the page more than once, once, in page order', () => {
    const html =
      '<a id="main-content"></a><h2 id="housing-targets">A</h2><h2 id="housing-targets">B</h2><h5 id="main-content">C</h5><h2 id="housing-targets">D</h2><p id="x&amp;y"></p><p id="x&amp;y"></p>';
    expect(repeatedIds(html)).toEqual(['housing-targets', 'main-content', 'x&y']);
  });

  it('lists none on a page whose ids are unique', () => {
    expect(repeatedIds('<h2 id="a">A</h2><h2 id="b">B</h2><p data-id="a"></p>')).toEqual([]);
  });
});

describe('LinkTargets', () => {
  const pages = [
    '/',
    '/letters/a/',
    '/letters/a/page/2/',
    '/topics/x%20y/',
    '/bad%zz/',
    '/letters/b/',
  ];
  const hrefs = [
    '/letters/a/',
    '/letters/a/#answer-1',
    '/letters/a/?q=1',
    '/letters/../people/b/',
    '/caf%C3%A9/',
    '/100%/',
    '//elsewhere.example/x',
    '/\\elsewhere.example/x',
    '#answer-1',
    '#on-this-page',
    '#a%20b',
    '#a b',
    '#%zz',
    '#',
    '../b/',
    'plan.png',
    'https://example.org/',
    'mailto:x@example.org',
    ' /letters/a/',
  ];

  it('finds what linkTarget finds, for every href from every page, asked once or again', () => {
    const targets = new LinkTargets();
    for (const round of [1, 2]) {
      for (const page of pages) {
        for (const href of hrefs) {
          expect(targets.of(page, href), `${href} on ${page}, round ${String(round)}`).toEqual(
            linkTarget(page, href),
          );
        }
      }
    }
  });

  it('keeps an anchor alone on the page it is on', () => {
    const targets = new LinkTargets();
    expect(targets.of('/letters/a/', '#x')).toMatchObject({
      file: '/letters/a/index.html',
      anchor: 'x',
    });
    expect(targets.of('/letters/b/', '#x')).toMatchObject({
      file: '/letters/b/index.html',
      anchor: 'x',
    });
  });
});
