/**
 * Parses letters with Sätteri, the native (Rust) Markdown parser behind Astro 7,
 * instead of remark-parse. On the markdown letters are written in it gives the
 * same mdast, node for node and position for position, with GitHub-flavoured
 * Markdown (tables, footnotes, strikethrough, task lists, autolinks) built in,
 * and is about 18 times faster: remark-parse was two thirds of the time it took
 * to render a letter (4 ms of 6.4 ms), and so of a build with thousands of
 * letters. `tests/markdown/remark-satteri-parse.test.ts` checks the trees are
 * identical on every fixture and letter.
 *
 * Where the two are known to differ, remark-parse still parses: a footnote call
 * inside a link's text (`[the annex[^1]](…)`, where Sätteri drops the link) and a
 * NUL character (which remark replaces with U+FFFD). A letter with a footnote
 * or a NUL anywhere is parsed by remark; they are rare in letters.
 *
 * Use it in place of remark-parse and remark-gfm: the last plugin to set a
 * processor's parser is the one that parses.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { markdownToMdast } from 'satteri';
import { unified, type Plugin } from 'unified';

/** What Sätteri parses: CommonMark and GFM; the frontmatter is split off before a letter is parsed. */
const FEATURES = { gfm: true, frontmatter: false } as const;

/** Markdown on which Sätteri and remark are known to disagree: footnote calls, NUL. */
const REMARK_ONLY = /\[\^|\0/;

const remark = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses a letter's markdown into mdast: with Sätteri, or remark where they would differ. */
export function parseMarkdown(markdown: string): Root {
  if (REMARK_ONLY.test(markdown)) return remark.parse(markdown);
  // Sätteri's mdast is the unist/mdast shape remark builds (its types are its own).
  return markdownToMdast(markdown, { features: FEATURES }) as unknown as Root;
}

/** Makes the processor parse with Sätteri (see `parseMarkdown`). */
const remarkSatteriParse: Plugin<[], string, Root> = function () {
  this.parser = parseMarkdown;
};

export default remarkSatteriParse;
