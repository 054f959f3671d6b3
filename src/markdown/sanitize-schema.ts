/**
 * What HTML a letter may put on the page. Letters come from outside (emails,
 * PDFs, constituents), so their raw HTML is untrusted. Based on rehype-sanitize's
 * GitHub-style default schema, with these changes:
 *
 * - Ids are not clobbered with `user-content-`: answer ids are public anchors
 *   cited from elsewhere (`#housing-targets`). To keep the protection clobbering
 *   gives, `id` is no longer allowed everywhere: only on h2–h4 and only in the
 *   answer-id shape, plus the ids GFM footnotes need (already prefixed
 *   `user-content-` by remark-rehype). `name`, the other clobbering attribute,
 *   is dropped.
 * - Link protocols are cut to http, https and mailto.
 * - Our own letter-block markup is allowed: `div.letterhead` and
 *   `aside.transcription-note` with `aria-label` and `data-letter-block`, a
 *   quote's `data-speaker` key, an editors' heading's `data-editorial`
 *   (rehype-attributions turns the last two into captions and marks), and
 *   the note left where an external image was (`span.not-embedded`, see
 *   rehype-no-external-resources.ts).
 * - `style`, `iframe` and other elements whose content is code, not words, are
 *   stripped with their content. Every other disallowed element (`<font>`,
 *   `<center>`, `<u>`) is unwrapped, so its words stay on the page.
 *
 * Inline `style` and `on*` handler attributes are never allowed, and
 * `javascript:` URLs fail the protocol check.
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { ID_PATTERN } from '../model/ids.ts';
import { NOT_EMBEDDED_CLASS } from './rehype-no-external-resources.ts';

type AttributeDefinitions = NonNullable<Schema['attributes']>;

const defaults: AttributeDefinitions = defaultSchema.attributes ?? {};

// Answer headings may keep their id, but only in the shape answer ids take, and their editorial mark.
const answerHeadingId: [string, RegExp] = ['id', ID_PATTERN];
const editorialMark: [string, string] = ['dataEditorial', 'true'];

/** Attributes any element may carry: the defaults minus the DOM-clobbering `id` and `name`. */
const anyElement = (defaults['*'] ?? []).filter((definition) => {
  const name = typeof definition === 'string' ? definition : definition[0];
  return name !== 'id' && name !== 'name';
});

/** The rehype-sanitize schema for letters. */
export const letterSanitizeSchema: Schema = {
  ...defaultSchema,
  // No prefix: the ids that survive are ours or footnotes' (see above).
  clobber: [],
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside'],
  // Dropped with their content on purpose: what is inside <script>, <style>,
  // <iframe> and the like is code or fallback markup, never the letter's words.
  strip: ['script', 'style', 'iframe', 'noscript', 'noembed', 'noframes', 'xmp'],
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
  },
  attributes: {
    ...defaults,
    '*': anyElement,
    a: [...(defaults['a'] ?? []), ['id', /^user-content-fnref-/]],
    li: [...(defaults['li'] ?? []), ['id', /^user-content-fn-/]],
    h2: [...(defaults['h2'] ?? []), answerHeadingId, editorialMark],
    h3: [answerHeadingId, editorialMark],
    h4: [answerHeadingId, editorialMark],
    blockquote: [
      ...(defaults['blockquote'] ?? []),
      ['dataLetterBlock', 'quote'],
      ['dataSpeaker', ID_PATTERN],
    ],
    div: [
      ...(defaults['div'] ?? []),
      ['className', 'letterhead'],
      ['dataLetterBlock', 'letterhead'],
    ],
    span: [...(defaults['span'] ?? []), ['className', NOT_EMBEDDED_CLASS]],
    aside: [
      ['className', 'transcription-note'],
      ['dataLetterBlock', 'transcription-note'],
      'ariaLabel',
    ],
  },
};
