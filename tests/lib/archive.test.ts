import { describe, expect, it } from 'vitest';
import { buildArchive, ContentError } from '../../src/lib/archive';
import { UNIDENTIFIED, UNIDENTIFIED_NAME } from '../../src/lib/placeholders';
import { readLetterSource } from '../../src/markdown/letter-body';
import { archiveInput, letterEntry, ref } from './fixtures';

/** Builds the archive and returns the ContentError it throws, failing if it throws none. */
function problemsOf(...args: Parameters<typeof buildArchive>) {
  try {
    buildArchive(...args);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected the archive to be rejected');
}

describe('building the archive', () => {
  it('resolves references into people, organisations, topics and constituencies', () => {
    const archive = buildArchive(archiveInput([letterEntry('2024/a')]));
    const [letter] = archive.letters;
    expect(letter?.slug).toBe('a');
    expect(letter?.from.person?.name).toBe('Ann Minister');
    expect(letter?.to.organisation?.name).toBe('A Forum');
    expect(letter?.constituencies.map((c) => c.name)).toEqual(['Sevenoaks']);
    expect(letter?.answers.map((a) => [a.id, a.topics.map((t) => t.id)])).toEqual([
      ['housing-targets', ['housing']],
    ]);
  });

  it('orders letters newest first, undated ones by their estimate', () => {
    const archive = buildArchive(
      archiveInput([
        letterEntry('old', { date: '2023-01-10' }),
        letterEntry('undated', {
          date: undefined,
          date_estimated: '2024-02',
          date_note: 'Cites events of January.',
        }),
        letterEntry('new', { date: '2024-10-03' }),
      ]),
    );
    expect(archive.letters.map((l) => l.slug)).toEqual(['new', 'undated', 'old']);
    expect(archive.letters[1]?.date).toEqual({ kind: 'estimated', estimate: '2024-02' });
  });

  it('fails the build on an unknown topic, naming the file and field', () => {
    const error = problemsOf(
      archiveInput([letterEntry('2024/a', { topics: [ref('topics', 'nope')] })]),
    );
    expect(error.problems).toEqual([
      { file: 'content/letters/2024/a.md', field: 'topics[0]', message: 'unknown topic "nope"' },
    ]);
    expect(error.message).toContain('content/letters/2024/a.md: topics[0]: unknown topic "nope"');
  });

  it('fails the build on an unknown person or organisation', () => {
    const error = problemsOf(
      archiveInput([
        letterEntry('a', {
          from: { person: ref('people', 'ghost') },
          to: { organisation: ref('organisations', 'nowhere') },
        }),
      ]),
    );
    expect(error.problems.map((p) => p.field)).toEqual(['from.person', 'to.organisation']);
  });

  it('fails on a letter with neither a date nor an estimate', () => {
    const error = problemsOf(archiveInput([letterEntry('a', { date: undefined })]));
    expect(error.problems[0]?.field).toBe('date');
  });

  it('fails on an undated letter without a note explaining the estimate', () => {
    const error = problemsOf(
      archiveInput([letterEntry('a', { date: undefined, date_estimated: '2024-02' })]),
    );
    expect(error.problems[0]?.field).toBe('date_note');
  });

  it('fails on an impossible date', () => {
    const error = problemsOf(archiveInput([letterEntry('a', { date: '2023-02-30' })]));
    expect(error.problems[0]).toMatchObject({
      field: 'date',
      message: '"2023-02-30" is not a real date',
    });
  });

  it('fails on two letters with the same slug in different years', () => {
    const error = problemsOf(archiveInput([letterEntry('2023/same'), letterEntry('2024/same')]));
    expect(error.problems[0]).toMatchObject({
      file: 'content/letters/2024/same.md',
      field: 'slug (file name)',
    });
  });

  it('fails on an alias that is already another letter slug', () => {
    const error = problemsOf(
      archiveInput([letterEntry('a'), letterEntry('b', { aliases: ['a'] })]),
    );
    expect(error.problems[0]).toMatchObject({ file: 'content/letters/b.md', field: 'aliases[0]' });
  });

  it('fails on a letter file or alias that would take a year page’s address, naming the file and field', () => {
    const error = problemsOf(
      archiveInput([
        letterEntry('2024/2024'),
        letterEntry('2024/b', { aliases: ['2023'] }),
        letterEntry('2024/c', { aliases: ['1999'] }),
      ]),
    );
    expect(error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'content/letters/2024/2024.md: slug (file name): "2024" is the address of a year’s page (/letters/2024/), not a letter’s; use the letter’s slug form, e.g. "2024-sender-subject"',
      'content/letters/2024/b.md: aliases[0]: "2023" is the address of a year’s page (/letters/2023/), not a letter’s; use the letter’s slug form, e.g. "2023-sender-subject"',
      'content/letters/2024/c.md: aliases[0]: "1999" is the address of a year’s page (/letters/1999/), not a letter’s; use the letter’s slug form, e.g. "1999-sender-subject"',
    ]);
  });

  it('fails on an empty body', () => {
    const error = problemsOf(archiveInput([letterEntry('a', { answers: [] }, '  \n')]));
    expect(error.problems.map((p) => p.field)).toContain('body');
  });

  it('fails when an answer topic names an id no heading has', () => {
    const error = problemsOf(
      archiveInput([
        letterEntry('a', {
          answers: [{ id: 'missing', topics: [ref('topics', 'housing')], aliases: [] }],
        }),
      ]),
    );
    expect(error.problems[0]).toMatchObject({ field: 'answers[0].id' });
    expect(error.problems[0]?.message).toContain('housing-targets');
  });

  it('fails on a duplicate answer id in the body, naming the file and id', () => {
    const error = problemsOf(
      archiveInput([letterEntry('a', {}, '## One {#same}\n\nx\n\n## Two {#same}\n\ny\n')]),
    );
    expect(error.problems[0]?.field).toBe('body');
    expect(error.problems[0]?.message).toContain('same');
    expect(error.message).toContain('content/letters/a.md:5:1: body: duplicate answer id "same"');
  });

  it('reports every problem at once', () => {
    const error = problemsOf(
      archiveInput([
        letterEntry('a', { topics: [ref('topics', 'x')] }),
        letterEntry('b', { constituencies: [ref('constituencies', 'y')] }),
      ]),
    );
    expect(error.problems).toHaveLength(2);
  });

  it('lets an imported draft stand in the placeholder for a sender, recipient or topic not yet named', () => {
    const placeholder = {
      from: { person: ref('people', UNIDENTIFIED) },
      topics: [ref('topics', UNIDENTIFIED)],
    };
    const archive = buildArchive(
      archiveInput([letterEntry('a', { ...placeholder, draft: true })]),
      {
        includeDrafts: true,
      },
    );
    expect(archive.letters[0]?.from.person?.name).toBe(UNIDENTIFIED_NAME);
    expect(archive.letters[0]?.topics).toEqual([]);
    expect(archive.people.has(UNIDENTIFIED)).toBe(false);
  });

  it('fails the build on the importer placeholder in a letter that is not a draft', () => {
    const error = problemsOf(
      archiveInput([letterEntry('a', { to: { person: ref('people', UNIDENTIFIED) } })]),
    );
    expect(error.problems.map((p) => p.field)).toEqual(['to.person']);
    expect(error.message).toContain('placeholder');
  });

  it('keeps drafts out of the public archive but shows them to editors on request', () => {
    const input = archiveInput([letterEntry('a'), letterEntry('b', { draft: true })]);
    expect(buildArchive(input).letters.map((l) => l.slug)).toEqual(['a']);
    expect(buildArchive(input, { includeDrafts: true }).letters.map((l) => l.slug)).toEqual([
      'a',
      'b',
    ]);
  });

  it('fails when an answer’s old id is already an id on the page', () => {
    const error = problemsOf(
      archiveInput([
        letterEntry(
          'a',
          {
            answers: [
              { id: 'housing-targets', topics: [ref('topics', 'housing')], aliases: ['other'] },
            ],
          },
          '## Housing targets {#housing-targets}\n\nx\n\n## Other {#other}\n\ny\n',
        ),
      ]),
    );
    expect(error.problems[0]).toMatchObject({ field: 'answers[0].aliases[0]' });
  });
});

describe('markdown problems name the line of the file', () => {
  it('reports a duplicate answer id at its heading’s line and column, counting the frontmatter', () => {
    const source = `---\ntitle: x\n---\n\n## Housing {#housing}\n\nText.\n\n## Again {#housing}\n`;
    const { body, bodyLine } = readLetterSource(source);
    expect(bodyLine).toBe(5);
    const entry = { ...letterEntry('2024/dup', {}, body), bodyLine };
    const error = problemsOf(archiveInput([entry]));
    expect(error.message).toContain(
      'content/letters/2024/dup.md:9:1: body: duplicate answer id "housing"',
    );
  });

  it('reports an unknown letter block marker at its line', () => {
    const source = `---\r\ntitle: x\r\n---\r\nDear Sir,\r\n\r\n> [!note]\r\n> x\r\n`;
    const { body, bodyLine } = readLetterSource(source);
    const error = problemsOf(archiveInput([{ ...letterEntry('2024/m', {}, body), bodyLine }]));
    expect(error.problems.map((p) => p.file)).toContain('content/letters/2024/m.md:6:1');
  });
});

describe('added and corrections', () => {
  it('keeps the day a letter was added and its corrections, oldest first', () => {
    const { letters } = buildArchive(
      archiveInput([
        letterEntry('x', {
          added: '2024-11-01',
          corrections: [
            { date: '2025-02-01', note: 'Second.' },
            { date: '2025-01-01', note: 'First.' },
          ],
        }),
      ]),
    );
    expect(letters[0]?.added).toBe('2024-11-01');
    expect(letters[0]?.corrections.map((c) => c.note)).toEqual(['First.', 'Second.']);
  });

  it('refuses a correction dated before the letter was added, naming the field', () => {
    expect(() =>
      buildArchive(
        archiveInput([
          letterEntry('x', {
            added: '2024-11-01',
            corrections: [{ date: '2024-10-01', note: 'Too early.' }],
          }),
        ]),
      ),
    ).toThrow(
      'content/letters/x.md: corrections[0].date: 2024-10-01 is before the letter was added (2024-11-01)',
    );
  });
});
