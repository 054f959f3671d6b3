/**
 * Atom feeds of letters: the whole archive, and one per topic, person and
 * organisation. Every date in a feed comes from the letters, never from the
 * clock, so the same content gives the same feed.
 *
 * Written here rather than with a feed library: the `feed` package put titles and
 * summaries in `type="html"` CDATA, so a title shown escaped on the page became
 * live markup in a feed reader, and a `]]>` or a control character in a letter
 * broke the XML. Every text here is `type="text"`, escaped by `escapeXml`, which
 * also replaces the characters XML 1.0 forbids (`src/lib/xml-text.ts`).
 */
import type { Letter } from './archive';
import { senderLine } from './correspondents';
import { displayLetterDate, formatCalendarDate } from './dates';
import { excerpt } from './answers';
import { letterPath, lettersPath } from './paths';
import { SITE_NAME } from './site';
import { escapeXml } from './xml-text';

/** How many letters a feed carries, most recently added or corrected first: the latest 50, however large the archive. */
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

/**
 * The day a letter entered the archive, as far as the archive knows it: its `added`
 * day if recorded; else the date on the letter (it cannot have been added earlier);
 * else, for an undated letter, the first day of its estimate ("2024-02" → 2024-02-01),
 * the earliest it can have been written. Never a day inside an estimate.
 */
export function publishedDay(letter: Letter): string {
  if (letter.added !== undefined) return letter.added;
  if (letter.date.kind === 'stated') return letter.date.date;
  const [year, month = '01'] = letter.date.estimate.split('-');
  return `${year ?? '1970'}-${month}-01`;
}

/** The day an entry last changed: its latest correction, or the day it was published. */
export function updatedDay(letter: Letter): string {
  return letter.corrections.at(-1)?.date ?? publishedDay(letter);
}

/**
 * Atom needs a time of day, and the archive records days only: every date in a feed is
 * its day at 00:00:00Z, which claims the day and nothing finer (README, "Feeds").
 */
const atomDay = (day: string): string => `${day}T00:00:00Z`;

/** Letters in the order a feed reader expects: most recently changed first, the archive's order within a day. */
export const feedOrder = (letters: readonly Letter[]): Letter[] =>
  letters
    .map((letter, index) => ({ letter, index, day: updatedDay(letter) }))
    .sort((a, b) => b.day.localeCompare(a.day) || a.index - b.index)
    .map(({ letter }) => letter);

/** The path of the stylesheet that makes a feed readable in a browser (`public/feed.xsl`). */
export const FEED_STYLESHEET_PATH = '/feed.xsl';

type Attributes = Readonly<Record<string, string>>;

const attributeText = (attributes: Attributes): string =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');

/** An element holding text (escaped), or nothing (`<link …/>`). */
const element = (name: string, attributes: Attributes, content?: string): string =>
  content === undefined
    ? `<${name}${attributeText(attributes)}/>`
    : `<${name}${attributeText(attributes)}>${escapeXml(content)}</${name}>`;

/** Text for people: Atom's `type="text"`, so a reader shows `<b>` as the characters it is. */
const text = (name: string, value: string): string => element(name, { type: 'text' }, value);

/** One letter as an Atom entry, line by line. */
function entryLines(letter: Letter, absolute: (path: string) => string): string[] {
  const url = absolute(letterPath(letter.slug));
  const sender = senderLine(letter);
  const corrected = letter.corrections.map(
    (c) => ` Corrected ${formatCalendarDate(c.date)}: ${c.note}`,
  );
  const summary = `${sender}. ${displayLetterDate(letter.date)}. ${excerpt(letter.lede || letter.text, 400)}${corrected.join('')}`;
  return [
    '<entry>',
    ...[
      text('title', letter.title),
      element('id', {}, url),
      element('link', { href: url }),
      element('published', {}, atomDay(publishedDay(letter))),
      element('updated', {}, atomDay(updatedDay(letter))),
      text('summary', summary),
      `<author>${element('name', {}, sender)}</author>`,
      ...letter.allTopics.map((t) => element('category', { term: t.id, label: t.title })),
    ].map(indent),
    '</entry>',
  ];
}

const indent = (line: string): string => `    ${line}`;

/** An Atom feed of letters (given newest first) about a subject. */
export function letterFeed(
  subject: FeedSubject,
  letters: readonly Letter[],
  site: URL | string,
): string {
  const absolute = (path: string) => new URL(path, site).href;
  const entries = feedOrder(letters).slice(0, FEED_LENGTH);
  const updated = atomDay(entries[0] === undefined ? '2000-01-01' : updatedDay(entries[0]));
  const lines = [
    element('id', {}, absolute(subject.feedPath)),
    text('title', subject.title),
    element('updated', {}, updated),
    element('generator', {}, SITE_NAME),
    element('link', { rel: 'alternate', href: absolute(subject.pagePath) }),
    element('link', { rel: 'self', href: absolute(subject.feedPath) }),
    text('subtitle', subject.description),
    text(
      'rights',
      `Letters are their authors’ words, reproduced by ${SITE_NAME}; see ${absolute('/data/')}`,
    ),
    ...entries.flatMap((letter) => entryLines(letter, absolute)),
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<?xml-stylesheet type="text/xsl" href="${FEED_STYLESHEET_PATH}"?>`,
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    ...lines.map(indent),
    '</feed>',
    '',
  ].join('\n');
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
    description: `New ${about} ${name}, as they are added to ${SITE_NAME}.`,
    pagePath,
    feedPath: feedPathOf(pagePath),
  };
}
