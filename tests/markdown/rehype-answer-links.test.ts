import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeAnswerLinks from '../../src/markdown/rehype-answer-links.ts';
import remarkAnswerIds from '../../src/markdown/remark-answer-ids.ts';
import { testFixtures } from './fixtures.ts';

function processorWith(options?: Parameters<typeof rehypeAnswerLinks>[0]) {
  // remarkAnswerIds supplies the ids the links point at.
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkAnswerIds)
    .use(remarkRehype)
    .use(rehypeAnswerLinks, options)
    .use(rehypeStringify)
    .freeze();
}

const processor = processorWith();

describe('rehypeAnswerLinks', () => {
  testFixtures('rehype-answer-links', async (markdown) =>
    String(await processor.process(markdown)),
  );

  it('keeps the link out of the heading so its accessible name stays the heading text', async () => {
    const html = String(await processor.process('## Housing targets\n'));
    expect(html).toMatch(/<h2 id="housing-targets">Housing targets<\/h2><a class="answer-link"/);
  });

  it('takes the visible words from its options and tells screen readers which answer', async () => {
    const html = String(await processorWith({ text: 'Permalink' }).process('## GP access\n'));
    expect(html).toContain('>Permalink<span class="sr-only">: GP access</span></a>');
  });

  it('adds a link to the answer’s citation when asked', async () => {
    const html = String(
      await processorWith({ citeHref: (id) => `#cite-${id}` }).process('## GP access\n'),
    );
    expect(html).toContain(
      '<a class="answer-link answer-link--cite" href="#cite-gp-access" data-pagefind-ignore>Cite<span class="sr-only"> this answer: GP access</span></a>',
    );
  });

  it('adds a link back to the list of answers when asked', async () => {
    const html = String(
      await processorWith({ backHref: '#on-this-page' }).process('## GP access\n'),
    );
    expect(html).toContain(
      '<a class="answer-link answer-link--back" href="#on-this-page" data-pagefind-ignore>Contents<span class="sr-only">: back to the list of answers</span></a>',
    );
  });
});
