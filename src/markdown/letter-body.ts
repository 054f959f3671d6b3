/**
 * A letter file's markdown body: the text after its frontmatter, split off and
 * trimmed exactly as Astro's markdown loader does it. The site renders this
 * (`src/data/archive.ts`); the markdown tests and the benchmark read letters
 * through it too, so they see what the site sees.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** The markdown after a letter file's frontmatter; throws if the frontmatter is not YAML. */
export function letterBody(source: string): string {
  return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content.trim();
}
