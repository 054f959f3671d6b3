import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { letterMarkdown, renderLetterMarkdown } from '../../src/markdown/pipeline.ts';
import { letterRehypePlugins, letterRemarkPlugins } from '../../src/markdown/plugins.ts';
import { readLetter } from '../../src/lib/answers.ts';
import remarkLetterText, { LETTER_TEXT_KEY } from '../../src/markdown/remark-letter-text.ts';
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

async function renderWithAstro(markdown: string): Promise<string> {
  // The same options astro.config.mjs passes (syntax highlighting off).
  const astro = await createMarkdownProcessor({ ...letterMarkdown, syntaxHighlight: false });
  const { code } = await astro.render(markdown, { fileURL: new URL('file:///letters/x.md') });
  return code;
}

describe('the letter pipeline', () => {
  it('renders exactly like Astro’s own processor with the same options', async () => {
    expect(await renderLetterMarkdown(sampleLetter)).toBe(await renderWithAstro(sampleLetter));
  });

  it('renders every sanitize fixture exactly like Astro’s own processor', async () => {
    for (const fixture of fixtureCases('sanitize')) {
      expect(await renderLetterMarkdown(fixture.input), fixture.name).toBe(
        await renderWithAstro(fixture.input),
      );
    }
  });

  it('gives Astro the same plugins it renders with, and then reads the letter’s text', () => {
    expect(letterMarkdown.remarkPlugins).toEqual([
      remarkSatteriParse,
      ...letterRemarkPlugins(),
      remarkLetterText,
    ]);
    expect(letterMarkdown.rehypePlugins).toEqual(letterRehypePlugins());
  });

  it('hands the archive exactly what readLetter reads, so letters are parsed once', async () => {
    const astro = await createMarkdownProcessor({ ...letterMarkdown, syntaxHighlight: false });
    const { metadata } = await astro.render(sampleLetter, { frontmatter: {} });
    expect(metadata.frontmatter[LETTER_TEXT_KEY]).toEqual(readLetter(sampleLetter));
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

  it('fails the build on a duplicate answer id naming the file', async () => {
    await expect(
      renderLetterMarkdown('## A\n\n## A\n', 'content/letters/2024/x.md'),
    ).rejects.toThrow('content/letters/2024/x.md: duplicate answer id "a"');
  });

  it('fails the build on an unknown letter block naming the file', async () => {
    await expect(
      renderLetterMarkdown('> [!warning]\n> x\n', 'content/letters/2024/x.md'),
    ).rejects.toThrow('content/letters/2024/x.md: unknown letter block marker "[!warning]"');
  });
});
