import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import { relatedLetters, relatedness } from '../../src/lib/related';
import { archiveInput, letterEntry, ref } from './fixtures';

describe('related letters', () => {
  const archive = buildArchive(
    archiveInput([
      letterEntry('a', { date: '2024-01-01' }),
      letterEntry('same-topic-and-people', { date: '2023-01-01' }),
      letterEntry('topic-and-constituency', {
        date: '2024-05-01',
        topics: [ref('topics', 'housing')],
        answers: [],
        from: { organisation: ref('organisations', 'dept') },
        to: { organisation: ref('organisations', 'dept') },
      }),
      letterEntry('nothing-shared', {
        constituencies: [],
        from: { organisation: ref('organisations', 'dept') },
        to: { organisation: ref('organisations', 'dept') },
        topics: [ref('topics', 'housing')],
        answers: [],
      }),
    ]),
  );
  const bySlug = (slug: string) => {
    const letter = archive.letters.find((l) => l.slug === slug);
    if (letter === undefined) throw new Error(slug);
    return letter;
  };

  it('scores shared topics, people and constituencies', () => {
    // a topic (3) + one person (2) + a constituency (1)
    expect(relatedness(bySlug('a'), bySlug('same-topic-and-people'))).toBe(6);
    expect(relatedness(bySlug('a'), bySlug('topic-and-constituency'))).toBe(4);
  });

  it('lists the strongest links first and never the letter itself', () => {
    expect(relatedLetters(bySlug('a'), archive.letters).map((l) => l.slug)).toEqual([
      'same-topic-and-people',
      'topic-and-constituency',
      'nothing-shared',
    ]);
  });

  it('lists at most the limit', () => {
    expect(relatedLetters(bySlug('a'), archive.letters, 1)).toHaveLength(1);
  });
});
