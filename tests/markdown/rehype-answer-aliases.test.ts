import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeAnswerAliases from '../../src/markdown/rehype-answer-aliases.ts';
import remarkAnswerIds from '../../src/markdown/remark-answer-ids.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkAnswerIds)
  .use(remarkRehype)
  .use(rehypeAnswerAliases)
  .use(rehypeStringify)
  .freeze();

/** Renders markdown with the answers' old ids in `file.data`, as `renderLetterMarkdown` does. */
async function render(
  markdown: string,
  answerAliases?: Record<string, readonly string[]>,
): Promise<string> {
  const file = new VFile({
    value: markdown,
    data:
      answerAliases === undefined ? {} : { answerAliases: new Map(Object.entries(answerAliases)) },
  });
  return String(await processor.process(file));
}

describe('rehypeAnswerAliases', () => {
  it('keeps an answer’s old ids as anchors just before its heading', async () => {
    const html = await render('## Housing targets {#housing-targets}\n\nText.\n', {
      'housing-targets': ['housing', 'targets'],
    });
    expect(html).toBe(
      '<span id="housing" class="answer-alias"></span><span id="targets" class="answer-alias"></span><h2 id="housing-targets">Housing targets</h2>\n<p>Text.</p>',
    );
  });

  it('changes nothing without aliases', async () => {
    const markdown = '## Housing targets {#housing-targets}\n';
    expect(await render(markdown)).toBe('<h2 id="housing-targets">Housing targets</h2>');
    expect(await render(markdown, { 'housing-targets': [] })).toBe(
      '<h2 id="housing-targets">Housing targets</h2>',
    );
  });
});
