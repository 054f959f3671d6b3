import { describe, expect, it } from 'vitest';
import {
  checkContentFile,
  findBadByte,
  isEmptyYaml,
  publishedLetterSlug,
} from '../../src/lib/content-files';

const text = (s: string) => new TextEncoder().encode(s);
const LETTER = text('---\ntitle: A letter\n---\n\nDear Forum,\n');
const PERSON = text('name: Ann Minister\n');

/** The problems with one file, as `field: message` lines. */
const check = (path: string, bytes: Uint8Array = path.endsWith('.md') ? LETTER : PERSON) =>
  checkContentFile(path, bytes, `content/${path}`).map(
    (p) => `${p.file}: ${p.field}: ${p.message}`,
  );

describe('content files as they are on disk', () => {
  it('accepts letters and entries named as their addresses', () => {
    expect(check('letters/2024/2024-03-01-ann-minister-housing.md')).toEqual([]);
    expect(check('letters/loose-letter.md')).toEqual([]);
    expect(check('people/ann-minister.yaml')).toEqual([]);
  });

  it('leaves notes, templates, hidden files and originals alone', () => {
    expect(check('letters/_template.md', text(''))).toEqual([]);
    expect(check('letters/2024/.DS_Store', text('\0'))).toEqual([]);
    expect(check('sources/Original Scan.PDF', new Uint8Array([0, 0xff]))).toEqual([]);
  });

  it.each([
    ['letters/2024/a-letter.MD', 'a-letter.md'],
    ['letters/2024/a-letter.Md', 'a-letter.md'],
    ['letters/2024/a-letter.markdown', 'a-letter.md'],
    ['letters/2024/a-letter.txt', 'a-letter.md'],
    ['letters/2024/a-letter', 'a-letter.md'],
    ['letters/2024/A-Letter.md', 'a-letter.md'],
    ['letters/2024/a letter about housing.md', 'a-letter-about-housing.md'],
    ['letters/2024/a_letter.md', 'a-letter.md'],
    ['letters/2024/café-letter.md', 'cafe-letter.md'],
    ['people/Ann Minister.yaml', 'ann-minister.yaml'],
    ['people/ann-minister.yml', 'ann-minister.yaml'],
    ['topics/housing.YAML', 'housing.yaml'],
    ['topics/housing.json', 'housing.yaml'],
  ])('fails on %s, naming the file and what to rename it to', (path, rename) => {
    expect(check(path)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: file name: .*would not be published.*rename it to "${rename}"$`,
        ),
      ),
    ]);
  });

  it('fails on a file in no collection, which would never be published', () => {
    expect(check('letter/2024/a-letter.md')).toEqual([
      expect.stringMatching(/^content\/letter\/2024\/a-letter\.md: file name: is in no collection/),
    ]);
    expect(check('a-letter.md')).toHaveLength(1);
  });

  it('fails on a person, organisation, topic or constituency in a sub-folder', () => {
    expect(check('people/mps/ann-minister.yaml')).toEqual([
      expect.stringMatching(/people files sit directly in content\/people\//),
    ]);
  });

  it.each(['people', 'organisations', 'topics', 'constituencies'])(
    'fails on an empty or comment-only %s file, naming it',
    (folder) => {
      for (const body of ['', '\n\n', '# to do\n', '---\n# nothing yet\n...\n', '\uFEFF  \r\n']) {
        expect(check(`${folder}/x.yaml`, text(body))).toEqual([
          `content/${folder}/x.yaml: file: is empty (blank or comments only); give its fields, or delete it`,
        ]);
      }
    },
  );

  it('fails on invalid UTF-8 or a NUL byte, naming the file and the byte offset', () => {
    const letter = (bytes: number[]) =>
      new Uint8Array([...text('---\ntitle: A\n---\n\nDear '), ...bytes, ...text(' Forum\n')]);
    expect(check('letters/2024/a.md', letter([0xe9]))).toEqual([
      "content/letters/2024/a.md: bytes: invalid UTF-8 at byte offset 23: the archive keeps text byte for byte, so fix the file's encoding",
    ]);
    expect(check('letters/2024/a.md', letter([0]))[0]).toMatch(/a NUL byte at byte offset 23/);
    expect(check('people/a.yaml', new Uint8Array([0x6e, 0x3a, 0x20, 0xff]))[0]).toMatch(
      /invalid UTF-8 at byte offset 3/,
    );
  });
});

describe('finding bad bytes', () => {
  it.each([
    ['plain ASCII', [0x61], undefined],
    ['two-, three- and four-byte characters', [...text('é€😀')], undefined],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong encoding', [0xc0, 0xaf], 0],
    ['an overlong three-byte encoding', [0xe0, 0x80, 0xaf], 0],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short at the end', [0x61, 0xe2, 0x82], 1],
    ['a sequence cut short by ASCII', [0xe2, 0x61, 0x61], 0],
    ['Latin-1 text', [0x63, 0x61, 0x66, 0xe9], 3],
  ])('%s', (_, bytes, offset) => {
    expect(findBadByte(new Uint8Array(bytes))?.offset).toBe(offset);
  });
});

describe('empty YAML', () => {
  it('is blank lines, comments and document markers only', () => {
    expect(isEmptyYaml('# a comment\n  # another\n---\n')).toBe(true);
    expect(isEmptyYaml('name: x # a comment\n')).toBe(false);
    expect(isEmptyYaml('---\nname: x\n')).toBe(false);
  });
});

describe('publishedLetterSlug', () => {
  const letter = (frontmatter: string) => () =>
    `---\ntitle: A letter\n${frontmatter}---\n\nText.\n`;
  const unread = () => {
    throw new Error('read a file that is no letter');
  };

  it('gives a published letter’s slug, and nothing for a draft, however `draft` is written', () => {
    expect(publishedLetterSlug('letters/2024/2024-01-02-a.md', letter(''))).toBe('2024-01-02-a');
    expect(publishedLetterSlug('letters/2024/b.md', letter('draft: false\n'))).toBe('b');
    expect(publishedLetterSlug('letters/b.md', letter('draft: true\n'))).toBeUndefined();
    expect(publishedLetterSlug('letters/b.md', letter('draft: True\n'))).toBeUndefined();
    expect(
      publishedLetterSlug('letters/b.md', () => '\uFEFF---\r\ndraft: true\r\n---\r\n'),
    ).toBeUndefined();
  });

  it('reads no file that is not a letter’s: other collections, sources, `_` files', () => {
    for (const path of [
      'people/a.yaml',
      'sources/a.md',
      'letters/2024/_notes.md',
      'letters/a.txt',
    ]) {
      expect(publishedLetterSlug(path, unread), path).toBeUndefined();
    }
  });
});
