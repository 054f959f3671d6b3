import { describe, expect, it } from 'vitest';
import { findLostLetters } from '../../src/lib/inventory';

const all = ['a', 'b'];

describe('finding lost letters', () => {
  it('finds nothing when every letter reached its page, the index and the data', () => {
    expect(findLostLetters({ content: all, pages: all, search: all, data: all })).toEqual([]);
  });

  it('names a letter missing from each place', () => {
    expect(findLostLetters({ content: all, pages: ['a'], search: ['b'], data: [] })).toEqual([
      'letter "b" has no letter page',
      'letter "a" is not in the search index',
      'letter "a" is not in the open data (/data/letters/<year>.json)',
      'letter "b" is not in the open data (/data/letters/<year>.json)',
    ]);
  });

  it('names a page or record with no letter behind it, and duplicates', () => {
    expect(
      findLostLetters({ content: ['a'], pages: ['a', 'ghost'], search: ['a', 'a'], data: ['a'] }),
    ).toEqual([
      '"ghost" has a letter page but no published letter in the content',
      'search lists a letter more than once',
    ]);
  });
});
