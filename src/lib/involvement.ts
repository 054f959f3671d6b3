/**
 * What an organisation is involved in: letters sent for it and to it, letters its
 * people sent or received in their own names, and its answers others' letters quote.
 * Most organisations (a department, an NHS body) reach the archive through their
 * people, so "0 sent, 0 received" alone would hide them.
 */
import type { Letter, Person } from './archive';
import { peopleWithRolesIn } from './correspondents';
import {
  answersQuotedFromOrganisation,
  lettersFromOrganisation,
  lettersInvolvingPerson,
  lettersToOrganisation,
  type AnswerInLetter,
} from './letters';

/** "1 letter", "3 letters": a count with its noun, singular or plural. */
export const counted = (count: number, singular: string, plural = `${singular}s`): string =>
  `${count} ${count === 1 ? singular : plural}`;

/** An organisation's part in the archive. */
export interface Involvement {
  /** People who hold or held a role there, by name. */
  readonly people: readonly Person[];
  readonly sent: readonly Letter[];
  readonly received: readonly Letter[];
  /** Letters its people sent or received, other than those sent for it or to it, newest first. */
  readonly byItsPeople: readonly Letter[];
  readonly quoted: readonly AnswerInLetter[];
}

/** What the organisation `id` is involved in, among `letters` and `people`. */
export function organisationInvolvement(
  letters: readonly Letter[],
  people: Iterable<Person>,
  id: string,
): Involvement {
  const members = peopleWithRolesIn(people, { organisation: id });
  const sent = lettersFromOrganisation(letters, id);
  const received = lettersToOrganisation(letters, id);
  const direct = new Set([...sent, ...received]);
  const theirs = new Set(members.flatMap((p) => lettersInvolvingPerson(letters, p.id)));
  return {
    people: members,
    sent,
    received,
    byItsPeople: letters.filter((l) => theirs.has(l) && !direct.has(l)),
    quoted: answersQuotedFromOrganisation(letters, id),
  };
}

/** One line for an index: "1 person, 2 letters sent, 1 letter by its people, 4 answers quoted"; zeros left out. */
export function involvementLine(involvement: Involvement): string {
  const parts = [
    [involvement.people.length, counted(involvement.people.length, 'person', 'people')],
    [involvement.sent.length, `${counted(involvement.sent.length, 'letter')} sent`],
    [involvement.received.length, `${counted(involvement.received.length, 'letter')} received`],
    [
      involvement.byItsPeople.length,
      `${counted(involvement.byItsPeople.length, 'letter')} by or to its people`,
    ],
    [involvement.quoted.length, `${counted(involvement.quoted.length, 'answer')} quoted`],
  ] as const;
  const shown = parts.filter(([count]) => count > 0).map(([, words]) => words);
  return shown.length === 0 ? 'No letters yet' : shown.join(', ');
}
