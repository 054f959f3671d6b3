import { describe, expect, it } from 'vitest';
import {
  candidateTerm,
  containsExcluded,
  matchable,
  matchText,
  needsChecking,
  normaliseWord,
  parseQuery,
  stemWord,
  wordsOfText,
} from '../../src/lib/search-match';

const text = (words: string) => matchable(wordsOfText(words));

describe('reading a query', () => {
  it('reads words, "phrases" and -exclusions, normalised', () => {
    expect(parseQuery('Wixams -housing "Pharmacy First" -"green belt" GP’s')).toEqual({
      words: ['wixams', 'gp'],
      phrases: [['pharmacy', 'first']],
      excluded: [['housing'], ['green', 'belt']],
    });
  });

  it('keeps a reference as one word, and reads an unclosed quote to the end', () => {
    expect(parseQuery('PO-1531376').words).toEqual(['po1531376']);
    expect(parseQuery('"first Medical').phrases).toEqual([['first', 'medical']]);
    expect(parseQuery('  - "" ')).toEqual({ words: [], phrases: [], excluded: [] });
  });

  it('checks Pagefind’s candidates only when there are words or exclusions', () => {
    expect(needsChecking(parseQuery('  '))).toBe(false);
    expect(needsChecking(parseQuery('-housing'))).toBe(true);
    expect(needsChecking(parseQuery('GP'))).toBe(true);
  });

  it('gives Pagefind the query without its exclusions', () => {
    expect(candidateTerm('Wixams -housing')).toBe('Wixams');
    expect(candidateTerm('"Pharmacy First" -"green belt"')).toBe('"Pharmacy First"');
    expect(candidateTerm('-housing')).toBeNull();
    expect(candidateTerm('PO-1531376')).toBe('PO-1531376');
  });
});

describe('words and stems', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normaliseWord('(c.')).toBe('c');
    expect(normaliseWord('Café,')).toBe('cafe');
    expect(normaliseWord('MP’s')).toBe('mp');
  });

  it('equates plurals and endings, never a word with a bare prefix of it', () => {
    expect(stemWord('doctors')).toBe(stemWord('doctor'));
    expect(stemWord('pharmacies')).toBe(stemWord('pharmacy'));
    expect(stemWord('housing')).toBe(stemWord('houses'));
    expect(stemWord('do')).not.toBe(stemWord('doctors'));
    expect(stemWord('gps')).toBe('gp');
  });
});

describe('matching a text', () => {
  it('needs every word: a stem matches, a bare prefix does not', () => {
    expect(matchText(parseQuery('doctors'), text('the doctor said'))).toBeDefined();
    expect(matchText(parseQuery('do'), text('the doctors said'))).toBeUndefined();
    expect(
      matchText(parseQuery('zebra crossing'), text('Undated (c. February 2024) crossing')),
    ).toBeUndefined();
  });

  it('matches a quoted phrase only exactly and in order', () => {
    const letter = text('Pharmacy First will start. In Kent the first Medical School opened.');
    expect(matchText(parseQuery('"pharmacy firsts"'), letter)).toBeUndefined();
    expect(matchText(parseQuery('"first pharmacy"'), letter)).toBeUndefined();
    expect(matchText(parseQuery('"Pharmacy first"'), letter)?.hits).toEqual([[0, 1]]);
    expect(matchText(parseQuery('"first Medical School"'), letter)).toBeDefined();
  });

  it('finds excluded words and phrases', () => {
    expect(containsExcluded(parseQuery('Wixams -housing'), text('new housing at Wixams'))).toBe(
      true,
    );
    expect(containsExcluded(parseQuery('Wixams -housing'), text('a GP at Wixams'))).toBe(false);
    expect(containsExcluded(parseQuery('-"green belt"'), text('green fields and a belt'))).toBe(
      false,
    );
  });
});
