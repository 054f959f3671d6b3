/**
 * Gives every answer heading (`##`–`####`), wherever it sits, a stable id, and
 * marks the headings the editors added (`{#id .editorial}`) as theirs.
 *
 * The id is set in remark rather than rehype so that it exists before Astro's
 * own `rehypeHeadingIds` runs (it runs after all user plugins and only fills in
 * ids that are missing), and so `src/lib/answers.ts` can reuse this exact step.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from './visit.ts';
import {
  AnswerIdRegistry,
  isAnswerDepth,
  parsePinnedId,
  type PinnedHeading,
} from './answer-ids.ts';
import { fileLabel, placeLabel, type NamedFile } from './file-label.ts';

/** A heading's visible text, as used for its slug and its title. */
export function headingText(heading: Heading): string {
  // Raw inline HTML (`<i>`) is markup, not words: its text children still count.
  return toString(heading, { includeHtml: false }).trim();
}

/** What a heading's trailing attributes pin: its id, and whether the editors wrote it. */
type HeadingAttributes = Omit<PinnedHeading, 'text'>;

/** Removes a trailing `{#id}` or `{#id .editorial}` from a heading's last text and returns it. */
function takeAttributes(heading: Heading): HeadingAttributes {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return { id: undefined, editorial: false };
  const { text, ...attributes } = parsePinnedId(last.value);
  if (attributes.id === undefined && !attributes.editorial) return attributes;
  // Keep a trailing space that separated the text from inline markup before it.
  last.value = last.value.slice(0, last.value.length - last.value.trimStart().length) + text;
  if (last.value.trim() === '') heading.children.pop();
  return attributes;
}

/** Tells whether an answer heading was marked as the editors' own, after this plugin has run. */
export function isEditorialHeading(heading: Heading): boolean {
  return heading.data?.hProperties?.[EDITORIAL_PROPERTY] === 'true';
}

/** The hast property that marks an editors' heading (`data-editorial="true"`). */
export const EDITORIAL_PROPERTY = 'dataEditorial';

/** Honours pinned `{#id}`s, slugs the rest, and fails on a duplicate naming the file. */
export default function remarkAnswerIds() {
  return function (tree: Root, file: NamedFile): undefined {
    const registry = new AnswerIdRegistry(fileLabel(file));
    visit(tree, 'heading', (node) => {
      if (!isAnswerDepth(node.depth)) return;
      const { id: pinnedId, editorial } = takeAttributes(node);
      const id = registry.assign({ text: headingText(node), pinnedId }, placeLabel(file, node));
      node.data ??= {};
      node.data.hProperties = {
        ...node.data.hProperties,
        id,
        ...(editorial ? { [EDITORIAL_PROPERTY]: 'true' } : {}),
      };
    });
  };
}
