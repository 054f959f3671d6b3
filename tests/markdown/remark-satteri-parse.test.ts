import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/remark-satteri-parse.ts';
import { everyFixtureAndLetter } from './fixtures.ts';

// The parser the site used before, and the one Astro's unified() processor still starts with.
const remark = unified().use(remarkParse).use(remarkGfm);

/** A tree without `data`, where remark and Sätteri may keep different private data. */
const shape = (tree: unknown): unknown =>
  JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'data' ? undefined : value)));

const documents = everyFixtureAndLetter();

describe('parsing letters with Sätteri', () => {
  it('has real letters and edge cases to compare', () => {
    expect(documents.filter((d) => d.name.includes('content/letters')).length).toBeGreaterThan(1);
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents)('gives the tree remark-parse and remark-gfm give: $name', ({ markdown }) => {
    expect(shape(parseMarkdown(markdown))).toEqual(shape(remark.runSync(remark.parse(markdown))));
  });

  it('keeps positions, which error messages quote', () => {
    const tree = parseMarkdown('Dear Sir,\n\n## Housing\n');
    expect(tree.children[1]?.position?.start).toMatchObject({ line: 3, column: 1, offset: 11 });
  });
});
