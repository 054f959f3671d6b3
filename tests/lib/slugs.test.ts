import { describe, expect, it } from 'vitest';
import {
  isReservedLetterKey,
  isSlug,
  letterSlug,
  reservedKeyMessage,
  slugify,
} from '../../src/lib/slugs';
import { answerPath, letterPath, yearPath } from '../../src/lib/paths';

describe('slugs and paths', () => {
  it('takes a letter slug from its file name, whatever folder it is in', () => {
    expect(letterSlug('2024/2024-10-03-karin-smyth-healthcare')).toBe(
      '2024-10-03-karin-smyth-healthcare',
    );
    expect(letterSlug('loose-letter')).toBe('loose-letter');
  });

  it('accepts only lower-case hyphenated slugs', () => {
    expect(isSlug('2024-10-03-karin-smyth')).toBe(true);
    expect(isSlug('Karin_Smyth')).toBe(false);
    expect(isSlug('double--hyphen')).toBe(false);
  });

  it('slugifies names with accents, apostrophes and punctuation', () => {
    expect(slugify('Sevenoaks District Seniors’ Action Forum')).toBe(
      'sevenoaks-district-seniors-action-forum',
    );
    expect(slugify('Zoë Ní Bhriain & Co.')).toBe('zoe-ni-bhriain-co');
  });

  it('builds the permalink of one answer inside a letter', () => {
    expect(answerPath('x', 'housing-targets')).toBe('/letters/x/#housing-targets');
    expect(letterPath('x')).toBe('/letters/x/');
    expect(yearPath(2024)).toBe('/letters/2024/');
  });
});

describe('letter keys the listings use', () => {
  it('reserves "page", where the list of letters continues, as well as years', () => {
    expect(isReservedLetterKey('page')).toBe(true);
    expect(isReservedLetterKey('2024')).toBe(true);
    expect(isReservedLetterKey('2024-page')).toBe(false);
    expect(reservedKeyMessage('page')).toContain('/letters/page/2/');
  });
});
