/**
 * Before Astro reads the content, checks every file in it as it is on disk
 * (`src/lib/content-files.ts`): names and extensions before Astro slugifies
 * them, bytes before they are decoded, YAML files that hold nothing. Fails the
 * build, or `astro dev`, naming each file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/archive.ts';
import { checkContentFile, publishedLetterSlug } from '../lib/content-files.ts';
import { contentRoot } from '../lib/content-location.ts';

/** What the content folder holds, read once as it is on disk. */
export interface ContentFiles {
  /** Every problem with its files, each named as `content/…` would be; undefined if none. */
  readonly error: ContentError | undefined;
  /** The slugs of its published letters (`publishedLetterSlug`), in the order of their files. */
  readonly letters: readonly string[];
}

/** Checks every file under `root`, and lists its published letters from the same bytes. */
export function checkContentFiles(root: string): ContentFiles {
  const label = relative(process.cwd(), root) || '.';
  const utf8 = new TextDecoder();
  const letters: string[] = [];
  const problems = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .flatMap((file) => {
      const path = relative(root, file).split(sep).join('/');
      const bytes = readFileSync(file);
      const found = checkContentFile(path, bytes, `${label}/${path}`);
      const slug =
        found.length === 0 ? publishedLetterSlug(path, () => utf8.decode(bytes)) : undefined;
      if (slug !== undefined) letters.push(slug);
      return found;
    });
  return { error: problems.length > 0 ? new ContentError(problems) : undefined, letters };
}

/**
 * The Astro integration, which checks the content files before anything is loaded,
 * and the published letters it found, for nothing-lost to count after the build
 * (`letters`; empty until the build has started).
 */
export default function contentFiles(): {
  integration: AstroIntegration;
  letters: () => readonly string[];
} {
  let letters: readonly string[] = [];
  const integration: AstroIntegration = {
    name: 'postbag-content-files',
    hooks: {
      'astro:config:setup': () => {
        const checked = checkContentFiles(contentRoot());
        if (checked.error !== undefined) throw checked.error;
        letters = checked.letters;
      },
    },
  };
  return { integration, letters: () => letters };
}
