import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import { feedProblems } from '../../src/lib/feed-check';
import { letterFeed, pageFeedSubject, siteFeedSubject } from '../../src/lib/feeds';
import { archiveInput, letterEntry } from './fixtures';

const SITE = 'https://postbag.example.org';
const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['entry', 'link', 'category'].includes(name),
  }).parse(xml) as {
    feed: {
      id: string;
      title: { '#text': string; '@_type': string };
      updated: string;
      subtitle: { '#text': string; '@_type': string };
      link: { '@_rel': string; '@_href': string }[];
      entry?: {
        id: string;
        title: { '#text': string; '@_type': string };
        summary: { '#text': string; '@_type': string };
        author: { name: string };
        updated: string;
        published: string;
        link: { '@_href': string }[];
        category: { '@_term': string }[];
      }[];
    };
  };

describe('Atom feeds', () => {
  const { letters } = buildArchive(
    archiveInput([
      letterEntry('old', { date: '2023-01-10' }),
      letterEntry('undated', { date: undefined, date_estimated: '2024-02', date_note: 'Why.' }),
    ]),
  );

  it('lists letters newest first with permalinks, dates and topics', () => {
    const { feed } = parse(letterFeed(siteFeedSubject(), letters, SITE));
    expect(feed.id).toBe('https://postbag.example.org/feed.xml');
    expect(feed.entry?.map((e) => e.id)).toEqual([
      'https://postbag.example.org/letters/undated/',
      'https://postbag.example.org/letters/old/',
    ]);
    expect(feed.entry?.[0]?.link[0]?.['@_href']).toBe(
      'https://postbag.example.org/letters/undated/',
    );
    expect(feed.entry?.[0]?.category.map((c) => c['@_term'])).toEqual(['housing']);
    expect(feed.entry?.[1]?.updated).toBe('2023-01-10T00:00:00Z');
  });

  it('dates the feed by its newest letter, not by the clock, so builds repeat', () => {
    const xml = letterFeed(siteFeedSubject(), letters, SITE);
    expect(parse(xml).feed.updated).toBe('2024-02-01T00:00:00Z');
    expect(letterFeed(siteFeedSubject(), letters, SITE)).toBe(xml);
  });

  it('links a page feed to itself and to its page', () => {
    const subject = pageFeedSubject('Housing', '/topics/housing/', 'letters on');
    const { feed } = parse(letterFeed(subject, letters, SITE));
    expect(feed.title).toEqual({ '#text': 'Postbag: letters on Housing', '@_type': 'text' });
    expect(feed.subtitle).toEqual({
      '#text': 'New letters on Housing, as they are added to Postbag.',
      '@_type': 'text',
    });
    expect(feed.link.map((l) => [l['@_rel'], l['@_href']])).toEqual([
      ['alternate', 'https://postbag.example.org/topics/housing/'],
      ['self', 'https://postbag.example.org/topics/housing/feed.xml'],
    ]);
  });
});

describe('feed dates: when a letter was added, never an invented time', () => {
  const { letters } = buildArchive(
    archiveInput([
      letterEntry('recent', { date: '2024-06-01' }),
      letterEntry('old-added-late', { date: '2019-05-02', added: '2024-09-30' }),
      letterEntry('undated', { date: undefined, date_estimated: '2024-02', date_note: 'Why.' }),
      letterEntry('corrected', {
        date: '2023-03-03',
        added: '2023-04-01',
        corrections: [{ date: '2024-07-15', note: 'Paragraph 3 restored from the original.' }],
      }),
    ]),
  );
  const entries = parse(letterFeed(siteFeedSubject(), letters, SITE)).feed.entry ?? [];
  const byId = (slug: string) => entries.find((e) => e.id.endsWith(`/letters/${slug}/`));

  it('dates an undated letter by no day inside its estimate and no time of day', () => {
    expect(byId('undated')?.updated).toBe('2024-02-01T00:00:00Z');
    expect(byId('undated')?.published).toBe('2024-02-01T00:00:00Z');
  });

  it('dates and orders a letter by when it was added, so an old letter added now is new', () => {
    expect(byId('old-added-late')?.published).toBe('2024-09-30T00:00:00Z');
    expect(entries.map((e) => e.id.split('/').at(-2))).toEqual([
      'old-added-late',
      'corrected',
      'recent',
      'undated',
    ]);
  });

  it('carries a correction as an update, in its summary too', () => {
    expect(byId('corrected')?.published).toBe('2023-04-01T00:00:00Z');
    expect(byId('corrected')?.updated).toBe('2024-07-15T00:00:00Z');
    expect(byId('corrected')?.summary['#text']).toContain(
      'Corrected 15 July 2024: Paragraph 3 restored from the original.',
    );
  });

  it('links the stylesheet that makes it readable in a browser', () => {
    expect(letterFeed(siteFeedSubject(), letters, SITE)).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<\?xml-stylesheet type="text\/xsl" href="\/feed.xsl"\?>\n/,
    );
  });
});

describe('Atom feeds of hostile text', () => {
  const title = '<b>Bold</b> & <script>alert(1)</script> ]]> and ]]> again\u0001\u000b end';
  const body =
    '## Housing targets {#housing-targets}\n\nAn <img src=x onerror=alert(1)> ]]> ]]>\u0007 reply.\n';
  const input = archiveInput([letterEntry('2024/hostile', { title }, body)]);
  const { letters } = buildArchive({
    ...input,
    people: input.people.map((p) => ({
      ...p,
      data: { ...p.data, name: 'Ann <i>"Minister"</i> &amp' },
    })),
  });
  const xml = letterFeed(siteFeedSubject(), letters, SITE);
  const entry = parse(xml).feed.entry?.[0];

  it('is well-formed XML 1.0: no character XML forbids, no stray ]]>', () => {
    // A strict XML 1.0 parser (saxes) finds nothing wrong.
    expect(feedProblems(xml)).toEqual([]);
    expect(xml).not.toContain(']]>');
  });

  it('keeps titles and summaries as text, every character kept but the forbidden ones', () => {
    expect(entry?.title).toEqual({
      '#text': '<b>Bold</b> & <script>alert(1)</script> ]]> and ]]> again\ufffd\ufffd end',
      '@_type': 'text',
    });
    expect(entry?.summary['@_type']).toBe('text');
    expect(entry?.summary['#text']).toContain('An ]]> ]]>\ufffd reply.');
    expect(entry?.author.name).toMatch(/^Ann <i>"Minister"<\/i> &amp MP, /);
  });
});
