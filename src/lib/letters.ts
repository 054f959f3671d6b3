/**
 * Queries over letters: ordering, grouping by year, and finding the letters and
 * answers that concern a topic, a person, an organisation or a constituency.
 * Collections come back in no set order, so everything here sorts explicitly.
 */
import type { Letter, LetterAnswer } from './archive';
import { sortNewestFirst } from './dates';

/**
 * The letters on each topic, from and to each person and organisation, and for
 * each constituency, newest first, built in one pass over a list of letters and
 * kept for as long as that list lives. Topic, person, organisation and
 * constituency pages each ask for their own id; filtering the whole archive for
 * each made those pages cost pages × letters.
 */
interface LetterIndex {
  readonly onTopic: ReadonlyMap<string, readonly Letter[]>;
  readonly answersOnTopic: ReadonlyMap<string, readonly AnswerInLetter[]>;
  readonly fromPerson: ReadonlyMap<string, readonly Letter[]>;
  readonly toPerson: ReadonlyMap<string, readonly Letter[]>;
  readonly involvingPerson: ReadonlyMap<string, readonly Letter[]>;
  readonly fromOrganisation: ReadonlyMap<string, readonly Letter[]>;
  readonly toOrganisation: ReadonlyMap<string, readonly Letter[]>;
  readonly involvingOrganisation: ReadonlyMap<string, readonly Letter[]>;
  readonly forConstituency: ReadonlyMap<string, readonly Letter[]>;
  readonly quotedFromPerson: ReadonlyMap<string, readonly AnswerInLetter[]>;
  readonly quotedFromOrganisation: ReadonlyMap<string, readonly AnswerInLetter[]>;
}

const letterIndexes = new WeakMap<readonly Letter[], LetterIndex>();

/** Files `item` under each of `ids` (each id once). */
function fileUnder<T>(map: Map<string, T[]>, ids: Iterable<string | undefined>, item: T): void {
  for (const id of new Set(ids)) {
    if (id === undefined) continue;
    const list = map.get(id);
    if (list === undefined) map.set(id, [item]);
    else list.push(item);
  }
}

function letterIndex(letters: readonly Letter[]): LetterIndex {
  const cached = letterIndexes.get(letters);
  if (cached !== undefined) return cached;
  const onTopic = new Map<string, Letter[]>();
  const answers = new Map<string, AnswerInLetter[]>();
  const fromPerson = new Map<string, Letter[]>();
  const toPerson = new Map<string, Letter[]>();
  const involvingPerson = new Map<string, Letter[]>();
  const fromOrganisation = new Map<string, Letter[]>();
  const toOrganisation = new Map<string, Letter[]>();
  const involvingOrganisation = new Map<string, Letter[]>();
  const forConstituency = new Map<string, Letter[]>();
  const quotedFromPerson = new Map<string, AnswerInLetter[]>();
  const quotedFromOrganisation = new Map<string, AnswerInLetter[]>();
  // Newest first, so every list comes out in that order too.
  for (const letter of sortNewestFirst(letters)) {
    fileUnder(
      onTopic,
      letter.allTopics.map((t) => t.id),
      letter,
    );
    for (const answer of letter.answers) {
      fileUnder(
        answers,
        answer.topics.map((t) => t.id),
        { letter, answer },
      );
      fileUnder(quotedFromPerson, [answer.speaker?.person?.id], { letter, answer });
      fileUnder(quotedFromOrganisation, [answer.speaker?.organisation?.id], { letter, answer });
    }
    const { from, to } = letter;
    fileUnder(fromPerson, [from.person?.id], letter);
    fileUnder(toPerson, [to.person?.id], letter);
    fileUnder(involvingPerson, [from.person?.id, to.person?.id], letter);
    fileUnder(fromOrganisation, [from.organisation?.id], letter);
    fileUnder(toOrganisation, [to.organisation?.id], letter);
    fileUnder(involvingOrganisation, [from.organisation?.id, to.organisation?.id], letter);
    fileUnder(
      forConstituency,
      letter.constituencies.map((c) => c.id),
      letter,
    );
  }
  const index: LetterIndex = {
    onTopic,
    answersOnTopic: answers,
    fromPerson,
    toPerson,
    involvingPerson,
    fromOrganisation,
    toOrganisation,
    involvingOrganisation,
    forConstituency,
    quotedFromPerson,
    quotedFromOrganisation,
  };
  letterIndexes.set(letters, index);
  return index;
}

/**
 * A copy of the indexed list for `id` (callers may change what they get), or of
 * its first `limit` items: a feed asks for its latest few, at a cost that does not
 * grow with the list.
 */
const lookUp = <T>(map: ReadonlyMap<string, readonly T[]>, id: string, limit?: number): T[] =>
  (map.get(id) ?? []).slice(0, limit);

/** Groups letters by the year they are filed under, newest year first, newest letter first. */
export function groupByYear(letters: readonly Letter[]): [number, Letter[]][] {
  const years = new Map<number, Letter[]>();
  for (const letter of sortNewestFirst(letters)) {
    const list = years.get(letter.year) ?? [];
    list.push(letter);
    years.set(letter.year, list);
  }
  return [...years.entries()].sort(([a], [b]) => b - a);
}

/** Letters on a topic, as a whole or through one of their answers (the newest `limit`, if given). */
export function lettersOnTopic(
  letters: readonly Letter[],
  topicId: string,
  limit?: number,
): Letter[] {
  return lookUp(letterIndex(letters).onTopic, topicId, limit);
}

/** An answer together with the letter it belongs to. */
export interface AnswerInLetter {
  readonly letter: Letter;
  readonly answer: LetterAnswer;
}

/** Every answer filed under a topic, newest letter first and in reading order within a letter. */
export function answersOnTopic(letters: readonly Letter[], topicId: string): AnswerInLetter[] {
  return lookUp(letterIndex(letters).answersOnTopic, topicId);
}

/** Answers a person gave that others' letters quote, newest letter first. */
export function answersQuotedFromPerson(
  letters: readonly Letter[],
  personId: string,
): AnswerInLetter[] {
  return lookUp(letterIndex(letters).quotedFromPerson, personId);
}

/** Answers given for an organisation that others' letters quote, newest letter first. */
export function answersQuotedFromOrganisation(
  letters: readonly Letter[],
  id: string,
): AnswerInLetter[] {
  return lookUp(letterIndex(letters).quotedFromOrganisation, id);
}

/** Letters a person signed. */
export function lettersFromPerson(letters: readonly Letter[], personId: string): Letter[] {
  return lookUp(letterIndex(letters).fromPerson, personId);
}

/** Letters addressed to a person. */
export function lettersToPerson(letters: readonly Letter[], personId: string): Letter[] {
  return lookUp(letterIndex(letters).toPerson, personId);
}

/** Letters sent on behalf of an organisation. */
export function lettersFromOrganisation(letters: readonly Letter[], id: string): Letter[] {
  return lookUp(letterIndex(letters).fromOrganisation, id);
}

/** Letters addressed to an organisation. */
export function lettersToOrganisation(letters: readonly Letter[], id: string): Letter[] {
  return lookUp(letterIndex(letters).toOrganisation, id);
}

/** Letters that concern a constituency. */
export function lettersForConstituency(letters: readonly Letter[], id: string): Letter[] {
  return lookUp(letterIndex(letters).forConstituency, id);
}

/** The top-level answers of a letter, each with the answers nested under it, for an "On this page" list. */
export interface AnswerOutline {
  readonly answer: LetterAnswer;
  readonly children: readonly AnswerOutline[];
}

/** Nests a letter's answers under their parents, keeping reading order. */
export function outlineAnswers(answers: readonly LetterAnswer[]): AnswerOutline[] {
  const build = (parentId: string | undefined): AnswerOutline[] =>
    answers
      .filter((a) => a.parentId === parentId)
      .map((answer) => ({ answer, children: build(answer.id) }));
  return build(undefined);
}

/** Letters a person sent or received (the newest `limit`, if given). */
export function lettersInvolvingPerson(
  letters: readonly Letter[],
  personId: string,
  limit?: number,
): Letter[] {
  return lookUp(letterIndex(letters).involvingPerson, personId, limit);
}

/** Letters sent for or to an organisation (the newest `limit`, if given). */
export function lettersInvolvingOrganisation(
  letters: readonly Letter[],
  id: string,
  limit?: number,
): Letter[] {
  return lookUp(letterIndex(letters).involvingOrganisation, id, limit);
}
