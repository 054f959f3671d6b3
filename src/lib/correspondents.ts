/**
 * How people and organisations are named on the page: with honorifics, with the
 * role held when a letter was written, and for posts whose holder is not named.
 */
import type {
  Correspondent,
  Letter,
  LetterAnswer,
  Organisation,
  Person,
  Role,
  Speaker,
} from './archive';
import type { SpeakerLabel } from '../markdown/rehype-attributions.ts';
import { organisationPath, personPath } from './paths';

/** A person's name with post-nominals ("Karin Smyth MP"); an unnamed post as its title. */
export function personName(person: Person): string {
  return person.honorific === undefined ? person.name : `${person.name} ${person.honorific}`;
}

/** An organisation's full name. */
export function organisationName(organisation: Organisation): string {
  return organisation.name;
}

/** The name of one side of a letter: the person if there is one, else the organisation. */
export function correspondentName(correspondent: Correspondent): string {
  if (correspondent.person !== undefined) return personName(correspondent.person);
  if (correspondent.organisation !== undefined) return organisationName(correspondent.organisation);
  throw new Error('a correspondent names neither a person nor an organisation');
}

/** The roles a person held on a day (YYYY-MM-DD), most recently started first. */
export function rolesAt(person: Person, day: string): Role[] {
  return person.roles
    .filter((r) => (r.from === undefined || r.from <= day) && (r.to === undefined || day <= r.to))
    .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
}

/**
 * The role the signatory wrote in: as stated on the letter when it says, otherwise
 * the role they held on the letter's date (or estimated date).
 */
export function senderRole(letter: Letter): string | undefined {
  if (letter.fromRole !== undefined) return letter.fromRole;
  const person = letter.from.person;
  return person === undefined ? undefined : rolesAt(person, letter.sortKey)[0]?.title;
}

/** One line naming the sender with role: "Karin Smyth MP, Minister of State for Health". */
export function senderLine(letter: Letter): string {
  const role = senderRole(letter);
  const name = correspondentName(letter.from);
  return role === undefined ? name : `${name}, ${role}`;
}

/**
 * A quoted speaker as a line: "Jane Doe, Chief Executive, NHS Kent and Medway";
 * an unnamed post by its own name, which already says the post.
 */
export function speakerName(speaker: Speaker): string {
  const { person, organisation, role } = speaker;
  if (person?.unnamed === true) return personName(person);
  const parts = [person === undefined ? undefined : personName(person), role, organisation?.name];
  return parts.filter((part): part is string => part !== undefined).join(', ');
}

/** A speaker's page: the person's, else the organisation's. */
export function speakerPath(speaker: Speaker): string | undefined {
  if (speaker.person !== undefined) return personPath(speaker.person.id);
  if (speaker.organisation !== undefined) return organisationPath(speaker.organisation.id);
  return undefined;
}

/** A letter's speakers as its page names them, by the key its `[!quote key]` blocks use. */
export function speakerLabels(letter: Letter): Map<string, SpeakerLabel> {
  return new Map(
    letter.speakers.map((s) => [s.key, { name: speakerName(s), href: speakerPath(s) }]),
  );
}

/** Who an answer's words are: its quoted speaker's, or else the signatory's (with role). */
export function answerSpeakerName(letter: Letter, answer: Pick<LetterAnswer, 'speaker'>): string {
  return answer.speaker === undefined ? senderLine(letter) : speakerName(answer.speaker);
}

/** People who have held a role in an organisation or for a constituency, by name. */
export function peopleWithRolesIn(
  people: Iterable<Person>,
  place: { readonly organisation: string } | { readonly constituency: string },
): Person[] {
  return [...people]
    .filter((p) =>
      p.roles.some((r) =>
        'organisation' in place
          ? r.organisation?.id === place.organisation
          : r.constituency?.id === place.constituency,
      ),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** "2 sent, 0 received", and ", 4 answers quoted" when others' letters quote them. */
export function countLine(sent: number, received: number, quoted: number): string {
  const line = `${sent} sent, ${received} received`;
  return quoted === 0 ? line : `${line}, ${quoted} answer${quoted === 1 ? '' : 's'} quoted`;
}
