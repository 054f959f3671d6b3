import { describe, expect, it } from 'vitest';
import { buildArchive, type Letter } from '../../src/lib/archive';
import { nearest, relatedLetters, relatedness } from '../../src/lib/related';
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

  it('picks exactly what scoring every pair and sorting would, ties to the newer letter then by slug', () => {
    // Enough letters, few enough values, that scores tie often; a fixed sequence, not random.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const ids = (prefix: string, count: number, most: number) =>
      [...new Set(Array.from({ length: next(most + 1) }, () => `${prefix}${next(count)}`))].map(
        (id) => ({ id }),
      );
    const letters = Array.from({ length: 120 }, (_, i) => {
      const person = (n: number) => (next(4) === 0 ? undefined : { id: `p${next(n)}` });
      return {
        slug: `letter-${String(next(1000)).padStart(3, '0')}-${i}`,
        sortKey: `20${10 + next(3)}-01-0${1 + next(3)}`,
        allTopics: ids('t', 6, 3),
        constituencies: ids('c', 4, 2),
        from: { person: person(8) },
        to: { person: person(8) },
      } as unknown as Letter;
    });
    const newerFirst = (x: Letter, y: Letter) =>
      y.sortKey.localeCompare(x.sortKey) || x.slug.localeCompare(y.slug);
    for (const letter of letters) {
      const expected = letters
        .filter((other) => other !== letter && relatedness(letter, other) > 0)
        .sort((x, y) => relatedness(letter, y) - relatedness(letter, x) || newerFirst(x, y))
        .slice(0, 5);
      expect(
        relatedLetters(letter, letters).map((l) => l.slug),
        letter.slug,
      ).toEqual(expected.map((l) => l.slug));
    }
  });
});

describe('related letters in a large archive', () => {
  // 1,000 letters on the same topic from the same person, newest first; only the
  // newest and the oldest also share a constituency, which makes the oldest the
  // most related by score.
  const dates = Array.from({ length: 1000 }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1) - i * 86_400_000);
    return day.toISOString().slice(0, 10);
  });
  const { letters } = buildArchive(
    archiveInput(
      dates.map((date, i) =>
        letterEntry(`l${String(i).padStart(4, '0')}`, {
          date,
          constituencies: i === 0 || i === 999 ? [ref('constituencies', 'sevenoaks')] : [],
        }),
      ),
    ),
  );

  it('looks only at the letters nearest in date of each shared thing, so a page costs the same however large the archive', () => {
    const newest = letters[0] as Letter;
    const related = relatedLetters(newest, letters).map((l) => l.slug);
    expect(related).toEqual(['l0001', 'l0002', 'l0003', 'l0004', 'l0005']);
    expect(related).not.toContain('l0999');
  });

  it('takes the window around the letter', () => {
    const list = Array.from({ length: 10 }, (_, i) => i * 10);
    expect(nearest(list, 50, 4)).toEqual([30, 40, 50, 60]);
    expect(nearest(list, 0, 4)).toEqual([0, 10, 20, 30]);
    expect(nearest(list, 95, 4)).toEqual([60, 70, 80, 90]);
    expect(nearest([1, 2], 0, 4)).toEqual([1, 2]);
  });
});
