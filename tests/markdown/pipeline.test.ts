import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { renderLetterMarkdown } from '../../src/markdown/pipeline.ts';
import { letterRehypePlugins, letterRemarkPlugins } from '../../src/markdown/plugins.ts';
import remarkSatteriParse from '../../src/markdown/remark-satteri-parse.ts';
import { fixtureCases } from './fixtures.ts';

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
 * What Astro's own unified() processor makes of a letter with our plugins: the
 * site rendered letters this way until it took rendering over, so the pages'
 * HTML must not have changed.
 */
async function renderWithAstro(markdown: string): Promise<string> {
  const astro = await createMarkdownProcessor({
    gfm: true,
    smartypants: false,
    syntaxHighlight: false,
    remarkPlugins: [remarkSatteriParse, ...letterRemarkPlugins()],
    rehypePlugins: letterRehypePlugins(),
  });
  const { code } = await astro.render(markdown, { fileURL: new URL('file:///letters/x.md') });
  return code;
}

describe('the letter pipeline', () => {
  it('renders exactly like Astro’s own processor with the same plugins', async () => {
    expect(await renderLetterMarkdown(sampleLetter)).toBe(await renderWithAstro(sampleLetter));
  });

  it('renders every sanitize fixture exactly like Astro’s own processor', async () => {
    for (const fixture of fixtureCases('sanitize')) {
      expect(await renderLetterMarkdown(fixture.input), fixture.name).toBe(
        await renderWithAstro(fixture.input),
      );
    }
  });

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
    ).rejects.toThrow('content/letters/2024/x.md: duplicate answer id "a"');
  });

  it('fails the build on an unknown letter block naming the file', async () => {
    await expect(
      renderLetterMarkdown('> [!warning]\n> x\n', { path: 'content/letters/2024/x.md' }),
    ).rejects.toThrow('content/letters/2024/x.md: unknown letter block marker "[!warning]"');
  });
});
