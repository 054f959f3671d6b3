import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import {
  correspondentName,
  peopleWithRolesIn,
  rolesAt,
  senderLine,
} from '../../src/lib/correspondents';
import { archiveInput, letterEntry } from './fixtures';

describe('naming correspondents', () => {
  it('names the sender with the role stated on the letter', () => {
    const [letter] = buildArchive(
      archiveInput([letterEntry('a', { from_role: 'Minister for Things' })]),
    ).letters;
    expect(letter && senderLine(letter)).toBe('Ann Minister MP, Minister for Things');
  });

  it('falls back to the role held on the letter date', () => {
    const [before] = buildArchive(archiveInput([letterEntry('a', { date: '2024-03-01' })])).letters;
    const [after] = buildArchive(archiveInput([letterEntry('a', { date: '2024-10-03' })])).letters;
    expect(before && senderLine(before)).toBe(
      'Ann Minister MP, Member of Parliament for Sevenoaks',
    );
    expect(after && senderLine(after)).toBe('Ann Minister MP, Minister of State for Health');
  });

  it('names an organisation when no person is given', () => {
    const [letter] = buildArchive(archiveInput([letterEntry('a')])).letters;
    expect(letter && correspondentName(letter.to)).toBe('A Forum');
  });

  it('lists no role before the person held any', () => {
    const [letter] = buildArchive(archiveInput([letterEntry('a')])).letters;
    const person = letter?.from.person;
    expect(person && rolesAt(person, '2010-01-01')).toEqual([]);
  });

  it('lists the people who held a role in an organisation or for a constituency', () => {
    const { people } = buildArchive(archiveInput([letterEntry('a')]));
    const names = (place: Parameters<typeof peopleWithRolesIn>[1]) =>
      peopleWithRolesIn(people.values(), place).map((p) => p.name);
    expect(names({ organisation: 'dept' })).toEqual(['Ann Minister']);
    expect(names({ constituency: 'sevenoaks' })).toEqual(['Ann Minister']);
    expect(names({ organisation: 'forum' })).toEqual([]);
  });
});
