/**
 * Gives every heading without an id (a letter's h1, h5 and h6: answers already
 * have theirs, from `remarkAnswerIds`) one made from its text, as Astro 7's
 * `rehypeHeadingIds` does, with the same slugs, but in one cheap walk
 * (`./visit.ts`) instead of unist-util-visit's two, and without the `headings`
 * list Astro keeps for a page's table of contents, which the site never reads.
 * `tests/markdown/rehype-heading-ids.test.ts` compares the two on every fixture,
 * letter and awkward heading.
 *
 * As Astro's: the text is the heading's text and raw nodes, in order, except a
 * raw node that is a lone tag (Astro also writes a `{` outside code as `${`, for
 * MDX, but github-slugger drops the `$` again, so that is left out); slugs are
 * github-slugger's, made unique within the letter, and an id the heading already
 * has is kept and not counted.
 */
import Slugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { visit } from './visit.ts';

/** h1 to h6, as Astro tells them (`/h([0-6])/` on a tag starting with h). */
const isHeading = (node: Element): boolean =>
  node.tagName.startsWith('h') && /h([0-6])/.test(node.tagName);

/** A raw node Astro leaves out of a heading's text: one tag on its own. */
const LONE_TAG = /^\n?<.*>\n?$/;

/** The text Astro slugs a heading by. */
function headingText(heading: Element): string {
  let text = '';
  const add = (parent: Element): void => {
    for (const node of parent.children) {
      if (node.type === 'element') add(node);
      else if (node.type === 'text' || (node.type === 'raw' && !LONE_TAG.test(node.value)))
        text += node.value;
    }
  };
  add(heading);
  return text;
}

/** Fills in the missing heading ids of a letter. */
export default function rehypeHeadingIds() {
  return (tree: Root): undefined => {
    const slugger = new Slugger();
    visit(tree, 'element', (node) => {
      if (!isHeading(node) || typeof node.properties['id'] === 'string') return;
      node.properties['id'] = slugger.slug(headingText(node));
    });
  };
}
