/**
 * The one list of letter plugins. The site's renderer (`renderLetterMarkdown()`
 * in pipeline.ts) and `src/lib/answers.ts` both take their plugins from here, so
 * the ids a page shows are the ids answers are listed by.
 * This module imports nothing from Astro, so pure code in `src/lib` can use it.
 */
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeAnswerAliases from './rehype-answer-aliases.ts';
import rehypeAttributions from './rehype-attributions.ts';
import rehypeAnswerLinks, { type Options as AnswerLinkOptions } from './rehype-answer-links.ts';
import rehypeNoExternalResources from './rehype-no-external-resources.ts';
import rehypeMalformedLinks from './rehype-malformed-links.ts';
import rehypeRawWhereNeeded from './rehype-raw-where-needed.ts';
import remarkAnswerIds from './remark-answer-ids.ts';
import remarkLetterBlocks from './remark-letter-blocks.ts';
import { letterSanitizeSchema } from './sanitize-schema.ts';

type RemarkList = [typeof remarkLetterBlocks, typeof remarkAnswerIds];
type RehypeList = [
  typeof rehypeRawWhereNeeded,
  typeof rehypeNoExternalResources,
  [typeof rehypeSanitize, SanitizeSchema],
  typeof rehypeMalformedLinks,
  typeof rehypeAttributions,
  [typeof rehypeAnswerLinks, AnswerLinkOptions],
  typeof rehypeAnswerAliases,
];

/** Our remark plugins, in order: blocks are marked before headings get their ids. */
export function letterRemarkPlugins(): RemarkList {
  return [remarkLetterBlocks, remarkAnswerIds];
}

/**
 * Our rehype plugins, in order: parse raw HTML, put notes in place of anything
 * that would load from another site, sanitize, then add trusted markup (who said
 * what, answer links, old ids).
 * rehype-raw (run where it changes anything) must come first because the
 * sanitizer drops unparsed HTML (`raw` nodes) whole, with its words; the notes
 * come before the sanitizer, which would drop frames and media without a word.
 * Malformed links (the author's) become text once the sanitizer has kept only
 * the protocols we allow. The sanitizer comes before `rehypeAnswerLinks` so the link's
 * `data-pagefind-ignore` and `.sr-only` need not be granted to letter authors.
 */
export function letterRehypePlugins(): RehypeList {
  return [
    rehypeRawWhereNeeded,
    rehypeNoExternalResources,
    [rehypeSanitize, letterSanitizeSchema],
    rehypeMalformedLinks,
    rehypeAttributions,
    [rehypeAnswerLinks, { citeHref: citationAnchor, backHref: ON_THIS_PAGE_ANCHOR }],
    rehypeAnswerAliases,
  ];
}

/** The anchor of a letter page's "On this page" list, which every answer links back to. */
export const ON_THIS_PAGE_ANCHOR = '#on-this-page';

/** The anchor of an answer's citation on the letter page (see CiteLetter.astro). */
export const citationAnchor = (answerId: string): string => `#cite-${answerId}`;
