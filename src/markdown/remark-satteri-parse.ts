/**
 * Parses letters with Sätteri, the native (Rust) Markdown parser behind Astro 7,
 * instead of remark-parse. It gives the same mdast, node for node and position
 * for position, with GitHub-flavoured Markdown (tables, footnotes, strikethrough,
 * task lists, autolinks) built in, and is about 18 times faster: remark-parse was
 * two thirds of the time it took to render a letter (4 ms of 6.4 ms), and so of
 * a build with thousands of letters. `tests/markdown/remark-satteri-parse.test.ts`
 * checks the trees are identical on every fixture and letter.
 *
 * Use it in place of remark-parse and remark-gfm, or after them: the last
 * plugin to set a processor's parser is the one that parses.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { Plugin } from 'unified';

/** What Sätteri parses: CommonMark and GFM; the frontmatter is split off before a letter is parsed. */
const FEATURES = { gfm: true, frontmatter: false } as const;

/** Parses a letter's markdown into mdast with Sätteri. */
export function parseMarkdown(markdown: string): Root {
  // Sätteri's mdast is the unist/mdast shape remark builds (its types are its own).
  return markdownToMdast(markdown, { features: FEATURES }) as unknown as Root;
}

/** Makes the processor parse with Sätteri. */
const remarkSatteriParse: Plugin<[], string, Root> = function () {
  this.parser = parseMarkdown;
};

export default remarkSatteriParse;
