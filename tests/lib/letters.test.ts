import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import { answersOnTopic, groupByYear, lettersOnTopic, outlineAnswers } from '../../src/lib/letters';
import { archiveInput, letterEntry, ref } from './fixtures';

const body = `Intro.

## 1. Medical staff {#medical-staff}

Section text.

### 6. What are the plans? {#questions-6}

Answer six.

## 2. Funding {#funding}

Money.
`;

describe('querying letters', () => {
  const archive = buildArchive(
    archiveInput([
      letterEntry('2023/older', { date: '2023-05-01' }),
      letterEntry(
        '2024/newer',
        {
          date: '2024-02-01',
          topics: [ref('topics', 'housing')],
          answers: [{ id: 'questions-6', topics: [ref('topics', 'housing')], aliases: [] }],
        },
        body,
      ),
    ]),
  );

  it('groups letters by year, newest year first', () => {
    expect(
      groupByYear(archive.letters).map(([year, list]) => [year, list.map((l) => l.slug)]),
    ).toEqual([
      [2024, ['newer']],
      [2023, ['older']],
    ]);
  });

  it('finds each answer filed under a topic with its letter', () => {
    expect(
      answersOnTopic(archive.letters, 'housing').map(
        ({ letter, answer }) => `${letter.slug}#${answer.id}`,
      ),
    ).toEqual(['newer#questions-6', 'older#housing-targets']);
  });

  it('finds letters on a topic through the letter or its answers', () => {
    expect(lettersOnTopic(archive.letters, 'housing').map((l) => l.slug)).toEqual([
      'newer',
      'older',
    ]);
    expect(lettersOnTopic(archive.letters, 'other')).toEqual([]);
  });

  it('gives a feed only the newest letters it asks for', () => {
    expect(lettersOnTopic(archive.letters, 'housing', 1).map((l) => l.slug)).toEqual(['newer']);
  });

  it('nests sub-answers under their section for the "On this page" list', () => {
    const newer = archive.letters.find((l) => l.slug === 'newer');
    const outline = outlineAnswers(newer?.answers ?? []);
    expect(outline.map((o) => [o.answer.id, o.children.map((c) => c.answer.id)])).toEqual([
      ['medical-staff', ['questions-6']],
      ['funding', []],
    ]);
  });
});
