/**
 * How people and organisations are named on the page: with honorifics, with the
 * role held when a letter was written, and for posts whose holder is not named.
 */
import type { Correspondent, Letter, Organisation, Person, Role } from './archive';

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
