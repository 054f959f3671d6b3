/**
 * A letter file read as Astro's markdown loader reads it: its frontmatter
 * parsed and its body split off and trimmed, with the same function and options
 * (`parseFrontmatter`, `empty-with-spaces`: a byte-order mark, CRLF line endings
 * and YAML's `True` read as the loader reads them). The site renders the body
 * (`src/data/archive.ts`); the nothing-lost check reads `draft` through it
 * (`src/integrations/nothing-lost.ts`); the markdown tests and the benchmark
 * read letters through it too, so they all see what the site sees.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** A letter file, split. */
export interface LetterSource {
  /** The frontmatter as the loader parses it, before schema validation (`{}` when there is none). */
  readonly frontmatter: Readonly<Record<string, unknown>>;
  /** The markdown after the frontmatter, trimmed. */
  readonly body: string;
}

/** Splits a letter file into its frontmatter and body; throws if the frontmatter is not YAML. */
export function readLetterSource(source: string): LetterSource {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  return { frontmatter, body: content.trim() };
}

/** The markdown after a letter file's frontmatter; throws if the frontmatter is not YAML. */
export function letterBody(source: string): string {
  return readLetterSource(source).body;
}

/** Whether a letter file is a draft, read exactly as the content loader reads `draft`. */
export function isDraftSource(source: string): boolean {
  return readLetterSource(source).frontmatter['draft'] === true;
}
