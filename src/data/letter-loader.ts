/**
 * The letters' collection loader: Astro's glob loader, keeping only each letter's
 * frontmatter in the content store. The site reads a letter's markdown from its
 * file and renders it itself (`src/data/archive.ts`, `LetterView.astro`).
 *
 * Why: Astro keeps its whole content store in one JavaScript string, on disk and
 * while building, and compiles it into the build as one module. With each
 * letter's body, rendered HTML and metadata in it, the store was 32 kB a letter,
 * which V8's longest string (2²⁹ − 24 characters) caps at about 17,000 letters,
 * and compiling that module was most of a 10,000-letter build. Frontmatter alone
 * is about 1 kB a letter (2.1 MB for 2,000 synthetic letters); that module is compiled in
 * pieces (src/integrations/content-store-module.ts): as one string literal, reading it
 * still cost time quadratic in the number of letters.
 *
 * How: `retainBody: false` leaves the body out, and `deferRender: true` stops the
 * glob loader rendering during content sync. A deferred entry would become a
 * module for Vite to bundle, one per letter, to be rendered by `render()`; the
 * site never calls `render()` on a letter, so this loader drops that flag and
 * those module imports.
 *
 * Astro keeps the store between builds (in `node_modules/.astro`) and clears it
 * when the content config changes; a change to this file alone may not count, so
 * after changing what it stores, delete that folder or build with a fresh
 * `POSTBAG_CACHE_DIR`.
 */
import { glob, type Loader } from 'astro/loaders';

/** A glob loader for letters that stores their frontmatter and file path only. */
export function letterLoader(options: { base: string; pattern: string[] }): Loader {
  const files = glob({ ...options, retainBody: false, deferRender: true });
  return {
    name: 'postbag-letters',
    load: (context) =>
      files.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) => context.store.set({ ...entry, deferredRender: false }),
          addModuleImport: () => undefined,
        },
      }),
  };
}
