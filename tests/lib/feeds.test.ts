import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
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
      title: string;
      updated: string;
      link: { '@_rel': string; '@_href': string }[];
      entry?: {
        id: string;
        title: string;
        updated: string;
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
    expect(feed.entry?.[1]?.updated).toBe('2023-01-10T12:00:00.000Z');
  });

  it('dates the feed by its newest letter, not by the clock, so builds repeat', () => {
    const xml = letterFeed(siteFeedSubject(), letters, SITE);
    expect(parse(xml).feed.updated).toBe('2024-02-15T12:00:00.000Z');
    expect(letterFeed(siteFeedSubject(), letters, SITE)).toBe(xml);
  });

  it('links a page feed to itself and to its page', () => {
    const subject = pageFeedSubject('Housing', '/topics/housing/', 'letters on');
    const { feed } = parse(letterFeed(subject, letters, SITE));
    expect(feed.title).toBe('Postbag: letters on Housing');
    expect(feed.link.map((l) => [l['@_rel'], l['@_href']])).toEqual([
      ['alternate', 'https://postbag.example.org/topics/housing/'],
      ['self', 'https://postbag.example.org/topics/housing/feed.xml'],
    ]);
  });
});
