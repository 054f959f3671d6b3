/**
 * Citations of a letter or of one answer inside it: a plain form for articles and
 * a BibTeX form for reference managers. Each names the author and the role they
 * wrote in, the recipient, the date (or that it is undated, with the estimate),
 * the reference, the answer, and the permalink.
 */
import type { Correspondent, Letter, LetterAnswer, Speaker } from './archive';
import { correspondentName, senderRole, speakerName } from './correspondents';
import { displayLetterDate, machineLetterDate } from './dates';
import { answerPath, letterPath } from './paths';
import { SITE_NAME } from './site';

/** Both forms of one citation. */
export interface Citation {
  readonly plain: string;
  readonly bibtex: string;
}

/** An answer's number and title, if its heading is numbered ("4. Housing targets" → 4, "Housing targets"). */
export function answerLabel(answer: Pick<LetterAnswer, 'title'>): {
  number: string | undefined;
  title: string;
} {
  const match = /^(\d+(?:\s*[–-]\s*\d+)?)\.\s+(.*)$/s.exec(answer.title);
  if (match?.[1] === undefined || match[2] === undefined) {
    return { number: undefined, title: answer.title };
  }
  // A heading joining several numbered questions ("9. … or 10. …") cites them all.
  const later = [...match[2].matchAll(/(?:^|\s)(\d+)\.\s/g)].map((m) => m[1]).at(-1);
  return { number: later === undefined ? match[1] : `${match[1]}–${later}`, title: match[2] };
}

/** "answer 4" or, for several questions answered together, "answers 9–10". */
export function answerNumberPhrase(number: string): string {
  return `${/[–-]/.test(number) ? 'answers' : 'answer'} ${number}`;
}

/** Names a recipient as a sentence does: organisations take "the" unless their name carries its own. */
function recipientPhrase(to: Correspondent): string {
  const name = correspondentName(to);
  if (to.person !== undefined) return name;
  return /^(the|nhs|hm)\b/i.test(name) ? name : `the ${name}`;
}

/** The date as a citation writes it: "3 October 2024" or "undated (c. February 2024)". */
function citationDate(letter: Letter): string {
  const shown = displayLetterDate(letter.date);
  return letter.date.kind === 'estimated' ? shown.replace(/^Undated/, 'undated') : shown;
}

/**
 * How a citation names an answer: "answer 4, “Housing targets”". A heading the
 * editors supplied is never quoted as the author's: "[Rural health] (editors’ heading)".
 */
export function answerCitationTitle(answer: Pick<LetterAnswer, 'title' | 'editorial'>): string {
  if (answer.editorial) return `[${answer.title}] (editors’ heading)`;
  const { number, title } = answerLabel(answer);
  if (number === undefined) return `“${title}”`;
  return `${answerNumberPhrase(number)}, ${quotedQuestions(title)}`;
}

/**
 * The questions of a heading that joins several, each quoted without the number inside
 * it: “What … increase.” and “What …?”, not “What … increase. 7. What …?”.
 */
function quotedQuestions(title: string): string {
  const questions = title.split(/\s+\d+\.\s+/).map((q) => `“${q.trim()}”`);
  const last = questions.pop() ?? '';
  return questions.length === 0 ? last : `${questions.join(', ')} and ${last}`;
}

/** The signatory as a citation names them: "Laura Trott MP (Member of Parliament for Sevenoaks)". */
function signatoryPhrase(letter: Letter): string {
  const role = senderRole(letter);
  return `${correspondentName(letter.from)}${role === undefined ? '' : ` (${role})`}`;
}

function plainCitation(letter: Letter, url: string, answer: LetterAnswer | undefined): string {
  const speaker = answer?.speaker;
  const parts =
    speaker === undefined
      ? [signatoryPhrase(letter), `reply to ${recipientPhrase(letter.to)}`]
      : [
          speakerName(speaker),
          `quoted in the reply of ${signatoryPhrase(letter)} to ${recipientPhrase(letter.to)}`,
        ];
  parts.push(citationDate(letter));
  if (letter.reference !== undefined) parts.push(`ref. ${letter.reference}`);
  if (answer !== undefined) parts.push(answerCitationTitle(answer));
  return `${parts.join(', ')}. ${SITE_NAME}. ${url}`;
}

/** Escapes text for a BibTeX field: braces and the characters TeX treats specially. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`,
  );
}

/** A name BibTeX would read as several parts or several people: one with a comma or an "and". */
const UNSPLITTABLE_NAME = /,|\band\b/i;

/**
 * A BibTeX author: "Smyth, Karin" for a person, the name in braces for an organisation
 * or post, or for a person's name BibTeX would split wrongly ("Chief Executive, NHS
 * Kent and Medway"). `speaker` is a quoted answer's speaker, who is its author.
 */
function bibtexAuthor(letter: Letter, speaker: Speaker | undefined): string {
  const person = speaker === undefined ? letter.from.person : speaker.person;
  if (person !== undefined && !person.unnamed) {
    if (UNSPLITTABLE_NAME.test(person.name)) return `{${bibtexEscape(person.name)}}`;
    const words = person.name.trim().split(/\s+/);
    const family = words.pop() ?? person.name;
    return words.length === 0
      ? bibtexEscape(family)
      : `${bibtexEscape(family)}, ${bibtexEscape(words.join(' '))}`;
  }
  const name = speaker === undefined ? correspondentName(letter.from) : speakerName(speaker);
  return `{${bibtexEscape(name)}}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function bibtexCitation(letter: Letter, url: string, answer: LetterAnswer | undefined): string {
  const key = `postbag:${letter.slug}${answer === undefined ? '' : `:${answer.id}`}`;
  const role = senderRole(letter);
  const [year = '', month] = machineLetterDate(letter.date).split('-');
  const title =
    answer === undefined ? letter.title : `${letter.title}: ${answerCitationTitle(answer)}`;
  const speaker = answer?.speaker;
  const sentFromTo = `${role === undefined ? '' : ` from the ${bibtexEscape(role)}`} to ${bibtexEscape(correspondentName(letter.to))}`;
  const fields: [string, string][] = [
    ['author', bibtexAuthor(letter, speaker)],
    ['title', `{${bibtexEscape(title)}}`],
    [
      'howpublished',
      speaker === undefined
        ? `Letter${sentFromTo}`
        : `Quoted in the letter${sentFromTo}, signed by ${bibtexEscape(correspondentName(letter.from))}`,
    ],
    ['year', year],
  ];
  if (month !== undefined) fields.push(['month', MONTHS[Number(month) - 1] ?? month]);
  const notes = [
    letter.date.kind === 'estimated'
      ? `Undated; estimated ${displayLetterDate(letter.date).replace(/^Undated \(c\. (.*)\)$/, '$1')}`
      : undefined,
    letter.reference === undefined ? undefined : `Reference ${letter.reference}`,
  ].filter((n): n is string => n !== undefined);
  if (notes.length > 0) fields.push(['note', bibtexEscape(notes.join('. '))]);
  fields.push(['publisher', SITE_NAME], ['url', url]);
  // Month macros (oct) stay bare; every other value is braced.
  const body = fields
    .map(
      ([name, value]) =>
        `  ${name} = ${name === 'month' && /^[a-z]{3}$/.test(value) ? value : `{${value}}`}`,
    )
    .join(',\n');
  return `@misc{${key},\n${body}\n}`;
}

/** Cites a whole letter; `site` is the archive's absolute address. */
export function citeLetter(letter: Letter, site: URL | string): Citation {
  const url = new URL(letterPath(letter.slug), site).href;
  return {
    plain: plainCitation(letter, url, undefined),
    bibtex: bibtexCitation(letter, url, undefined),
  };
}

/** Cites one answer inside a letter, with the answer's permalink. */
export function citeAnswer(letter: Letter, answer: LetterAnswer, site: URL | string): Citation {
  const url = new URL(answerPath(letter.slug, answer.id), site).href;
  return { plain: plainCitation(letter, url, answer), bibtex: bibtexCitation(letter, url, answer) };
}
