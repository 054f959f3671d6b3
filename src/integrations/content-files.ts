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
import { checkContentFile } from '../lib/content-files.ts';
import { contentRoot } from '../lib/content-location.ts';

/** Every problem with the files under `root`, each named as `content/…` would be. */
export function checkContentFiles(root: string): ContentError | undefined {
  const label = relative(process.cwd(), root) || '.';
  const problems = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .flatMap((file) => {
      const path = relative(root, file).split(sep).join('/');
      return checkContentFile(path, readFileSync(file), `${label}/${path}`);
    });
  return problems.length > 0 ? new ContentError(problems) : undefined;
}

/** The Astro integration: checks the content files before anything is loaded. */
export default function contentFiles(): AstroIntegration {
  return {
    name: 'postbag-content-files',
    hooks: {
      'astro:config:setup': () => {
        const error = checkContentFiles(contentRoot());
        if (error !== undefined) throw error;
      },
    },
  };
}
