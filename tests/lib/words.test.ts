import { describe, expect, it } from 'vitest';
import { firstMissingInOrder, firstMissingWord, wordsOf } from '../../src/lib/words';

describe('the word-order check shared by site tests and the importer', () => {
  it('finds words in order with editor additions in between', () => {
    expect(firstMissingInOrder(['a', 'b', 'c'], ['a', 'x', 'b', 'y', 'c'])).toBe(-1);
  });

  it('reports the first word that is missing or out of order', () => {
    expect(firstMissingInOrder(['a', 'c', 'b'], ['a', 'b', 'c'])).toBe(2);
    expect(firstMissingInOrder(['a', 'z'], ['a', 'b'])).toBe(1);
  });

  it('keeps punctuation and typos but drops emphasis stars and bullets', () => {
    expect(wordsOf('*From Karin • int eh form, “Thank')).toEqual([
      'From',
      'Karin',
      'int',
      'eh',
      'form,',
      '“Thank',
    ]);
  });

  it('names the first lost word with the words around it', () => {
    expect(firstMissingWord('Dear Blake, thank you', 'Dear thank you')).toEqual({
      index: 1,
      word: 'Blake,',
      context: 'Dear Blake, thank you',
    });
    expect(firstMissingWord('Dear Blake', '> Dear **Blake**')).toBeUndefined();
  });
});
