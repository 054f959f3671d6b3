/** The build's feed check reads every feed.xml it wrote and names what is wrong. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSiteFeeds } from '../../src/integrations/feed-check';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A built site holding the given files. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'postbag-feed-check-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const feed = (entryTitle: string) =>
  [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '    <entry>',
    `        <title type="text">${entryTitle}</title>`,
    '        <id>https://postbag.example.org/letters/2024-03-01-bad/</id>',
    '    </entry>',
    '</feed>',
  ].join('\n');

describe('the build’s feed check', () => {
  it('counts the feeds and passes well-formed ones', () => {
    const dir = site({ 'feed.xml': feed('Fine'), 'topics/housing/feed.xml': feed('A &amp; B') });
    expect(checkSiteFeeds(dir)).toEqual({ feeds: 2 });
  });

  it('fails naming the feed, the line and the letter whose entry is bad', () => {
    const dir = site({
      'feed.xml': feed('Fine'),
      'topics/housing/feed.xml': feed('Bell \u0007 rings'),
      'sitemap-0.xml': '<not-a-feed',
    });
    expect(() => checkSiteFeeds(dir)).toThrow(
      /\/topics\/housing\/feed\.xml:4:\d+: disallowed character\. \(in the entry of letter \/letters\/2024-03-01-bad\/\)/,
    );
  });
});
