/**
 * The nothing-lost check reads the open data's letters in chunks, line by line
 * (`slugsOfRecords`), because a file of full records may be longer than any
 * string Node can make. Chunks of a few bytes put every boundary somewhere
 * awkward: inside a slug, inside a multi-byte character.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentLetters } from '../../src/integrations/nothing-lost';
import { slugsOfRecords } from '../../src/lib/inventory';
import { jsonArrayText } from '../../src/lib/open-data';

const folder = mkdtempSync(join(tmpdir(), 'postbag-nothing-lost-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const records = [
  {
    slug: '2024-10-03-karin-smyth-healthcare',
    title: 'Café “quotes” — naïve ☃',
    from: { slug: 'not-a-letter', name: 'Karin Smyth MP' },
    // A letter's text that looks like a slug line once its line break is read as one.
    text: 'Line one\n    "slug": "fake-letter",\nand “more” ✉',
    answers: [{ slug: 'nested-answer' }],
  },
  { slug: 'sevenoaks-"quoted"-\\slug', text: '' },
  { slug: '2011-01-01-café-☃', text: 'é'.repeat(50) },
];

/** `bytes` in chunks of `size`. */
function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('reading the open data’s letters', () => {
  it('finds every record’s slug, and only those, whatever the chunk size', () => {
    const bytes = new TextEncoder().encode([...jsonArrayText(records)].join(''));
    const expected = records.map((r) => r.slug);
    for (const chunk of [1, 2, 3, 5, 7, 64, 1 << 24]) {
      expect(slugsOfRecords(chunksOf(bytes, chunk)), `chunks of ${String(chunk)} bytes`).toEqual(
        expected,
      );
    }
  });

  it('finds nothing in a file written another way, so the check fails loudly rather than passing', () => {
    expect(slugsOfRecords([new TextEncoder().encode(JSON.stringify(records))])).toEqual([]);
  });
});

describe('telling drafts from published letters in the content', () => {
  const letter = (frontmatter: string) =>
    `---\ntitle: A letter\n${frontmatter}\n---\n\nDear Forum,\n`;
  const drafts: [string, string][] = [
    ['draft: true', letter('draft: true')],
    ['CRLF line endings', letter('draft: true').replaceAll('\n', '\r\n')],
    ['a byte-order mark', `\uFEFF${letter('draft: true')}`],
    ['draft: True', letter('draft: True')],
    ['draft: TRUE', letter('draft: TRUE')],
    ['a comment after the value', letter('draft: true # until reviewed')],
    ['quoted key and extra spaces', letter('"draft" :   true')],
    ['flow style', letter('{draft: true}').replace('title: A letter\n', '')],
  ];

  it.each(drafts)(
    'reads a draft written with %s as a draft, as the content loader does',
    (_, text) => {
      const root = mkdtempSync(join(folder, 'content-'));
      mkdirSync(join(root, 'letters', '2024'), { recursive: true });
      writeFileSync(join(root, 'letters', '2024', 'a-draft.md'), text);
      writeFileSync(join(root, 'letters', '2024', 'published.md'), letter('draft: false'));
      expect(contentLetters(root)).toEqual(['published']);
    },
  );
});
