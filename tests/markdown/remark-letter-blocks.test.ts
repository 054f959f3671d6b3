import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkLetterBlocks, {
  UnknownLetterBlockError,
} from '../../src/markdown/remark-letter-blocks.ts';
import { testFixtures } from './fixtures.ts';

function processorWith(options?: Parameters<typeof remarkLetterBlocks>[0]) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkLetterBlocks, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .freeze();
}

const processor = processorWith();

async function render(markdown: string, path?: string): Promise<string> {
  return String(await processor.process(path === undefined ? markdown : { value: markdown, path }));
}

describe('remarkLetterBlocks', () => {
  testFixtures('remark-letter-blocks', render);

  it('fails on an unknown marker naming the file and the marker', async () => {
    const rendering = render('> [!NOTE]\n> Useful information.\n', 'content/letters/2024/x.md');
    await expect(rendering).rejects.toThrow(UnknownLetterBlockError);
    await expect(
      render('> [!NOTE]\n> Useful information.\n', 'content/letters/2024/x.md'),
    ).rejects.toThrow('content/letters/2024/x.md:1:1: unknown letter block marker "[!NOTE]"');
  });

  it('fails on an unknown marker that parses as a link reference', async () => {
    const letter = '> [!footer]\n> Printed on recycled paper.\n\n[!footer]: https://example.org/\n';
    await expect(render(letter, 'd.md')).rejects.toThrow(
      'd.md:1:1: unknown letter block marker "[!footer]"',
    );
  });

  it('takes the note label from its options', async () => {
    const html = String(
      await processorWith({ noteLabel: 'Editor’s note' }).process(
        '> [!transcription-note]\n> Torn.\n',
      ),
    );
    expect(html).toContain('aria-label="Editor’s note"');
    expect(html).toContain('<strong>Editor’s note:</strong> Torn.');
  });
});
