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
  /** The line of the file the trimmed body starts on (1-based), so messages can name lines of the file. */
  readonly bodyLine: number;
}

/** Splits a letter file into its frontmatter and body; throws if the frontmatter is not YAML. */
export function readLetterSource(source: string): LetterSource {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  const body = content.trim();
  // The content is the file's tail unless the parser changed line endings; find the body either way.
  const tail = source.endsWith(content) ? source.length - content.length : 0;
  const start = body === '' ? tail : source.indexOf(body, tail);
  const bodyLine = source.slice(0, Math.max(start, 0)).split('\n').length;
  return { frontmatter, body, bodyLine };
}

/** The markdown after a letter file's frontmatter; throws if the frontmatter is not YAML. */
export function letterBody(source: string): string {
  return readLetterSource(source).body;
}

/** Whether a letter file is a draft, read exactly as the content loader reads `draft`. */
export function isDraftSource(source: string): boolean {
  return readLetterSource(source).frontmatter['draft'] === true;
}
