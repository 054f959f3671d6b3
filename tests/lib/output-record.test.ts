import { describe, expect, it } from 'vitest';
import { measureText } from '../../src/lib/export-files';
import {
  fileForPath,
  findBrokenLinks,
  readPageHrefs,
  readPageIds,
  repeatedIds,
} from '../../src/lib/link-check';
import { jsonArrayText } from '../../src/lib/open-data';
import { OutputRecord } from '../../src/lib/output-record';

const encode = (text: string) => new TextEncoder().encode(text);

/** Pages with every kind of link: good and broken, to this page, another and no page. */
const PAGES: readonly [string, string][] = [
  [
    '/',
    '<a href="/letters/a/#answer">a</a><a href="/letters/a/#gone">g</a><a href="feed.xml">f</a>' +
      '<a href="#top">t</a><a href="#nowhere">n</a><p id="top"></p><a href="/letters/missing/">m</a>' +
      '<a href="https://example.org/x">x</a><a href="mailto:a@b.c">@</a><a href="/letters/100%/">p</a>',
  ],
  [
    '/letters/a/',
    '<h2 id="answer">A</h2><h2 id="answer">again</h2><a href="../../">home</a>' +
      '<img alt="" src="plan.png"><a href="/letters/b/#answer">b</a><div data-pagefind-body></div>',
  ],
  ['/letters/b/', '<h2 id="other">B</h2><a href="/letters/a/">a</a>'],
];
const FILES = new Set([...PAGES.map(([path]) => fileForPath(path)), '/feed.xml']);

/** What the check from the disk finds: repeated ids, then broken links, as {page, reason}. */
function fromDisk(): { page: string; reason: string }[] {
  const repeated = PAGES.flatMap(([page, html]) =>
    repeatedIds(html).map((id) => ({
      page,
      reason: `the id "${id}" is on the page more than once`,
    })),
  );
  const broken = findBrokenLinks(
    PAGES.map(([path, html]) => ({ path, hrefs: readPageHrefs(html) })),
    FILES,
    new Map(PAGES.map(([path, html]) => [fileForPath(path), readPageIds(html)])),
  );
  return [...repeated, ...broken].map(({ page, reason }) => ({ page, reason }));
}

const sorted = (items: readonly unknown[]) => [...items].map((i) => JSON.stringify(i)).sort();

describe('the record of a build’s output', () => {
  it('finds the broken links and repeated ids the check from the disk finds, whatever order the pages render in', () => {
    const expected = fromDisk();
    expect(expected).toHaveLength(7);
    for (const order of [PAGES, [...PAGES].reverse()]) {
      const record = new OutputRecord();
      for (const [path, html] of order) record.addPage(path, html);
      const check = record.finish(FILES, () => {
        throw new Error('nothing needs reading');
      });
      expect(sorted(check.broken.map(({ page, reason }) => ({ page, reason })))).toEqual(
        sorted(expected),
      );
      expect(check).toMatchObject({ pages: 3, links: 13, pagesRead: 0, letterPages: ['a'] });
    }
  });

  it('reads from the disk only the pages and full records no route rendered, and leaves out a page recorded where no file is', () => {
    const records = (...slugs: string[]) =>
      encode([...jsonArrayText(slugs.map((slug) => ({ slug, text: 'x' })))].join(''));
    const onDisk = new Map<string, Uint8Array>([
      ['/404.html', encode('<a href="/">home</a><a href="/letters/a/#answer">a</a>')],
      ['/data/letters/2024.json', records('b')],
    ]);
    const record = new OutputRecord();
    for (const [path, html] of PAGES)
      record.addPage(path, html.replaceAll(/<(a|img)\b[^>]*>/g, ''));
    record.addPage('/404/', '<a href="/">home</a>');
    record.addFile('/data/letters/2025.json', records('a', 'c'));
    record.addFile('/style.css', encode('p {}'));
    const read: string[] = [];
    const check = record.finish(
      new Set([...FILES, ...onDisk.keys(), '/data/letters/2025.json', '/style.css']),
      (file) => {
        read.push(file);
        return onDisk.get(file) ?? new Uint8Array();
      },
    );
    expect(read.sort()).toEqual(['/404.html', '/data/letters/2024.json']);
    expect(check).toMatchObject({
      broken: [
        {
          page: '/letters/a/',
          href: '#answer',
          reason: 'the id "answer" is on the page more than once',
        },
      ],
      pages: 4,
      links: 2,
      pagesRead: 1,
      letterPages: ['a'],
    });
    expect([...check.dataLetters].sort()).toEqual(['a', 'b', 'c']);
  });

  it('tells ids apart exactly, even an id holding the character that separates them in the record', () => {
    const record = new OutputRecord();
    record.addPage('/', '<a href="/b/#a">a</a><a href="/b/#a%00b">ab</a><a href="/c/#x">x</a>');
    record.addPage('/b/', '<h2 id="a\0b">A</h2>');
    record.addPage('/c/', '<h2 id="x">X</h2><h2 id="xy">XY</h2>');
    const check = record.finish(new Set(['/index.html', '/b/index.html', '/c/index.html']), () => {
      throw new Error('nothing needs reading');
    });
    expect(check.broken).toEqual([
      { page: '/', href: '/b/#a', reason: 'no element with id "a" on /b/' },
    ]);
  });

  it('measures each file that is not HTML as the open data’s index measures its text', () => {
    const record = new OutputRecord();
    const text = [...jsonArrayText([{ slug: 'a', text: 'café' }])].join('');
    record.addFile('/data/letters/2024.json', encode(text));
    expect(record.measures()).toEqual(new Map([['/data/letters/2024.json', measureText([text])]]));
  });
});
