import { describe, expect, it } from 'vitest';
import { DuplicateAnswerIdError } from '../../src/markdown/answer-ids.ts';
import {
  EXCERPT_LENGTH,
  excerpt,
  extractAnswers,
  letterTextShared,
  readLetter,
} from '../../src/lib/answers.ts';
import { renderLetterMarkdown } from '../../src/markdown/pipeline.ts';

const letter = `> [!letterhead]
> Department of Health and Social Care

Dear Ms Smith,

Thank you for your letter.

## 1. Housing targets {#housing}

The council's figures are out of date.

> [!transcription-note]
> Page 2 is torn here.

### Local plan

The plan is under review.  
It will report in March.

#### Timetable

<p>Consultation opens <b>in spring</b> &amp; closes in summer.</p>

## 2. GP access

- Two new GPs
- One new surgery

> ### Your question
>
> Why did the surgery close?

Yours sincerely,
`;

describe('extractAnswers', () => {
  it('lists each answer heading in document order with its id, title and depth', () => {
    const answers = extractAnswers(letter);
    expect(answers.map(({ id, title, depth }) => ({ id, title, depth }))).toEqual([
      { id: 'housing', title: '1. Housing targets', depth: 2 },
      { id: 'local-plan', title: 'Local plan', depth: 3 },
      { id: 'timetable', title: 'Timetable', depth: 4 },
      { id: '2-gp-access', title: '2. GP access', depth: 2 },
      { id: 'your-question', title: 'Your question', depth: 3 },
    ]);
  });

  it('uses exactly the ids the site renders', async () => {
    const html = await renderLetterMarkdown(letter);
    const rendered = [...html.matchAll(/<h[234] id="([^"]+)"/g)].map((match) => match[1]);
    expect(extractAnswers(letter).map((answer) => answer.id)).toEqual(rendered);
  });

  it('gives each answer the id of the nearest shallower heading above it as its parent', () => {
    expect(extractAnswers(letter).map(({ id, parentId }) => [id, parentId])).toEqual([
      ['housing', undefined],
      ['local-plan', 'housing'],
      ['timetable', 'local-plan'],
      ['2-gp-access', undefined],
      ['your-question', '2-gp-access'],
    ]);
  });

  it('takes the text up to the next heading, leaving out transcription notes', () => {
    const [housing] = extractAnswers(letter);
    expect(housing?.text).toBe("The council's figures are out of date.");
  });

  it('keeps words on either side of a hard line break apart', () => {
    expect(extractAnswers(letter)[1]?.text).toBe(
      'The plan is under review. It will report in March.',
    );
  });

  it('keeps the words of raw HTML, without its tags', () => {
    expect(extractAnswers(letter)[2]?.text).toBe(
      'Consultation opens in spring & closes in summer.',
    );
  });

  it('separates paragraphs and list items with blank lines', () => {
    expect(extractAnswers(letter)[3]?.text).toBe('Two new GPs\n\nOne new surgery');
  });

  it('finds answers inside blockquotes and runs on to the end of the letter', () => {
    expect(extractAnswers(letter)[4]?.text).toBe('Why did the surgery close?');
  });

  it('keeps the closing out of the last answer, and in the letter’s text', () => {
    const read = readLetter(letter);
    expect(read.closing).toBe('Yours sincerely,');
    expect(letterTextShared(read).text).toMatch(/Why did the surgery close\?\n\nYours sincerely,$/);
  });

  it('takes a closing that is not the end back into its answer', () => {
    const [first] = extractAnswers('## A\n\nKind regards to the forum.\n\n## B\n\nMore.\n');
    expect(first?.text).toBe('Kind regards to the forum.');
  });

  it('keeps letterhead text under a heading', () => {
    const [answer] = extractAnswers('## Enclosure\n\n> [!letterhead]\n> NHS England\n');
    expect(answer?.text).toBe('NHS England');
  });

  it('leaves out script and style content from raw HTML', () => {
    const [answer] = extractAnswers(
      '## A\n\nWe <script>steal()</script>agree\n\n<style>p{}</style>\n',
    );
    expect(answer?.text).toBe('We agree');
  });

  it('keeps literal angle brackets and ampersands of the text', () => {
    const [answer] = extractAnswers('## Costs\n\nIf cost < £5 & time > 2 days, use `<form>`.\n');
    expect(answer?.text).toBe('If cost < £5 & time > 2 days, use <form>.');
  });

  it('decodes character references in raw HTML and keeps impossible ones as written', () => {
    const [answer] = extractAnswers(
      '## A\n\n<p>&#8364;5 &#x2014; &quot;ok&quot; &#99999999;</p>\n',
    );
    expect(answer?.text).toBe('€5 — "ok" &#99999999;');
  });

  it('counts h1, h5 and h6 as text, not answers', () => {
    const answers = extractAnswers('## Housing\n\n##### Annex\n\nSee annex.\n');
    expect(answers).toEqual([
      {
        id: 'housing',
        title: 'Housing',
        depth: 2,
        parentId: undefined,
        speakerKey: undefined,
        editorial: false,
        text: 'Annex\n\nSee annex.',
      },
    ]);
  });

  it('finds no answers in a letter without headings', () => {
    expect(extractAnswers('Dear Ms Smith,\n\nThank you.\n')).toEqual([]);
  });

  it('fails on a duplicate answer id naming the file', () => {
    const extracting = () =>
      extractAnswers('## Housing\n\n## Housing\n', 'content/letters/2024/x.md');
    expect(extracting).toThrow(DuplicateAnswerIdError);
    expect(extracting).toThrow('content/letters/2024/x.md:3:1: duplicate answer id "housing"');
  });

  it('fails on an unknown letter block naming the file', () => {
    expect(() => extractAnswers('> [!note]\n> x\n', 'z.md')).toThrow(
      'z.md:1:1: unknown letter block marker "[!note]"',
    );
  });
});

describe('excerpt', () => {
  it('gives the same excerpt as flattening the whole text would, at any length', () => {
    const naive = (text: string, max: number) => {
      const flat = text.replace(/\s+/g, ' ').trim();
      if (flat.length <= max) return flat;
      const room = flat.slice(0, max);
      const space = room.lastIndexOf(' ');
      const cut = space > 0 ? room.slice(0, space) : flat.slice(0, max - 1);
      return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`;
    };
    const words = ['  ', 'council', '\n\n', 'plan,', ' '.repeat(300), 'a', '—', 'housing'];
    const text = Array.from({ length: 400 }, (_, i) => words[(i * i + 3 * i) % words.length]).join(
      ' ',
    );
    for (let max = 1; max < 700; max += 7) {
      for (const start of [0, 1, 5, 40, 300]) {
        expect(excerpt(text.slice(start), max), `${start}:${max}`).toBe(
          naive(text.slice(start), max),
        );
      }
    }
  });

  const text = 'The council has been asked to review the plan, and it will report back by March.';

  it('returns short text unchanged', () => {
    expect(excerpt('Thank you for your letter.', 40)).toBe('Thank you for your letter.');
  });

  it('shortens text at a word boundary and adds an ellipsis', () => {
    expect(excerpt(text, 40)).toBe('The council has been asked to review…');
  });

  it('never returns more than max characters', () => {
    for (let max = 1; max <= text.length + 1; max++) {
      expect(excerpt(text, max).length, String(max)).toBeLessThanOrEqual(max);
    }
  });

  it('drops punctuation left before the ellipsis', () => {
    expect(excerpt(text, 47)).toBe('The council has been asked to review the plan…');
  });

  it('cuts a single long word when there is no boundary', () => {
    expect(excerpt('Pneumonoultramicroscopicsilicovolcanoconiosis', 10)).toBe('Pneumonou…');
  });

  it('flattens line breaks and paragraph gaps into single spaces', () => {
    expect(excerpt('Two new GPs\n\nOne new surgery', 100)).toBe('Two new GPs One new surgery');
  });

  it(`defaults to ${EXCERPT_LENGTH} characters`, () => {
    const long = 'word '.repeat(100);
    expect(excerpt(long).length).toBeLessThanOrEqual(EXCERPT_LENGTH);
    expect(excerpt(long).length).toBeGreaterThan(EXCERPT_LENGTH - 6);
  });

  it('rejects a length that is not a positive integer', () => {
    expect(() => excerpt(text, 0)).toThrow(RangeError);
  });
});

describe('reading a whole letter', () => {
  it('keeps the text before the first answer as the preamble', () => {
    const letter = readLetter('Dear Blake,\n\nThank you.\n\n## Funding {#funding}\n\nMoney.\n');
    expect(letter.preamble).toBe('Dear Blake,\n\nThank you.');
    expect(letter.answers.map((a) => a.id)).toEqual(['funding']);
  });

  it('gives the plain text of every part in order, headings included, notes left out', () => {
    const letter = readLetter(
      'Dear Blake,\n\n## Funding {#funding}\n\nMoney.\n\n> [!transcription-note]\n> A signature.\n\nKARIN\n',
    );
    expect(letterTextShared(letter).text).toBe('Dear Blake,\n\nFunding\n\nMoney.\n\nKARIN');
  });

  it("gives answers the same text when it is taken from the letter's, empty parts included", () => {
    const letters = [
      letter,
      '## Empty {#empty}\n\n## Short {#short}\n\nOk.\n\n## Long {#long}\n\nA longer answer here.\n',
      'Dear Blake,\n\n## {#untitled}\n\nNo title.\n\nYours sincerely,\n\nKARIN\n',
    ];
    for (const markdown of letters) {
      const read = readLetter(markdown);
      const shared = letterTextShared(read);
      expect(shared.answers).toEqual(read.answers);
      expect(shared.text).toBe(
        [read.preamble, ...read.answers.flatMap((a) => [a.title, a.text]), read.closing]
          .filter((part) => part !== '')
          .join('\n\n'),
      );
    }
  });
});
