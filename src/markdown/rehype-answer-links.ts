/**
 * A visible "Link to this answer" self-link beside every answer heading, so a
 * reader can copy a link to one answer. Words rather than a bare `#`, because
 * constituents should not have to know the convention. Modelled on Starlight's
 * rehype-heading-links:
 *
 * - the link goes *after* the heading, both wrapped in
 *   `<div class="answer-heading">`, not inside it: inside, its label would join
 *   the heading's accessible name ("Housing targets Link to this answer: Housing
 *   targets") and Astro's `rehypeHeadingIds`, which collects every text node of
 *   a heading, would put it in the page's `headings` list;
 * - screen readers also hear which answer, from a `.sr-only` end to the label;
 * - the link carries `data-pagefind-ignore` so the label stays out of search.
 *
 * Runs after rehype-sanitize (see pipeline.ts), so its markup need not be in
 * the sanitize schema.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from './visit.ts';

/** Options for `rehypeAnswerLinks`. */
export interface Options {
  /** The link's visible words (default: `Link to this answer`). */
  text?: string | undefined;
  /**
   * Also link each answer to its citation, e.g. `(id) => '#cite-' + id` (default: no
   * such link). The page must have an element with that id for each answer.
   */
  citeHref?: ((id: string) => string) | undefined;
  /**
   * Also link each answer back to the page's list of answers, e.g. `#on-this-page`
   * (default: no such link), so a reader deep in a long letter can find their way.
   */
  backHref?: string | undefined;
}

const ANSWER_HEADINGS = new Set(['h2', 'h3', 'h4']);

function hasClass(node: Element, name: string): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes(name);
}

/** Builds `<a class="answer-link" href="#id">` with visible words and the heading's title for screen readers. */
function answerLink(id: string, text: string, title: string): Element {
  const visible: ElementContent = { type: 'text', value: text };
  const spoken: ElementContent = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['sr-only'] },
    children: [{ type: 'text', value: `: ${title}` }],
  };
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['answer-link'], href: `#${id}`, dataPagefindIgnore: true },
    children: [visible, spoken],
  };
}

/** A link beside an answer heading: visible words, then words only screen readers hear. */
function sideLink(modifier: string, href: string, visible: string, spoken: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['answer-link', `answer-link--${modifier}`],
      href,
      dataPagefindIgnore: true,
    },
    children: [
      { type: 'text', value: visible },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: spoken }],
      },
    ],
  };
}

/** Builds the "Cite" link to an answer's citation, named for screen readers. */
const citeLink = (href: string, title: string): Element =>
  sideLink('cite', href, 'Cite', ` this answer: ${title}`);

/** Builds the "Contents" link back to the list of answers. */
const backLink = (href: string): Element =>
  sideLink('back', href, 'Contents', ': back to the list of answers');

/** Adds a self-link (and optionally a citation link) after each h2–h4 that has an id. */
export default function rehypeAnswerLinks(options?: Readonly<Options> | null) {
  const text = options?.text ?? 'Link to this answer';

  return function (tree: Root): undefined {
    visit(tree, 'element', (node, index, parent) => {
      if (!ANSWER_HEADINGS.has(node.tagName) || index === undefined || !parent) return;
      const id = node.properties['id'];
      if (typeof id !== 'string' || id === '') return;
      // A visually hidden heading (the GFM footnotes' "Footnotes" label) gets no visible link.
      if (hasClass(node, 'sr-only')) return;

      const title = toString(node).trim();
      const links: Element[] = [answerLink(id, text, title)];
      if (options?.citeHref !== undefined) links.push(citeLink(options.citeHref(id), title));
      if (options?.backHref !== undefined) links.push(backLink(options.backHref));
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['answer-heading'] },
        children: [node, ...links],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}
