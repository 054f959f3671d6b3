/**
 * Who said it: an answer quoted from someone other than the signatory is credited
 * to its speaker everywhere it appears, and a heading the editors added is never
 * presented as the author's words.
 */
import { describe, expect, it } from 'vitest';
import { buildArchive, ContentError } from '../../src/lib/archive';
import type { LetterData } from '../../src/model/schemas';
import { extractAnswers, readLetter } from '../../src/lib/answers';
import { citeAnswer } from '../../src/lib/citations';
import { answerSpeakerName, countLine, speakerName } from '../../src/lib/correspondents';
import {
  answersOnTopic,
  answersQuotedFromOrganisation,
  answersQuotedFromPerson,
} from '../../src/lib/letters';
import { answerRecords, letterRecord } from '../../src/lib/open-data';
import { letterJsonLd } from '../../src/lib/page-metadata';
import { letterSearchMeta } from '../../src/lib/search-facets';
import { archiveInput, letterEntry, ref } from './fixtures';

const SITE = 'https://postbag.example.org';

/** An MP's reply that passes on a trust's answer to question 8, then answers 9 herself. */
const quotingBody = `Dear Forum,

## 1. Staff {#staff}

I asked the trust. Its reply:

> [!quote trust]
> "Thank you for asking.
>
> ### 8. Who is responsible? {#question-8}
>
> The practices are.

## 9. Housing {#housing-targets}

The council decides.
`;

const speakers: LetterData['speakers'] = [
  {
    id: 'trust',
    person: ref('people', 'trust-chief'),
    organisation: ref('organisations', 'dept'),
    role: 'Chief Executive',
  },
];

/** The fixture archive plus the trust's chief executive, an unnamed post. */
function inputWith(letterData: Partial<LetterData>, body: string) {
  const input = archiveInput([letterEntry('2024/quoting', letterData, body)]);
  return {
    ...input,
    people: [
      ...input.people,
      {
        id: 'trust-chief',
        filePath: 'content/people/trust-chief.yaml',
        data: {
          name: 'Chief Executive, A Department',
          unnamed: true,
          roles: [],
          links: [],
        },
      },
    ],
  };
}

const answers = [
  { id: 'question-8', topics: [ref('topics', 'housing')], aliases: [] },
  { id: 'housing-targets', topics: [ref('topics', 'housing')], aliases: [] },
];

function quotingLetter() {
  const [letter] = buildArchive(inputWith({ speakers, answers }, quotingBody)).letters;
  if (letter === undefined) throw new Error('no letter');
  return letter;
}

function problems(letterData: Partial<LetterData>, body: string): string[] {
  try {
    buildArchive(inputWith(letterData, body));
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('reading who said an answer', () => {
  it('gives an answer inside a [!quote key] block that key, and the signatory none', () => {
    const read = extractAnswers(quotingBody);
    expect(read.map((a) => [a.id, a.speakerKey])).toEqual([
      ['staff', undefined],
      ['question-8', 'trust'],
      ['housing-targets', undefined],
    ]);
  });

  it('credits a heading in a quote nested in another quote to the inner speaker', () => {
    const body = '> [!quote outer]\n> Outer words.\n>\n> > [!quote inner]\n> > ## Inner {#inner}\n';
    expect(extractAnswers(body).map((a) => a.speakerKey)).toEqual(['inner']);
    expect(readLetter(body).speakerKeys).toEqual(['outer', 'inner']);
  });

  it('keeps the quoted words in the letter text, and not the marker', () => {
    const { text } = readLetter(quotingBody).answers[0] ?? { text: '' };
    expect(text).toContain('"Thank you for asking.');
    expect(text).not.toContain('[!quote');
  });

  it('marks an answer whose heading the editors added', () => {
    const read = extractAnswers('## Rural health {#rural .editorial}\n\nText.\n\n## Own {#own}\n');
    expect(read.map((a) => [a.id, a.title, a.editorial])).toEqual([
      ['rural', 'Rural health', true],
      ['own', 'Own', false],
    ]);
  });

  it('fails on a quote that names no speaker, or a letterhead that names one', () => {
    expect(() => extractAnswers('> [!quote]\n> Words.\n', 'x.md')).toThrow(
      'x.md:1:1: letter block marker "[!quote]" must name one speaker',
    );
    expect(() => extractAnswers('> [!letterhead trust]\n> Words.\n', 'x.md')).toThrow(
      'x.md:1:1: letter block marker "[!letterhead trust]" takes no speaker',
    );
  });
});

describe('checking speakers', () => {
  it('resolves a speaker and credits the quoted answer to them, the rest to the signatory', () => {
    const letter = quotingLetter();
    const credited = letter.answers.map((a) => [a.id, answerSpeakerName(letter, a)]);
    expect(credited).toEqual([
      ['staff', 'Ann Minister MP, Minister of State for Health'],
      ['question-8', 'Chief Executive, A Department'],
      ['housing-targets', 'Ann Minister MP, Minister of State for Health'],
    ]);
  });

  it('fails naming the file and field when a quote names an undefined speaker', () => {
    expect(problems({ answers }, quotingBody)).toEqual([
      'body: "[!quote trust]" names no speaker; add { id: trust, person: …, organisation: … } under speakers',
    ]);
  });

  it('fails when a speaker is never quoted, listed twice, or unknown', () => {
    const unknown = { id: 'nobody', person: ref('people', 'no-such-person') };
    const found = problems({ answers, speakers: [...speakers, ...speakers, unknown] }, quotingBody);
    expect(found).toEqual([
      'speakers[1].id: speaker "trust" is listed twice',
      'speakers[2].id: speaker "nobody" is never quoted; mark their words in the body with "> [!quote nobody]"',
      'speakers[2].person: unknown person "no-such-person"',
    ]);
  });
});

describe('a quoted answer wherever it appears', () => {
  const letter = quotingLetter();
  const [, quoted, own] = letter.answers;
  if (quoted === undefined || own === undefined) throw new Error('answers missing');

  it('names the speaker and who passed it on in the plain citation', () => {
    expect(citeAnswer(letter, quoted, SITE).plain).toBe(
      'Chief Executive, A Department, quoted in the reply of Ann Minister MP (Minister of State for Health) to the A Forum, 3 October 2024, answer 8, “Who is responsible?”. Postbag. https://postbag.example.org/letters/quoting/#question-8',
    );
    expect(citeAnswer(letter, own, SITE).plain).toMatch(/^Ann Minister MP \(Minister/);
  });

  it('makes the speaker the BibTeX author and says who quoted them', () => {
    const { bibtex } = citeAnswer(letter, quoted, SITE);
    expect(bibtex).toContain('author = {{Chief Executive, A Department}}');
    expect(bibtex).toContain(
      'howpublished = {Quoted in the letter from the Minister of State for Health to A Forum, signed by Ann Minister MP}',
    );
  });

  it('files the answer under its speaker’s person and organisation, not the signatory', () => {
    const letters = [letter];
    expect(answersQuotedFromPerson(letters, 'trust-chief').map((a) => a.answer.id)).toEqual([
      'question-8',
    ]);
    expect(answersQuotedFromOrganisation(letters, 'dept').map((a) => a.answer.id)).toEqual([
      'question-8',
    ]);
    expect(answersQuotedFromPerson(letters, 'ann-minister')).toEqual([]);
    expect(answersOnTopic(letters, 'housing').map((a) => a.answer.speaker?.key)).toEqual([
      'trust',
      undefined,
    ]);
    expect(countLine(0, 0, 1)).toBe('0 sent, 0 received, 1 answer quoted');
  });

  it('gives the speaker’s ids, name and role in answers.csv and letters.json', () => {
    const [, row] = answerRecords(letter, SITE);
    expect(row).toMatchObject({
      answer_id: 'question-8',
      speaker: 'Chief Executive, A Department',
      speaker_person: 'trust-chief',
      speaker_organisation: 'dept',
      speaker_role: 'Chief Executive',
      quoted: 'true',
      from: 'Ann Minister MP',
    });
    expect(letterRecord(letter, SITE).answers[1]?.speaker).toEqual({
      person: 'trust-chief',
      organisation: 'dept',
      name: 'Chief Executive, A Department',
      role: 'Chief Executive',
      quoted: true,
    });
  });

  it('makes the speaker the author of the answer in JSON-LD, and names them for search', () => {
    const parts = letterJsonLd(letter, SITE)['hasPart'] as { author: { name: string } }[];
    expect(parts.map((p) => p.author.name)).toEqual([
      'Ann Minister',
      'Chief Executive, A Department',
      'Ann Minister',
    ]);
    expect(JSON.parse(letterSearchMeta(letter).answerSpeakers)).toEqual({
      'question-8': 'Chief Executive, A Department',
    });
  });

  it('names a named speaker with their role and organisation', () => {
    const named = { ...quoted.speaker, person: letter.from.person } as NonNullable<
      typeof quoted.speaker
    >;
    expect(speakerName(named)).toBe('Ann Minister MP, Chief Executive, A Department');
  });
});

describe('a heading the editors added', () => {
  const [letter] = buildArchive(
    archiveInput([
      letterEntry('2024/headed', {}, '## Housing targets {#housing-targets .editorial}\n\nText.\n'),
    ]),
  ).letters;
  const answer = letter?.answers[0];
  if (letter === undefined || answer === undefined) throw new Error('no letter');

  it('is never quoted in a citation as the author’s words', () => {
    const { plain, bibtex } = citeAnswer(letter, answer, SITE);
    expect(plain).toContain('[Housing targets] (editors’ heading)');
    expect(plain).not.toContain('“Housing targets”');
    expect(bibtex).toContain(
      'title = {{Letter 2024/headed: [Housing targets] (editors’ heading)}}',
    );
  });

  it('is flagged in the open data', () => {
    expect(answerRecords(letter, SITE)[0]?.editorial_heading).toBe('true');
    expect(letterRecord(letter, SITE).answers[0]?.editorial_heading).toBe(true);
  });
});
