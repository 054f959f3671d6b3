/**
 * Reads the letter's answers and plain text from the syntax tree Astro's markdown
 * pipeline has already parsed, and hands them on in the rendered entry's
 * metadata (`rendered.metadata.frontmatter.letterText`), where
 * `src/data/archive.ts` picks them up. Without it the archive parsed every letter
 * a second time (`readLetter`), which was the largest single cost of a build
 * with thousands of letters; and Astro's content cache keeps the result between
 * builds along with the rendered HTML.
 *
 * It must run after our other remark plugins (pipeline.ts puts it last), so it
 * sees the tree exactly as `readLetter` does. It changes nothing in the tree.
 */
import type { Root } from 'mdast';
import { readLetterTree, type LetterText } from '../lib/answers.ts';

/** The key under the rendered entry's `metadata.frontmatter`. */
export const LETTER_TEXT_KEY = 'letterText';

/** Puts the letter's `LetterText` into `file.data.astro.frontmatter.letterText`. */
export default function remarkLetterText() {
  return (tree: Root, file: { data: object }): void => {
    const text: LetterText = readLetterTree(tree);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[LETTER_TEXT_KEY] = text;
  };
}
