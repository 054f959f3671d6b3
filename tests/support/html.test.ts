import { describe, expect, it } from 'vitest';
import { firstMissingInOrder, wordsOf } from './html';

describe('the word-order check used on built pages', () => {
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
});
