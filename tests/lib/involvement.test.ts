import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import { counted, involvementLine, organisationInvolvement } from '../../src/lib/involvement';
import { archiveInput, letterEntry } from './fixtures';

describe('what an organisation is involved in', () => {
  // Ann Minister holds a role in the department ("dept"); her letter names no organisation.
  const archive = buildArchive(archiveInput([letterEntry('2024/a')]));
  const involvement = (id: string) =>
    organisationInvolvement(archive.letters, archive.people.values(), id);

  it('counts letters its people sent or received, not just those sent for it', () => {
    const dept = involvement('dept');
    expect(dept.sent).toEqual([]);
    expect(dept.people.map((p) => p.id)).toEqual(['ann-minister']);
    expect(dept.byItsPeople.map((l) => l.slug)).toEqual(['a']);
    expect(involvementLine(dept)).toBe('1 person, 1 letter by or to its people');
  });

  it('says so when there is nothing, instead of “0 sent, 0 received”', () => {
    expect(involvementLine(involvement('nowhere'))).toBe('No letters yet');
  });

  it('writes counts with the right noun, with no space inside the word', () => {
    expect(counted(3, 'answer')).toBe('3 answers');
    expect(counted(1, 'answer')).toBe('1 answer');
    expect(counted(2, 'person', 'people')).toBe('2 people');
  });
});
