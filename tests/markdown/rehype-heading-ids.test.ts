import { rehypeHeadingIds as astroHeadingIds } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { letterRehypePlugins, letterRemarkPlugins } from '../../src/markdown/plugins.ts';
import rehypeHeadingIds from '../../src/markdown/rehype-heading-ids.ts';
import remarkSatteriParse from '../../src/markdown/remark-satteri-parse.ts';
import { everyFixtureAndLetter } from './fixtures.ts';

/** The letter pipeline, ending with one heading-ids plugin or the other. */
const pipeline = (headingIds: PluggableList[number]) =>
  unified()
    .use(remarkSatteriParse)
    .use(letterRemarkPlugins())
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
    .use(letterRehypePlugins())
    .use([headingIds])
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze();

const ours = pipeline(rehypeHeadingIds);
const astros = pipeline(astroHeadingIds);

/** Headings whose ids Astro makes in ways easy to get wrong. */
const AWKWARD = `# Title

# Title

##### Enclosure {with braces}

###### The \`{code}\` and *emphasis* and **strong {brace}**

# <span>Raw</span> heading

# Café – “quotes” & ampersands

# 

##### title

## Answer {#pinned}

# pinned
`;

describe('rehypeHeadingIds', () => {
  it('ids the headings that are not answers from their text, made unique', async () => {
    expect(String(await ours.process('# Title\n\n# Title\n\n##### Enclosure\n'))).toBe(
      '<h1 id="title">Title</h1>\n<h1 id="title-1">Title</h1>\n<h5 id="enclosure">Enclosure</h5>',
    );
  });

  it('makes the ids Astro makes of awkward headings', async () => {
    const html = String(await ours.process(AWKWARD));
    expect(html).toBe(String(await astros.process(AWKWARD)));
    expect(html).toContain('<h5 id="enclosure-with-braces">');
    expect(html).toContain('<h1 id="title-1">Title</h1>');
  });

  it.each(everyFixtureAndLetter())('makes the ids Astro makes: $name', async ({ markdown }) => {
    expect(String(await ours.process(markdown))).toBe(String(await astros.process(markdown)));
  });
});
