import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { readLetterBody, readLetterSource } from '../../src/markdown/letter-body';

/** The body as Astro's markdown loader makes it: the frontmatter blanked, the rest trimmed. */
const loaderBody = (source: string): string =>
  parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content.trim();

const SOURCES: Record<string, string> = {
  plain: '---\ntitle: x\n---\n\nDear Sir,\n\nYes.\n',
  'a byte-order mark': '\uFEFF---\ntitle: x\n---\nDear Sir,\n',
  'CRLF line ends': '---\r\ntitle: x\r\n---\r\n\r\nDear Sir,\r\n\r\nYes.\r\n',
  'blank lines before the fence': '\n\n---\ntitle: x\n---\nDear Sir,\n',
  'TOML frontmatter': '+++\ntitle = "x"\n+++\n\nDear Sir,\n',
  'no frontmatter': '\n\nDear Sir,\n\n---\n\nYes.\n',
  'an empty body': '---\ntitle: x\n---\n\n  \n',
  'a rule in the body': '---\ntitle: x\n---\nDear Sir,\n\n---\n\nYes.\n---\n',
  'the body’s words in the frontmatter': '---\ntitle: Yes.\n---\n\nYes.\n',
  'an unclosed frontmatter': '---\ntitle: x\n\nDear Sir,\n',
};

describe('readLetterBody', () => {
  it.each(Object.entries(SOURCES))('splits off the body as the loader does: %s', (_, source) => {
    expect(readLetterBody(source).body).toBe(loaderBody(source));
  });

  it('splits every seed and fixture letter as the loader does', () => {
    const folders = ['content/letters', 'tests/fixtures/content/valid/letters'];
    const files = folders.flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => join(folder, f)),
    );
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(readLetterBody(source).body, file).toBe(loaderBody(source));
    }
  });

  it('gives the line of the file the body starts on, after the frontmatter', () => {
    const lineOf = (name: string) => readLetterBody(SOURCES[name] ?? '').bodyLine;
    expect(lineOf('plain')).toBe(5);
    expect(lineOf('CRLF line ends')).toBe(5);
    expect(lineOf('no frontmatter')).toBe(3);
    expect(lineOf('the body’s words in the frontmatter')).toBe(5);
  });

  it('does not parse the frontmatter, which readLetterSource does', () => {
    const broken = '---\ntitle: [unclosed\n---\n\nDear Sir,\n';
    expect(readLetterBody(broken)).toEqual({ body: 'Dear Sir,', bodyLine: 5 });
    expect(() => readLetterSource(broken)).toThrow();
  });
});
