/**
 * The letter markdown pipeline: the one way a letter's markdown becomes the HTML
 * its page shows. The plugin lists live in plugins.ts; `src/lib/answers.ts` runs
 * the same parser and remark plugins to list a letter's answers, so the ids it
 * lists are the ids the page carries.
 *
 *   Sätteri (parse) → OUR REMARK PLUGINS → remark-rehype { allowDangerousHtml }
 *   → OUR REHYPE PLUGINS (rehype-raw, no external resources, rehype-sanitize, attributions,
 *     malformed links, answer links, aliases)
 *   → rehypeHeadingIds → rehype-stringify
 *
 * The site renders letters itself, at page time, rather than through Astro's
 * content layer (see `src/data/letter-loader.ts` for why). The steps are the
 * ones Astro 7's `unified()` processor ran, minus image handling, syntax
 * highlighting and smart punctuation (unused, or wrong for verbatim letters),
 * and minus its second rehype-raw pass, which had nothing left to parse:
 *
 * - Raw HTML arrives as `raw` nodes. hast-util-sanitize drops `raw` nodes whole,
 *   taking their words with them (`<p>Dear <b>Sir</b></p>` would vanish), so
 *   rehype-raw parses them into elements before rehype-sanitize runs.
 * - rehype-sanitize runs after everything that creates markup from the letter
 *   and before `rehypeAnswerLinks`, whose trusted markup (`data-pagefind-ignore`,
 *   `.sr-only`) therefore need not be allowed to letter authors.
 * - `rehypeHeadingIds` gives the headings that are not answers (h1, h5, h6) an
 *   id, as Astro's plugin of that name does, with the same slugs, at a fraction
 *   of the cost (see rehype-heading-ids.ts); it only sets ids that are missing,
 *   so the answer ids from `remarkAnswerIds` are the ones published.
 * - Every plugin of ours walks the tree with `./visit.ts`, unist-util-visit's
 *   walk without its cost a node.
 */
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { fileLabel } from './file-label.ts';
import { letterRehypePlugins, letterRemarkPlugins } from './plugins.ts';
import rehypeHeadingIds from './rehype-heading-ids.ts';
import type { AnswerAliases } from './rehype-answer-aliases.ts';
import type { SpeakerLabels } from './rehype-attributions.ts';
import remarkSatteriParse from './remark-satteri-parse.ts';

const letterProcessor = unified()
  .use(remarkSatteriParse)
  .use(letterRemarkPlugins())
  .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
  .use(letterRehypePlugins())
  .use(rehypeHeadingIds)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** What the renderer needs besides the markdown. */
export interface RenderOptions {
  /** The letter's file, named in errors. */
  readonly path?: string | undefined;
  /** Old ids of the letter's answers, by current id, kept as anchors. */
  readonly answerAliases?: AnswerAliases | undefined;
  /** The people or bodies the letter quotes, by the key its `[!quote key]` blocks use. */
  readonly speakers?: SpeakerLabels | undefined;
  /**
   * Told each warning, as `file:line:column: reason` (an image from another site
   * that the page does not show, say), or `file: reason` when it has no place (a
   * malformed link). Default: the build log, as `warning: …`.
   */
  readonly onWarning?: ((warning: string) => void) | undefined;
}

/** A vfile message as one line naming the file and, when it has one, the place. */
function warningLine(file: VFile, message: VFile['messages'][number]): string {
  const place = message.line === undefined ? '' : `:${message.line}:${message.column ?? 1}`;
  return `${fileLabel(file)}${place}: ${message.reason}`;
}

const logWarning = (warning: string): void => {
  console.warn(`warning: ${warning}`);
};

/** Renders a letter's markdown to the HTML its page shows. */
export async function renderLetterMarkdown(
  markdown: string,
  { path, answerAliases, speakers, onWarning = logWarning }: RenderOptions = {},
): Promise<string> {
  const file = new VFile({
    value: markdown,
    path,
    data: {
      ...(answerAliases === undefined ? {} : { answerAliases }),
      ...(speakers === undefined ? {} : { speakers }),
    },
  });
  const done = await letterProcessor.process(file);
  // Warnings (an image from another site, a malformed link kept as text) name the file.
  for (const message of done.messages) onWarning(warningLine(done, message));
  return String(done.value);
}
