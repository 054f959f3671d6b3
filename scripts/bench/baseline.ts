/**
 * The baseline the archive is measured against: the least a site can do with
 * the same tools. A tiny Astro project, generated in a folder inside the project
 * (under node_modules/.cache/) with `node_modules` a symlink to the project's own,
 * so it builds with exactly the same Astro and Pagefind. One route renders each
 * letter's markdown body with Astro's default markdown (no plugins, no schema);
 * then the Pagefind CLI indexes the result (`pagefind --site dist`). With
 * `--baseline-store pieces` its one integration compiles Astro's content store as
 * the site does (see `BASELINE_STORES`).
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * How the baseline's Astro compiles its content store: as Astro does, one string
 * literal that V8 reads in time quadratic in its length (`one`), or in the site's
 * pieces (`pieces`, src/integrations/content-store-module.ts), which takes that
 * parse out of the baseline: a reference that does not move with the price of a
 * page fault (docs/performance.md).
 */
export const BASELINE_STORES = ['one', 'pieces'] as const;
export type BaselineStore = (typeof BASELINE_STORES)[number];

const config = (store: BaselineStore, projectRoot: string) => {
  const plugin = join(projectRoot, 'src', 'integrations', 'content-store-module.ts');
  const [imports, integrations] =
    store === 'pieces'
      ? [
          `import contentStoreModule from ${JSON.stringify(plugin)};\n`,
          '\n  integrations: [contentStoreModule()],',
        ]
      : ['', ''];
  return `import { defineConfig } from 'astro/config';
${imports}
// The cache stays in this folder: the default would be the shared node_modules/.astro.
export default defineConfig({
  cacheDir: './.astro-cache',
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },${integrations}
});
`;
};

const contentConfig = (lettersDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  letters: defineCollection({ loader: glob({ base: ${JSON.stringify(lettersDir)}, pattern: '**/*.md' }) }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const letters = await getCollection('letters');
  return letters.map((entry) => ({ params: { slug: entry.id.split('/').pop() }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><h1>{entry.data.title}</h1><Content /></body>
</html>
`;

const NOT_FOUND = `<html lang="en"><head><meta charset="utf-8" /><title>Not found</title></head><body><p>Not found</p></body></html>
`;

/**
 * Writes the baseline project into `dir` (emptied first) for the letters in `lettersDir`,
 * its content store compiled as `store` says.
 */
export function writeBaselineProject(
  dir: string,
  lettersDir: string,
  projectRoot: string,
  store: BaselineStore = 'one',
): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', 'letters'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'postbag-bench-baseline', private: true, type: 'module' })}\n`,
  );
  writeFileSync(join(dir, 'astro.config.mjs'), config(store, projectRoot));
  writeFileSync(join(dir, 'src', 'content.config.ts'), contentConfig(resolve(lettersDir)));
  writeFileSync(join(dir, 'src', 'pages', 'letters', '[slug].astro'), PAGE);
  // A static host serves it for unknown paths (the browser asks for /favicon.ico).
  writeFileSync(join(dir, 'src', 'pages', '404.astro'), NOT_FOUND);
}
