/**
 * Queries over letters: ordering, grouping by year, and finding the letters and
 * answers that concern a topic, a person, an organisation or a constituency.
 * Collections come back in no set order, so everything here sorts explicitly.
 */
import type { Letter, LetterAnswer } from './archive';

/** Orders letters newest first; letters of the same day by slug, so every build is the same. */
export function sortNewestFirst<T extends { readonly sortKey: string; readonly slug: string }>(
  letters: readonly T[],
): T[] {
  return [...letters].sort((a, b) =>
    a.sortKey === b.sortKey ? a.slug.localeCompare(b.slug) : b.sortKey.localeCompare(a.sortKey),
  );
}

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

/** Letters on a topic, as a whole or through one of their answers. */
export function lettersOnTopic(letters: readonly Letter[], topicId: string): Letter[] {
  return sortNewestFirst(letters.filter((l) => l.allTopics.some((t) => t.id === topicId)));
}

/** An answer together with the letter it belongs to. */
export interface AnswerInLetter {
  readonly letter: Letter;
  readonly answer: LetterAnswer;
}

/** Every answer filed under a topic, newest letter first and in reading order within a letter. */
export function answersOnTopic(letters: readonly Letter[], topicId: string): AnswerInLetter[] {
  return sortNewestFirst(letters).flatMap((letter) =>
    letter.answers
      .filter((answer) => answer.topics.some((t) => t.id === topicId))
      .map((answer) => ({ letter, answer })),
  );
}

/** Letters a person signed. */
export function lettersFromPerson(letters: readonly Letter[], personId: string): Letter[] {
  return sortNewestFirst(letters.filter((l) => l.from.person?.id === personId));
}

/** Letters addressed to a person. */
export function lettersToPerson(letters: readonly Letter[], personId: string): Letter[] {
  return sortNewestFirst(letters.filter((l) => l.to.person?.id === personId));
}

/** Letters sent on behalf of an organisation. */
export function lettersFromOrganisation(letters: readonly Letter[], id: string): Letter[] {
  return sortNewestFirst(letters.filter((l) => l.from.organisation?.id === id));
}

/** Letters addressed to an organisation. */
export function lettersToOrganisation(letters: readonly Letter[], id: string): Letter[] {
  return sortNewestFirst(letters.filter((l) => l.to.organisation?.id === id));
}

/** Letters that concern a constituency. */
export function lettersForConstituency(letters: readonly Letter[], id: string): Letter[] {
  return sortNewestFirst(letters.filter((l) => l.constituencies.some((c) => c.id === id)));
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

/** Letters a person sent or received. */
export function lettersInvolvingPerson(letters: readonly Letter[], personId: string): Letter[] {
  return sortNewestFirst(
    letters.filter((l) => l.from.person?.id === personId || l.to.person?.id === personId),
  );
}

/** Letters sent for or to an organisation. */
export function lettersInvolvingOrganisation(letters: readonly Letter[], id: string): Letter[] {
  return sortNewestFirst(
    letters.filter((l) => l.from.organisation?.id === id || l.to.organisation?.id === id),
  );
}
