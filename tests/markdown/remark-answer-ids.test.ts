import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { DuplicateAnswerIdError, InvalidAnswerIdError } from '../../src/markdown/answer-ids.ts';
import remarkAnswerIds from '../../src/markdown/remark-answer-ids.ts';
import { testFixtures } from './fixtures.ts';

// The plugin alone, so each fixture shows only what it does.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkAnswerIds)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

async function render(markdown: string, path?: string): Promise<string> {
  return String(await processor.process(path === undefined ? markdown : { value: markdown, path }));
}

describe('remarkAnswerIds', () => {
  testFixtures('remark-answer-ids', render);

  it('fails on a duplicate answer id naming the file', async () => {
    const letter = '## Housing targets\n\nFirst.\n\n## Housing targets\n\nSecond.\n';
    const rendering = render(letter, 'content/letters/2024/x.md');
    await expect(rendering).rejects.toThrow(DuplicateAnswerIdError);
    await expect(render(letter, 'content/letters/2024/x.md')).rejects.toThrow(
      'content/letters/2024/x.md:5:1: duplicate answer id "housing-targets"',
    );
  });

  it('fails when a pinned id repeats the slug of another heading', async () => {
    const letter = '## Housing targets\n\n### Local plan {#housing-targets}\n';
    await expect(render(letter, 'a.md')).rejects.toThrow(
      'a.md:3:1: duplicate answer id "housing-targets"',
    );
  });

  it('fails on a malformed pinned id naming the file and the id', async () => {
    const rendering = render('## Housing {#Housing_Targets}\n', 'content/letters/2024/x.md');
    await expect(rendering).rejects.toThrow(InvalidAnswerIdError);
    await expect(
      render('## Housing {#Housing_Targets}\n', 'content/letters/2024/x.md'),
    ).rejects.toThrow('content/letters/2024/x.md:1:1: invalid pinned answer id "Housing_Targets"');
  });

  it('fails on a heading whose text gives no usable id', async () => {
    await expect(render('## ???\n', 'b.md')).rejects.toThrow(
      'b.md:1:1: heading "???" gives no usable answer id',
    );
  });

  it('fails on duplicates in different blockquotes and depths too', async () => {
    const letter = '> ## Your question\n\n#### Your question\n';
    await expect(render(letter, 'c.md')).rejects.toThrow(
      'c.md:3:1: duplicate answer id "your-question"',
    );
  });

  it('allows the same heading text outside h2 to h4', async () => {
    await expect(render('## Summary\n\n##### Summary\n')).resolves.toContain('<h2 id="summary">');
  });

  it('names the file relative to the working directory', async () => {
    const absolute = `${process.cwd()}/content/letters/2024/x.md`;
    await expect(render('## A\n\n## A\n', absolute)).rejects.toThrow(
      /^content\/letters\/2024\/x\.md:3:1: duplicate answer id "a"/,
    );
  });

  it('starts afresh for each file', async () => {
    await render('## Housing targets\n');
    await expect(render('## Housing targets\n')).resolves.toBe(
      '<h2 id="housing-targets">Housing targets</h2>',
    );
  });
});
