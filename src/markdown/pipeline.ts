/**
 * The letter markdown pipeline. The plugin lists live in plugins.ts and are used
 * both by the site (`astro.config.mjs` passes `letterMarkdown` to Astro's
 * `unified()`) and by `renderLetterMarkdown()` for tests and tools.
 *
 * How Astro 7's `unified()` processor (`@astrojs/markdown-remark`
 * `createMarkdownProcessor`) runs, and what that means here:
 *
 *   remark-parse → remark-gfm → [remark-smartypants] → OUR REMARK PLUGINS
 *   (the first of which, remarkSatteriParse, swaps remark-parse for Sätteri)
 *   → remarkCollectImages → remark-rehype { allowDangerousHtml: true }
 *   → [syntax highlighter] → OUR REHYPE PLUGINS → rehypeImages
 *   → rehypeHeadingIds → rehype-raw → rehype-stringify { allowDangerousHtml: true }
 *
 * - Raw HTML is kept as `raw` nodes until Astro's own rehype-raw, *after* every
 *   user plugin, so a sanitizer there would see unparsed strings. hast-util-sanitize
 *   drops `raw` nodes whole, taking their words with them (`<p>Dear <b>Sir</b></p>`
 *   would vanish). So we run rehype-raw ourselves first; Astro's later pass then
 *   has nothing left to parse.
 * - `rehypeHeadingIds` runs after our plugins and only sets ids that are
 *   missing, so the answer ids from `remarkAnswerIds` are the ones published.
 * - rehype-sanitize runs after everything that creates markup from the letter
 *   and before `rehypeAnswerLinks`, whose trusted markup (`data-pagefind-ignore`,
 *   `.sr-only`) therefore need not be allowed to letter authors.
 */
import { rehypeHeadingIds, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { letterRehypePlugins, letterRemarkPlugins } from './plugins.ts';
import remarkLetterText from './remark-letter-text.ts';
import remarkSatteriParse from './remark-satteri-parse.ts';

/** Options for Astro's `unified()` processor; smartypants is off because letters are verbatim. */
export const letterMarkdown = {
  gfm: true,
  smartypants: false,
  // remarkSatteriParse replaces Astro's remark-parse (see remark-satteri-parse.ts);
  // remarkLetterText last: it reads the tree our other plugins have finished with.
  remarkPlugins: [remarkSatteriParse, ...letterRemarkPlugins(), remarkLetterText],
  rehypePlugins: letterRehypePlugins(),
} satisfies UnifiedProcessorOptions;

// Mirrors Astro's processor (see above) minus what needs a running Astro:
// image handling and syntax highlighting, both unused by letters. The trailing
// rehypeHeadingIds and rehype-raw are Astro's own, kept so output matches the
// site byte for byte (h1/h5/h6 get Astro's ids; the second raw pass is a no-op).
const letterProcessor = unified()
  .use(remarkSatteriParse)
  .use(letterRemarkPlugins())
  .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
  .use(letterRehypePlugins())
  .use(rehypeHeadingIds)
  .use(rehypeRaw)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** Renders a letter's markdown to HTML exactly as the site does; `path` names the file in errors. */
export async function renderLetterMarkdown(markdown: string, path?: string): Promise<string> {
  const file = await letterProcessor.process(
    path === undefined ? markdown : { value: markdown, path },
  );
  return String(file.value);
}
