import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { renderLetterMarkdown } from '../../src/markdown/pipeline.ts';
import { letterRehypePlugins, letterRemarkPlugins } from '../../src/markdown/plugins.ts';
import rehypeRawWhereNeeded from '../../src/markdown/rehype-raw-where-needed.ts';
import remarkSatteriParse from '../../src/markdown/remark-satteri-parse.ts';
import { everyFixtureAndLetter } from './fixtures.ts';

const sampleLetter = `> [!letterhead]
> Department of Health and Social Care

Dear Ms Smith,

## Housing targets {#housing}

Thank you for your letter of 3 September.  
The council's "figures" -- as you say -- are out of date.

> [!transcription-note]
> Page 2 is torn.

### Local plan

<p onclick="alert(1)">See <b>annex A</b>.</p><script>alert(2)</script>

# Title in the body

##### Enclosure

Yours sincerely[^1]

[^1]: Signed in the Minister's absence.
`;

/**
 * The pipeline with rehype-raw run on every letter, as the site did before it
 * learnt to skip letters with no raw HTML: skipping must change nothing.
 */
const alwaysRaw = unified()
  .use(remarkSatteriParse)
  .use(letterRemarkPlugins())
  .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
  .use(
    letterRehypePlugins().map((plugin) => (plugin === rehypeRawWhereNeeded ? rehypeRaw : plugin)),
  )
  .use(rehypeHeadingIds)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** An HTML fragment as parsed, without source positions. */
const documentOf = (html: string): unknown =>
  JSON.parse(
    JSON.stringify(fromHtml(html, { fragment: true }), (key, value: unknown) =>
      key === 'position' ? undefined : value,
    ),
  );

describe('the letter pipeline', () => {
  it('parses raw HTML before sanitizing it', async () => {
    const html = await renderLetterMarkdown(sampleLetter);
    expect(html).toContain('<p>See <b>annex A</b>.</p>');
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('alert(2)');
  });

  it.each(everyFixtureAndLetter())(
    'renders the same document as with rehype-raw run on every letter: $name',
    async ({ markdown }) => {
      // The same elements, attributes and text; rehype-raw writes a boolean
      // attribute as `data-footnote-ref=""` where it is otherwise bare, which
      // parses to the same.
      expect(documentOf(await renderLetterMarkdown(markdown))).toEqual(
        documentOf(String(await alwaysRaw.process(markdown))),
      );
    },
  );

  it('keeps letters verbatim: no smart quotes or dashes', async () => {
    const html = await renderLetterMarkdown(
      'The council\'s "figures" -- as you say -- are out of date.\n',
    );
    expect(html).toBe('<p>The council\'s "figures" -- as you say -- are out of date.</p>');
  });

  it('keeps the answer link hidden from search, because it is added after sanitizing', async () => {
    const html = await renderLetterMarkdown('## Housing targets\n');
    expect(html).toContain(
      '<a class="answer-link" href="#housing-targets" data-pagefind-ignore>Link to this answer<span class="sr-only">: Housing targets</span></a>',
    );
  });

  it('lets Astro id the headings that are not answers', async () => {
    const html = await renderLetterMarkdown('# Title\n\n##### Enclosure\n');
    expect(html).toBe('<h1 id="title">Title</h1>\n<h5 id="enclosure">Enclosure</h5>');
  });

  it('keeps the old ids it is given as anchors before their answers', async () => {
    const html = await renderLetterMarkdown('## Housing targets\n', {
      answerAliases: new Map([['housing-targets', ['housing']]]),
    });
    expect(html).toContain(
      '<span id="housing" class="answer-alias"></span><h2 id="housing-targets">',
    );
  });

  it('fails the build on a duplicate answer id naming the file', async () => {
    await expect(
      renderLetterMarkdown('## A\n\n## A\n', { path: 'content/letters/2024/x.md' }),
    ).rejects.toThrow('content/letters/2024/x.md:3:1: duplicate answer id "a"');
  });

  it('fails the build on an unknown letter block naming the file', async () => {
    await expect(
      renderLetterMarkdown('> [!warning]\n> x\n', { path: 'content/letters/2024/x.md' }),
    ).rejects.toThrow('content/letters/2024/x.md:1:1: unknown letter block marker "[!warning]"');
  });
});
