import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import { feedProblems } from '../../src/lib/feed-check';
import { letterFeed, siteFeedSubject } from '../../src/lib/feeds';
import { archiveInput, letterEntry } from './fixtures';

const SITE = 'https://postbag.example.org';

/** A feed of two letters, the second with `title` as its title, written as is (no escaping). */
const feedWithTitle = (title: string): string =>
  [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '    <id>https://postbag.example.org/feed.xml</id>',
    '    <entry>',
    '        <title type="text">Fine</title>',
    '        <id>https://postbag.example.org/letters/fine/</id>',
    '    </entry>',
    '    <entry>',
    `        <title type="html"><![CDATA[${title}]]></title>`,
    '        <id>https://postbag.example.org/letters/2024-03-01-bad/</id>',
    '    </entry>',
    '</feed>',
    '',
  ].join('\n');

describe('the feed check', () => {
  it('passes a feed the site writes, whatever the letters say', () => {
    const { letters } = buildArchive(
      archiveInput([letterEntry('2024/x', { title: 'A <b> & ]]> ]]> \u0001 title' })]),
    );
    expect(feedProblems(letterFeed(siteFeedSubject(), letters, SITE))).toEqual([]);
  });

  it.each([
    ['a second ]]>', 'Cut ]]> here ]]> twice', /"\]\]>" is disallowed/],
    ['a control character', 'Bell \u0007 rings', /disallowed character/],
    ['a non-character', 'Not \uFFFE a character', /disallowed character/],
  ])('names the line and the letter of an entry with %s', (_name, title, message) => {
    const problems = feedProblems(feedWithTitle(title));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({
      line: 9,
      entry: 'https://postbag.example.org/letters/2024-03-01-bad/',
    });
    expect(problems[0]?.message).toMatch(message);
  });

  it('reports a problem outside any entry without naming one', () => {
    const problems = feedProblems(
      '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>&nbsp;</title></feed>',
    );
    expect(problems[0]).toMatchObject({ line: 2, entry: undefined });
    expect(problems[0]?.message).toMatch(/undefined entity/);
  });

  it('requires an Atom feed, not any XML', () => {
    expect(feedProblems('<rss version="2.0"></rss>')[0]?.message).toMatch(
      /not an Atom feed: its root is <rss>/,
    );
    expect(feedProblems('')[0]?.message).toMatch(/root element/);
  });
});
