/**
 * Atom feeds of letters: the whole archive, and one per topic, person and
 * organisation. Written with the `feed` library. Every date in a feed comes from
 * the letters, never from the clock, so the same content gives the same feed.
 */
import { Feed } from 'feed';
import type { Letter } from './archive';
import { senderLine } from './correspondents';
import { displayLetterDate } from './dates';
import { excerpt } from './answers';
import { letterPath, lettersPath } from './paths';
import { SITE_NAME } from './site';

/** How many letters a feed carries, newest first. */
export const FEED_LENGTH = 50;

/** What a feed is about. */
export interface FeedSubject {
  /** The feed's title, e.g. "Postbag: letters on Housing targets". */
  readonly title: string;
  /** One sentence on what it holds. */
  readonly description: string;
  /** The page the feed belongs to, e.g. `/topics/housing-targets/`. */
  readonly pagePath: string;
  /** The feed's own path, e.g. `/topics/housing-targets/feed.xml`. */
  readonly feedPath: string;
}

/** The moment an entry is dated at: its day (or estimate's sort day) at noon UTC, so no time zone moves it. */
const entryDate = (letter: Letter): Date => new Date(`${letter.sortKey}T12:00:00Z`);

/** An Atom feed of letters (given newest first) about a subject. */
export function letterFeed(
  subject: FeedSubject,
  letters: readonly Letter[],
  site: URL | string,
): string {
  const absolute = (path: string) => new URL(path, site).href;
  const entries = letters.slice(0, FEED_LENGTH);
  const feed = new Feed({
    title: subject.title,
    description: subject.description,
    id: absolute(subject.feedPath),
    link: absolute(subject.pagePath),
    language: 'en-GB',
    copyright: `Letters are their authors’ words, reproduced by ${SITE_NAME}; see ${absolute('/data/')}`,
    updated: entries[0] === undefined ? new Date('2000-01-01T00:00:00Z') : entryDate(entries[0]),
    generator: SITE_NAME,
    feedLinks: { atom: absolute(subject.feedPath) },
  });
  for (const letter of entries) {
    const url = absolute(letterPath(letter.slug));
    feed.addItem({
      title: letter.title,
      id: url,
      link: url,
      date: entryDate(letter),
      description: `${senderLine(letter)}. ${displayLetterDate(letter.date)}. ${excerpt(letter.text, 400)}`,
      author: [{ name: senderLine(letter) }],
      category: letter.allTopics.map((t) => ({ name: t.title, term: t.id })),
    });
  }
  return feed.atom1();
}

/** A feed's path beside its page: `/topics/x/` → `/topics/x/feed.xml`. */
export const feedPathOf = (pagePath: string): string => `${pagePath}feed.xml`;

/** The feed of the whole archive. */
export function siteFeedSubject(): FeedSubject {
  return {
    title: `${SITE_NAME}: latest letters`,
    description: 'The newest letters in the archive.',
    pagePath: lettersPath(),
    feedPath: '/feed.xml',
  };
}

/** The feed of a topic, person or organisation page. */
export function pageFeedSubject(name: string, pagePath: string, about: string): FeedSubject {
  return {
    title: `${SITE_NAME}: ${about} ${name}`,
    description: `New letters in ${SITE_NAME} ${about} ${name}.`,
    pagePath,
    feedPath: feedPathOf(pagePath),
  };
}
