import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { renderLetterMarkdown } from '../../src/markdown/pipeline.ts';

const speakers = new Map([['trust', { name: 'Chief Executive, A Trust', href: '/people/chief/' }]]);

const body = `I asked the trust.

> [!quote trust]
> "Thank you.
>
> ### 8. Who is responsible? {#question-8}
>
> The practices are.

> A plain quotation.

## Rural health {#rural .editorial}

Text.
`;

async function rendered(markdown = body) {
  return fromHtml(await renderLetterMarkdown(markdown, { speakers }), { fragment: true });
}

describe('rehypeAttributions', () => {
  it('captions a quote with its speaker, linked to their page, outside the quoted words', async () => {
    const tree = await rendered();
    const figure = select('figure.quotation', tree);
    expect(figure).toBeDefined();
    const caption = select('figcaption', figure);
    expect(toText(caption ?? { type: 'root', children: [] })).toBe(
      'Quoted in this letter, the words of Chief Executive, A Trust:',
    );
    expect(select('figcaption a', figure)?.properties['href']).toBe('/people/chief/');
    expect(caption?.properties).toHaveProperty('dataPagefindIgnore');
    // The blockquote holds the speaker's words only.
    expect(toText(select('blockquote', figure) ?? tree)).not.toContain('Quoted in this letter');
  });

  it('names the speaker under each answer heading inside the quote', async () => {
    const tree = await rendered();
    const line = select('.answer-heading:has(#question-8) + p.answer-speaker', tree);
    expect(toText(line ?? { type: 'root', children: [] })).toBe(
      'Answer by Chief Executive, A Trust, quoted in this letter',
    );
  });

  it('leaves a plain quotation, and a quote whose speaker it was not told, as a blockquote', async () => {
    const tree = await rendered();
    expect(selectAll('figure', tree)).toHaveLength(1);
    const bare = fromHtml(await renderLetterMarkdown(body), { fragment: true });
    expect(selectAll('figure', bare)).toHaveLength(0);
    expect(selectAll('.answer-speaker', bare)).toHaveLength(0);
  });

  it('marks a heading the editors added, in words a screen reader reads', async () => {
    const tree = await rendered();
    const heading = select('h2#rural', tree);
    expect(toText(heading ?? tree)).toBe('Rural health (editors’ heading)');
    expect(heading?.properties['className']).toEqual(['editorial-heading']);
    expect(select('h3#question-8 .editorial-mark', tree)).toBeUndefined();
  });

  it('does not let a letter’s own HTML mark a heading or a quote with anything but the allowed values', async () => {
    const tree = await rendered(
      '<h2 id="x" data-editorial="yes">X</h2>\n\n<blockquote data-speaker="Bad Key">Y</blockquote>\n',
    );
    expect(select('h2', tree)?.properties['dataEditorial']).toBeUndefined();
    expect(select('blockquote', tree)?.properties['dataSpeaker']).toBeUndefined();
  });
});
