/**
 * Bad content fails the build with a message naming the file and the field.
 * Each case is the small valid fixture archive (tests/fixtures/content/valid)
 * with one mistake made in a temporary copy; the real content is never touched.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, testBuildDir, type BuildResult } from '../support/astro-build';
import { launchBrowser } from '../../scripts/support/chromium.ts';
import { skipBrowserTests } from '../support/browser';
import { all, readPage } from '../support/html';
import { exportedLetters } from '../support/open-data';
import { serveStatic } from '../../scripts/support/serve.ts';

const VALID = join(import.meta.dirname, '../fixtures/content/valid');
const LETTER = 'letters/2024/2024-03-01-ann-minister-housing.md';
const made: string[] = [];

/**
 * Builds a copy of the valid fixture after `change` has edited it. With `stale`,
 * the output folder already holds a complete-looking site, as a previous build
 * would leave it.
 */
async function buildWith(
  change: (dir: string) => void,
  { stale = false } = {},
): Promise<BuildResult & { distDir: string }> {
  const root = testBuildDir('case');
  made.push(root);
  const contentDir = join(root, 'content');
  cpSync(VALID, contentDir, { recursive: true });
  change(contentDir);
  const distDir = join(root, 'dist');
  if (stale) add(distDir, 'index.html', '<!doctype html><title>An earlier build</title>');
  const result = await astroBuild({ outDir: distDir, contentDir, cacheDir: join(root, 'cache') });
  return { ...result, distDir };
}

/** Rewrites one file of the fixture copy. */
function edit(dir: string, file: string, rewrite: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, rewrite(readFileSync(path, 'utf8')));
}

/** Adds a file to the fixture copy. */
function add(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

const letterText = readFileSync(join(VALID, LETTER), 'utf8');

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('bad content fails the build, naming the file and the field', () => {
  it('builds the valid fixture', async () => {
    const result = await buildWith(() => undefined);
    expect(result.status, result.output).toBe(0);
    // Its links are checked as rendered: only the 404 page, which Astro names apart, is read back.
    expect(result.output).toMatch(
      /Checked \d+ links on \d+ pages \(1 read from the disk\): none broken/,
    );
    // Its letter's correction is on the page, in its feed entry and in the open data.
    const read = (file: string) => readFileSync(join(result.distDir, file), 'utf8');
    const page = read('letters/2024-03-01-ann-minister-housing/index.html');
    expect(page).toMatch(
      /<h2 id="letter-corrections">Corrections<\/h2>[\s\S]*<time datetime="2024-04-02">2 April 2024<\/time>: A missing paragraph restored from the original\./,
    );
    expect(read('feed.xml')).toMatch(
      /<published>2024-03-05T00:00:00Z<\/published>\s*<updated>2024-04-02T00:00:00Z<\/updated>/,
    );
    expect(read('feed.xml')).toContain('Corrected 2 April 2024: A missing paragraph restored');
    expect(exportedLetters(result.distDir)).toMatchObject([
      {
        added: '2024-03-05',
        corrections: [
          { date: '2024-04-02', note: 'A missing paragraph restored from the original.' },
        ],
      },
    ]);
    expect(read('data/letters/2024.csv')).toContain(
      '"2024-04-02: A missing paragraph restored from the original."',
    );
  });

  const cases: [string, (dir: string) => void, RegExp[]][] = [
    [
      'malformed YAML',
      (dir) => {
        edit(dir, LETTER, (t) => t.replace('title: Housing in Somewhere', 'title: [unclosed'));
      },
      [/2024-03-01-ann-minister-housing\.md:2/, /flow collection/],
    ],
    [
      'a missing required field',
      (dir) => {
        edit(dir, LETTER, (t) => t.replace(/^title: .*\n/m, ''));
      },
      [/2024-03-01-ann-minister-housing\.md/, /title.*Required/],
    ],
    [
      'a javascript: source URL',
      (dir) => {
        edit(dir, LETTER, (t) =>
          t.replace('source:\n', 'source:\n  url: "javascript:alert(document.domain)"\n'),
        );
      },
      [/2024-03-01-ann-minister-housing\.md/, /source\.url.*expected a web address/],
    ],
    [
      "a data: URL in a person's links",
      (dir) => {
        edit(
          dir,
          'people/ann-minister.yaml',
          (t) => `${t}links:\n  - label: Profile\n    url: "data:text/html,<b>x</b>"\n`,
        );
      },
      [/ann-minister\.yaml/, /links\.0\.url.*expected a web address/],
    ],
    [
      'an original that is cited but missing',
      (dir) => {
        edit(dir, LETTER, (t) =>
          t.replace('source:\n  description:', 'source:\n  file: nowhere.pdf\n  description:'),
        );
      },
      [
        /2024-03-01-ann-minister-housing\.md: source\.file: no file "nowhere\.pdf" in .*content\/sources\//,
      ],
    ],
    // Problems found by one check in one run are reported together, so one build shows each
    // check names every problem it finds (each is also unit-tested on its own).
    [
      'problems the archive finds: an unknown topic, a correction dated before the letter was added, and a file that takes a year page’s address',
      (dir) => {
        edit(dir, LETTER, (t) =>
          t
            .replace('topics: [housing]', 'topics: [nonexistent]')
            .replace('date: "2024-04-02"', 'date: "2024-03-02"'),
        );
        add(
          dir,
          'letters/2024/2024.md',
          letterText.replace('reference: FIX-1', 'reference: FIX-2'),
        );
      },
      [
        /letters\/2024\/2024-03-01-ann-minister-housing\.md: topics\[0\]: unknown topic "nonexistent"/,
        /2024-03-01-ann-minister-housing\.md: corrections\[0\]\.date: 2024-03-02 is before the letter was added \(2024-03-05\)/,
        /letters\/2024\/2024\.md: slug \(file name\): "2024" is the address of a year’s page/,
      ],
    ],
    [
      'broken links, anchors and images, and ids a page carries twice',
      (dir) => {
        edit(dir, LETTER, (t) =>
          t
            .replace(
              'The answer about housing.',
              'See [the other letter](/letters/nope/), <a href="/letters/50%/">half</a> and [above](#no-such-answer). The plan: ![the plan](plan.png).',
            )
            .replace(
              'Yours sincerely,',
              '<h2>Housing targets</h2>\n\n<h6>Main content</h6>\n\nYours sincerely,',
            ),
        );
      },
      [
        /broken internal link/,
        /letters\/2024\/2024-03-01-ann-minister-housing\.md, on \/letters\/2024-03-01-ann-minister-housing\/: \/letters\/nope\/ \(no file/,
        /2024-03-01-ann-minister-housing\.md, on .*: \/letters\/50%\/ \(a "%" that is not percent-encoding\)/,
        /#no-such-answer \(no element with id "no-such-answer"/,
        /plan\.png \(no file \/letters\/2024-03-01-ann-minister-housing\/plan\.png\)/,
        /2024-03-01-ann-minister-housing\.md, on .*: #housing-targets \(the id "housing-targets" is on the page more than once\)/,
        /2024-03-01-ann-minister-housing\.md, on .*: #main-content \(the id "main-content" is on the page more than once\)/,
      ],
    ],
    // Files checked as they are on disk, before Astro reads (and slugifies) them.
    [
      'files named or encoded wrongly: a letter saved as .MD, and invalid UTF-8 in a letter',
      (dir) => {
        add(dir, 'letters/2024/2024-04-01-second.MD', letterText);
        const bytes = Buffer.from(letterText.replace('The answer', 'The caf\u00e9 answer'), 'utf8');
        const at = bytes.indexOf('caf') + 3;
        add(dir, LETTER, '');
        writeFileSync(
          join(dir, LETTER),
          Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at + 2)]),
        );
      },
      [
        /letters\/2024\/2024-04-01-second\.MD: file name: .*rename it to "2024-04-01-second\.md"/,
        /2024-03-01-ann-minister-housing\.md: bytes: invalid UTF-8 at byte offset \d+/,
      ],
    ],
  ];

  it.each(cases)('fails on %s, leaving no site to deploy', async (_name, change, expected) => {
    const result = await buildWith(change, { stale: true });
    expect(result.status, result.output).not.toBe(0);
    for (const pattern of expected) expect(result.output).toMatch(pattern);
    expect(existsSync(result.distDir), 'the output folder is removed').toBe(false);
  });
});

describe('a letter lost on the way', () => {
  it('fails the build naming it, here one whose page never marks itself as a search record', async () => {
    const root = testBuildDir('lost');
    made.push(root);
    const distDir = join(root, 'dist');
    expect(
      (await astroBuild({ outDir: distDir, contentDir: VALID, cacheDir: join(root, 'cache') }))
        .status,
    ).toBe(0);
    // Simulate a page that lost its text: take the built inventory after removing the record.
    const { takeInventory } = await import('../../src/integrations/nothing-lost');
    const page = join(distDir, 'letters/2024-03-01-ann-minister-housing/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replaceAll('data-pagefind-body', ''));
    const { findLostLetters } = await import('../../src/lib/inventory');
    expect(findLostLetters(takeInventory(distDir, VALID))).toEqual([
      'letter "2024-03-01-ann-minister-housing" has no letter page',
    ]);
  });

  it('leaves drafts out of the count, and publishes only the originals published letters cite', async () => {
    const cite = (file: string) => `source:\n  file: ${file}\n  description:`;
    const result = await buildWith((dir) => {
      edit(dir, LETTER, (t) => t.replace('source:\n  description:', cite('cited/original.txt')));
      add(
        dir,
        'letters/2024/2024-05-01-draft.md',
        letterText
          .replace('reference: FIX-1', 'reference: FIX-3\ndraft: true')
          .replace('source:\n  description:', cite('draft-original.txt')),
      );
      add(dir, 'sources/cited/original.txt', 'The letter as received.\n');
      add(dir, 'sources/draft-original.txt', 'A draft’s original.\n');
      add(dir, 'sources/not-yet-filed.pdf', '%PDF-1.7');
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(
      'Nothing lost: the 1 letter has a page, a search record and an open-data entry',
    );
    expect(readFileSync(join(result.distDir, 'sources/cited/original.txt'), 'utf8')).toBe(
      'The letter as received.\n',
    );
    expect(existsSync(join(result.distDir, 'sources/draft-original.txt'))).toBe(false);
    expect(existsSync(join(result.distDir, 'sources/not-yet-filed.pdf'))).toBe(false);
  });
});

describe('an answer whose id had to change', () => {
  it('keeps its old id as an anchor, so old links still land on it', async () => {
    const result = await buildWith((dir) => {
      edit(dir, LETTER, (t) =>
        t
          .replace('  - id: housing-targets\n', '  - id: housing-targets\n    aliases: [housing]\n')
          .replace('Yours sincerely,', 'As said [above](#housing).\n\nYours sincerely,'),
      );
    });
    expect(result.status, result.output).toBe(0);
    const page = readPage(result.distDir, '/letters/2024-03-01-ann-minister-housing/');
    expect(all(page, '#housing.answer-alias')).toHaveLength(1);
    expect(all(page, '#housing-targets')).toHaveLength(1);
  });
});

describe.skipIf(skipBrowserTests())('an old letter address', () => {
  it('sends a reader on to the letter, keeping the #answer they asked for', async () => {
    const result = await buildWith((dir) => {
      edit(dir, LETTER, (t) =>
        t.replace('reference: FIX-1', 'reference: FIX-1\naliases: [old-address]'),
      );
    });
    expect(result.status, result.output).toBe(0);
    const server = await serveStatic(result.distDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/letters/old-address/#housing-targets`);
      await page.waitForURL(/\/letters\/2024-03-01-ann-minister-housing\/#housing-targets$/);
      await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(
        'housing-targets',
      );
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('hostile HTML and malformed links in a letter', () => {
  it('never reach the page as markup, their words are kept, and malformed links are warned of', async () => {
    const hostile = [
      '<script>alert("x")</script>',
      '<p onclick="alert(1)">Click <b>here</b></p>',
      '<a href="javascript:alert(1)">a link</a>',
      '<iframe src="https://example.com"></iframe>',
      '<span style="color:red">styled words</span>',
      '<style>body{display:none}</style>',
      // An image the site has, so the link check (which checks images too) passes.
      '<img src="/favicon.svg" alt="" onerror="alert(1)">',
      // A malformed link, as Parliament publishes some: kept as text with a warning, not a failure.
      'See [Widgets guidance - GOV.UK](http://Widgets%20guidance%20-%20GOV.UK) and [gov](www.gov.uk).',
    ].join('\n\n');
    const result = await buildWith((dir) => {
      edit(dir, LETTER, (t) =>
        t.replace('The answer about housing.', `The answer about housing.\n\n${hostile}`),
      );
    });
    expect(result.status, result.output).toBe(0);
    const page = readPage(result.distDir, '/letters/2024-03-01-ann-minister-housing/');
    const text = all(page, '.letter__text')[0];
    if (text === undefined) throw new Error('no letter text');
    expect(all(text, 'script, style, iframe')).toEqual([]);
    expect(all(text, '[style], [onclick], [onerror]')).toEqual([]);
    expect(all(text, 'a[href^="javascript:" i]')).toEqual([]);
    const html = readFileSync(
      join(result.distDir, 'letters/2024-03-01-ann-minister-housing/index.html'),
      'utf8',
    );
    expect(html).not.toContain('alert(');
    for (const words of ['Click', 'here', 'a link', 'styled words']) expect(html).toContain(words);
    expect(html).toContain('See Widgets guidance - GOV.UK and gov.');
    expect(result.output).toMatch(
      /warning: .*2024-03-01-ann-minister-housing\.md: link "Widgets guidance - GOV\.UK" has a malformed address "http:\/\/Widgets%20guidance%20-%20GOV\.UK": kept as text/,
    );
    expect(result.output).toMatch(
      /2024-03-01-ann-minister-housing\.md: link "gov" has a malformed address "www\.gov\.uk"/,
    );
  });
});

describe('hostile text in a letter’s title', () => {
  it('stays text in every feed, which the build checks is well-formed', async () => {
    const title = '<b>Bold</b> & <script>alert(1)</script> ]]> and ]]> again\\x01 end';
    const result = await buildWith((dir) => {
      edit(dir, LETTER, (t) => t.replace('title: Housing in Somewhere', `title: "${title}"`));
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/Checked \d+ Atom feeds: every one is well-formed/);
    const { feedProblems } = await import('../../src/lib/feed-check');
    for (const feed of ['feed.xml', 'topics/housing/feed.xml', 'people/ann-minister/feed.xml']) {
      const xml = readFileSync(join(result.distDir, feed), 'utf8');
      expect(feedProblems(xml), feed).toEqual([]);
      expect(xml, feed).toContain(
        '<title type="text">&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; and ]]&gt; again\ufffd end</title>',
      );
    }
  });
});

describe('an image from another site in a letter', () => {
  it('is not embedded: the page shows a note in its place, and the build warns naming the file', async () => {
    const result = await buildWith((dir) => {
      edit(dir, LETTER, (t) =>
        t.replace(
          'The answer about housing.',
          'The answer about housing.\n\n![The site plan](https://council.example.org/plan.png)',
        ),
      );
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(
      /2024-03-01-ann-minister-housing\.md:\d+:\d+: An image from https:\/\/council\.example\.org\/plan\.png \(“The site plan”\) is not shown/,
    );
    const page = readPage(result.distDir, '/letters/2024-03-01-ann-minister-housing/');
    const text = all(page, '.letter__text')[0];
    if (text === undefined) throw new Error('no letter text');
    expect(all(text, 'img')).toEqual([]);
    expect(all(text, '.not-embedded')).toHaveLength(1);
  });
});
