/**
 * A letter file read as Astro's markdown loader reads it: its frontmatter found
 * and parsed with the same function and options (`parseFrontmatter`: a byte-order
 * mark, CRLF line endings and YAML's `True` read as the loader reads them), and
 * its body split off and trimmed. The site renders the body (`src/data/archive.ts`,
 * which reads it without the frontmatter); the nothing-lost check reads `draft`
 * through it (`src/integrations/nothing-lost.ts`); the markdown tests and the
 * benchmark read letters through it too, so they all see what the site sees.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';

/** A letter file's markdown, split off its frontmatter. */
export interface LetterBody {
  /** The markdown after the frontmatter, trimmed. */
  readonly body: string;
  /** The line of the file the trimmed body starts on (1-based), so messages can name lines of the file. */
  readonly bodyLine: number;
}

/** A letter file, split. */
export interface LetterSource extends LetterBody {
  /** The frontmatter as the loader parses it, before schema validation (`{}` when there is none). */
  readonly frontmatter: Readonly<Record<string, unknown>>;
}

/** A TOML frontmatter's fence, which `parseFrontmatter` also accepts; else it is `---`. */
const TOML_FENCE = /(?:^\uFEFF?|^\s*\n)\+\+\+/;

/**
 * A letter file's body and the line it starts on, without parsing its frontmatter:
 * the frontmatter found as `parseFrontmatter` finds it, and the body what follows it,
 * trimmed (what the loader's `content.trim()` is, as the loader only blanks the
 * frontmatter). The site reads each letter's body twice a build, after the loader
 * has parsed and checked its frontmatter; parsing that YAML again each time was
 * 5 % of building the written-answers corpus.
 */
export function readLetterBody(source: string): LetterBody {
  const frontmatter = extractFrontmatter(source);
  let after = 0;
  if (frontmatter !== undefined) {
    const fence = TOML_FENCE.test(source) ? '+++' : '---';
    const block = `${fence}${frontmatter}${fence}`;
    after = source.indexOf(block) + block.length;
  }
  const body = source.slice(after).trim();
  const start = body === '' ? after : source.indexOf(body, after);
  return { body, bodyLine: source.slice(0, start).split('\n').length };
}

/** Splits a letter file into its frontmatter and body; throws if the frontmatter is not YAML. */
export function readLetterSource(source: string): LetterSource {
  const { frontmatter } = parseFrontmatter(source, { frontmatter: 'preserve' });
  return { frontmatter, ...readLetterBody(source) };
}

/** The markdown after a letter file's frontmatter. */
export function letterBody(source: string): string {
  return readLetterBody(source).body;
}

/** Whether a letter file is a draft, read exactly as the content loader reads `draft`. */
export function isDraftSource(source: string): boolean {
  return readLetterSource(source).frontmatter['draft'] === true;
}
