import { describe, expect, it } from 'vitest';
import {
  archiveVocabulary,
  buildVocabulary,
  editDistance,
  suggestQuery,
  suggestWord,
} from '../../src/lib/search-vocabulary';

describe('spelling suggestions from the archive’s words', () => {
  const vocabulary = buildVocabulary([
    'Pharmacy First: the pharmacy will open. The pharmacy, the pharmacist.',
    'Housing targets in Sevenoaks; the GP (c. 2024) PO-1531376 housing',
  ]);

  it('keeps words of letters only, most frequent first', () => {
    expect(vocabulary.slice(0, 3)).toEqual(['the', 'pharmacy', 'housing']);
    expect(vocabulary).not.toContain('gp');
    expect(vocabulary).not.toContain('po1531376');
  });

  it('counts a word written in different ways as one word', () => {
    expect(buildVocabulary(['Pharmacy pharmacy, PHARMACY the the', 'pharmacy’s the'])).toEqual([
      'pharmacy',
      'the',
    ]);
    expect(buildVocabulary(['Pharmacy pharmacy, the the the'])).toEqual(['the', 'pharmacy']);
  });

  it('counts the words of the newest letters only, up to the sample', () => {
    const letters = [
      { title: 'Newest', text: 'pharmacy' },
      { title: 'Older', text: 'housing housing housing' },
    ];
    expect(archiveVocabulary(letters, 1)).toEqual(['newest', 'pharmacy']);
    expect(archiveVocabulary(letters)).toEqual(['housing', 'newest', 'older', 'pharmacy']);
  });

  it('is bounded however many letters there are', () => {
    const texts = Array.from(
      { length: 500 },
      (_, i) => `word${'x'.repeat(i % 20)}${String.fromCharCode(97 + (i % 26))}`,
    );
    expect(buildVocabulary(texts, 10)).toHaveLength(10);
  });

  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('pharmcy', 'pharmacy')).toBe(1);
    expect(editDistance('hosuing', 'housing')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the most frequent close word, and nothing for known or far words', () => {
    expect(suggestWord('pharmcy', vocabulary)).toBe('pharmacy');
    expect(suggestWord('pharmacy', vocabulary)).toBeUndefined();
    expect(suggestWord('zebra', vocabulary)).toBeUndefined();
    expect(suggestQuery('pharmcy', vocabulary)).toBe('pharmacy');
    expect(suggestQuery('"pharmcy first" -hosuing', vocabulary)).toBe('"pharmacy first" -hosuing');
    expect(suggestQuery('housing targets', vocabulary)).toBeUndefined();
  });
});
