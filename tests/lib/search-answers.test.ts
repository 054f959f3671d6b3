import { describe, expect, it } from 'vitest';
import {
  answerResults,
  answerSpeaker,
  excerptParts,
  splitSections,
  type IndexedPage,
} from '../../src/lib/search-answers';
import { parseQuery } from '../../src/lib/search-match';

/** A page as Pagefind gives it: content split at whitespace, anchors at word locations. */
function page(
  parts: [string | undefined, string][],
  meta: Record<string, string> = {},
): IndexedPage {
  let content: string[] = [];
  const anchors: IndexedPage['anchors'][number][] = [];
  for (const [id, text] of parts) {
    if (id !== undefined) {
      const heading = text.split('.')[0] ?? '';
      anchors.push({ element: 'h2', id, text: heading, location: content.length });
    }
    content = [...content, ...text.split(/\s+/)];
  }
  anchors.push({ element: 'section', id: 'cite', location: content.length });
  return {
    url: '/letters/a/',
    content: content.join(' '),
    meta: { title: 'Letter A', from: 'Ann Minister MP', ...meta },
    anchors,
  };
}

const letter = page(
  [
    [undefined, 'Letter A. From Ann Minister MP. Topics: GP workforce, Housing targets.'],
    ['gp', 'GP numbers. We recruited more GPs in Wixams.'],
    ['practices', 'Who is responsible. Practices recruit their own staff.'],
    ['growth', 'New homes. Will GP practices cope with housing growth? Targets are local.'],
    ['housing-targets', 'Housing targets. The housing targets were changed.'],
  ],
  {
    'letter-topics': '["gp-workforce","housing-targets"]',
    'answer-topics':
      '{"gp":["gp-workforce"],"practices":["gp-workforce"],"growth":["housing-growth"],"housing-targets":["housing-targets"]}',
    'topic-titles':
      '{"gp-workforce":"GP workforce","housing-growth":"Housing growth","housing-targets":"Housing targets"}',
    'answer-speakers': '{"practices":"The ICB"}',
  },
);

const ids = (query: string, topics: string[] = []) =>
  answerResults(parseQuery(query), letter, topics).map((r) => r.answerId ?? '(letter)');

describe('answers as results', () => {
  it('cuts a page at its heading anchors, ignoring other elements with ids', () => {
    expect(splitSections(letter).map((s) => s.id)).toEqual([
      undefined,
      'gp',
      'practices',
      'growth',
      'housing-targets',
    ]);
  });

  it('lists every answer that has the words, the one with them in its heading first', () => {
    expect(ids('housing targets')).toEqual(['housing-targets', 'growth']);
  });

  it('applies topic filters to answers, counting an answer’s topics as its words', () => {
    expect(ids('GP', ['gp-workforce'])).toEqual(expect.arrayContaining(['gp', 'practices']));
    expect(ids('GP', ['gp-workforce'])).not.toContain('growth');
    expect(ids('GP')).toContain('growth');
  });

  it('falls back to the opening, then the whole letter, when no answer has every word', () => {
    expect(ids('Ann Minister')).toEqual(['(letter)']);
    expect(ids('Wixams changed')).toEqual(['(letter)']);
    expect(ids('zebra')).toEqual([]);
  });

  it('gives nothing for a letter with an excluded word, and one result for filters alone', () => {
    expect(ids('Wixams -housing')).toEqual([]);
    expect(ids('Wixams -zebra')).toEqual(['gp']);
    expect(ids('', ['gp-workforce'])).toEqual(['(letter)']);
  });

  it('links each answer to its anchor', () => {
    const [first] = answerResults(parseQuery('housing targets'), letter);
    expect(first?.url).toBe('/letters/a/#housing-targets');
    expect(first?.heading).toBe('Housing targets');
    // The excerpt is of the text after the heading, with the matched words' positions in it.
    expect(first?.tokens.join(' ')).toBe('The housing targets were changed.');
    expect(first?.positions).toEqual([1, 2]);
  });

  it('names an answer’s speaker from the answer-speakers meta, else the sender', () => {
    expect(answerSpeaker(letter, 'practices')).toBe('The ICB');
    expect(answerSpeaker(letter, 'gp')).toBe('Ann Minister MP');
    expect(
      answerSpeaker({ ...letter, meta: { from: 'X', 'answer-speakers': 'not json' } }, 'gp'),
    ).toBe('X');
  });

  it('makes an excerpt around the first match, marking matched words', () => {
    const tokens = 'one two three four five six seven'.split(' ');
    expect(excerptParts(tokens, [3], 4)).toEqual([
      { text: '… three ', marked: false },
      { text: 'four', marked: true },
      { text: ' five six', marked: false },
      { text: ' …', marked: false },
    ]);
  });
});
