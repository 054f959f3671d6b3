import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import { exportParts, measureText, partName } from '../../src/lib/export-files';
import { archiveInput, letterEntry } from './fixtures';

const { letters } = buildArchive(
  archiveInput([
    letterEntry('a', { date: '2024-03-01' }),
    letterEntry('b', { date: '2024-02-01' }),
    letterEntry('c', { date: '2024-01-01' }),
    letterEntry('d', { date: '2023-05-01' }),
  ]),
);

describe('export parts', () => {
  it('puts each year in a file of its own while it fits', () => {
    const parts = exportParts(letters, () => 10, 100);
    expect(parts.map((p) => [p.name, p.letters.map((l) => l.slug)])).toEqual([
      ['2024', ['a', 'b', 'c']],
      ['2023', ['d']],
    ]);
  });

  it('splits a year past the byte limit into parts of consecutive letters', () => {
    const parts = exportParts(letters, () => 10, 20);
    expect(parts.map((p) => [p.name, p.part, p.letters.map((l) => l.slug)])).toEqual([
      ['2024', 1, ['a', 'b']],
      ['2024-2', 2, ['c']],
      ['2023', 1, ['d']],
    ]);
  });

  it('gives a letter larger than the limit a part of its own', () => {
    const parts = exportParts(letters, (l) => (l.slug === 'b' ? 500 : 10), 100);
    expect(parts.map((p) => p.letters.map((l) => l.slug))).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(partName(2024, 1)).toBe('2024');
    expect(partName(2024, 3)).toBe('2024-3');
  });
});

describe('measuring a file', () => {
  it('gives the UTF-8 bytes and SHA-256 of the text its parts make', () => {
    const text = 'Café, “quoted”\n';
    expect(measureText(['Café, ', '“quoted”\n'])).toEqual({
      bytes: Buffer.byteLength(text),
      sha256: createHash('sha256').update(text).digest('hex'),
    });
  });
});
