/**
 * What a letter page tells machines about itself: Highwire `citation_*` tags
 * (read by Zotero's Embedded Metadata translator), Dublin Core, Open Graph and
 * Twitter cards, and schema.org JSON-LD. One list, rendered into <head>.
 */
import type { Correspondent, Letter } from './archive';
import { correspondentName, senderRole } from './correspondents';
import { displayLetterDate, machineLetterDate } from './dates';
import { excerpt } from './answers';
import { letterPath, topicPath } from './paths';
import { SITE_NAME } from './site';

/** One <meta> element: by `name` or, for Open Graph, by `property`. */
export type MetaTag =
  | { readonly name: string; readonly content: string }
  | { readonly property: string; readonly content: string };

/** The name a reference manager should record as author: the person's name without honorifics, or the organisation's. */
function authorName(c: Correspondent): string {
  return c.person !== undefined && !c.person.unnamed ? c.person.name : correspondentName(c);
}

/**
 * A one-sentence description of a letter for previews and abstracts: who wrote to whom
 * and when, then the letter's own opening words (never its letterhead or "Dear …").
 */
export function letterDescription(letter: Letter): string {
  const role = senderRole(letter);
  return excerpt(
    `${correspondentName(letter.from)}${role === undefined ? '' : `, ${role},`} to ${correspondentName(letter.to)}, ${displayLetterDate(letter.date)}: ${letter.lede || letter.text}`,
    200,
  );
}

/** A letter page's <title>: its title and who sent it, "Housing targets: letter from Ann Minister MP". */
export function letterPageTitle(letter: Letter): string {
  return `${letter.title}: letter from ${correspondentName(letter.from)}`;
}

/** The site's share image (`public/share.png`), used by every page's Open Graph card. */
export const SHARE_IMAGE = {
  path: '/share.png',
  width: 1200,
  height: 630,
  alt: `${SITE_NAME}: letters from MPs and ministers, word for word`,
} as const;

/** The <meta> tags of a letter page; `site` is the archive's absolute address. */
export function letterMetaTags(letter: Letter, site: URL | string): MetaTag[] {
  const url = new URL(letterPath(letter.slug), site).href;
  const description = letterDescription(letter);
  // Highwire dates are YYYY/MM/DD; an estimate keeps only the precision it has.
  const date = machineLetterDate(letter.date).replaceAll('-', '/');
  const tags: MetaTag[] = [
    { name: 'citation_title', content: letter.title },
    { name: 'citation_author', content: authorName(letter.from) },
    { name: 'citation_date', content: date },
    { name: 'citation_publisher', content: SITE_NAME },
    { name: 'citation_language', content: 'en' },
    { name: 'citation_public_url', content: url },
    { name: 'citation_abstract', content: description },
    { name: 'citation_keywords', content: letter.allTopics.map((t) => t.title).join('; ') },
  ];
  if (letter.source.file?.toLowerCase().endsWith('.pdf') === true) {
    tags.push({
      name: 'citation_pdf_url',
      content: new URL(`/sources/${letter.source.file}`, site).href,
    });
  }
  tags.push(
    { name: 'DC.type', content: 'letter' },
    { name: 'DC.title', content: letter.title },
    { name: 'DC.creator', content: authorName(letter.from) },
    { name: 'DC.date', content: machineLetterDate(letter.date) },
    { name: 'DC.publisher', content: SITE_NAME },
    { name: 'DC.language', content: 'en-GB' },
    { property: 'og:type', content: 'article' },
    { property: 'og:site_name', content: SITE_NAME },
    { property: 'og:title', content: letter.title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: url },
    { property: 'og:locale', content: 'en_GB' },
    { name: 'twitter:card', content: 'summary' },
    { name: 'twitter:title', content: letter.title },
    { name: 'twitter:description', content: description },
  );
  if (letter.date.kind === 'stated') {
    tags.push({ property: 'article:published_time', content: letter.date.date });
  }
  return tags;
}

/** A schema.org person or organisation for one side of a letter. */
function schemaAgent(c: Correspondent, role: string | undefined): Record<string, unknown> {
  if (c.person !== undefined) {
    return {
      '@type': 'Person',
      name: c.person.name,
      ...(role === undefined ? {} : { jobTitle: role }),
      ...(c.organisation === undefined
        ? {}
        : { affiliation: { '@type': 'Organization', name: c.organisation.name } }),
    };
  }
  return { '@type': 'Organization', name: correspondentName(c) };
}

/** The letter as a schema.org Message, for search engines. */
export function letterJsonLd(letter: Letter, site: URL | string): Record<string, unknown> {
  const url = new URL(letterPath(letter.slug), site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Message',
    '@id': url,
    url,
    name: letter.title,
    description: letterDescription(letter),
    sender: schemaAgent(letter.from, senderRole(letter)),
    recipient: schemaAgent(letter.to, undefined),
    ...(letter.date.kind === 'stated'
      ? { dateSent: letter.date.date }
      : { temporalCoverage: letter.date.estimate }),
    ...(letter.reference === undefined ? {} : { identifier: letter.reference }),
    about: letter.allTopics.map((t) => ({
      '@type': 'DefinedTerm',
      name: t.title,
      url: new URL(topicPath(t.id), site).href,
    })),
    hasPart: letter.answers.map((a) => ({
      '@type': 'WebPageElement',
      name: a.title,
      url: new URL(`${letterPath(letter.slug)}#${a.id}`, site).href,
      // Whose words the answer is: a quoted speaker's, or the signatory's.
      author:
        a.speaker === undefined
          ? schemaAgent(letter.from, senderRole(letter))
          : schemaAgent(a.speaker, a.speaker.role),
    })),
    inLanguage: 'en-GB',
    publisher: { '@type': 'Organization', name: SITE_NAME, url: new URL('/', site).href },
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
