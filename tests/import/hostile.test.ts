/**
 * Hostile and awkward input: names and text that would break the draft's YAML,
 * symbolic links, two inputs with one slug, huge files and zip bombs, and
 * whitespace that must not make the word check refuse a letter.
 */
import { readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../scripts/import/read-source.ts';
import { testTempDir } from '../support/temp-dir';
import { bodyOf, draftText, frontmatterOf, importer, ROOT, zipOf } from './support';

const tempDir = (): string => testTempDir('hostile');

const LETTER =
  'Our ref: AB-1234\n\n2 June 2025\n\nDear Ms Example,\n\nThank you for your letter about the bus station.\n\nYours sincerely,\n\nSam Invented';

describe('text written into YAML', () => {
  it('escapes a file name with a newline, so it cannot add a key or break the frontmatter', () => {
    const draft = draftText(LETTER, '/tmp/x\ndraft: false\ntitle: "injected.txt');
    const data = frontmatterOf(draft);
    expect(data['draft']).toBe(true);
    expect(String(data['title'])).toMatch(/^TODO: /);
    expect(draft.markdown).toContain('from x\\u000adraft: false');
  });

  it('escapes quotes, colons and line separators in detected text', () => {
    const text = LETTER.replace('AB-1234', 'AB-1234 "x": y #z\u2028').replace(
      'Sam Invented',
      'Sam Invented\nHead of "Quotes": and #hashes',
    );
    const data = frontmatterOf(draftText(text));
    expect(data['reference']).toBe('AB-1234 "x": y #z');
    expect(data['from_role']).toBe('Head of "Quotes": and #hashes');
  });
});

describe('whitespace never makes the importer refuse', () => {
  it('keeps a tab-indented paragraph as text, not as code that runs into the next', () => {
    const text =
      'Dear Ann,\n\n\tThis paragraph is indented with a tab.\n\nNext paragraph here.\n\nYours sincerely,\n\nBo Jones';
    const body = bodyOf(draftText(text));
    expect(body).toContain('\nThis paragraph is indented with a tab.\n\nNext paragraph here.');
  });

  it('checks words with zero-width and non-breaking spaces the same way on both sides', () => {
    const text =
      'Dear Ann,\n\nThe word\u200b list\u200b\n\u200b- item one\u00a0and\u00a0two\n\nYours sincerely,\n\nBo Jones';
    expect(() => draftText(text)).not.toThrow();
  });
});

describe('markdown syntax in the text never makes the importer refuse', () => {
  it('keeps underscores and tildes that markdown would read as emphasis, and addresses as written', () => {
    const text =
      'Dear Ann,\n\n_Note_: use the __init__ form, not the ~~old~~ one, at https://example.org/a_b_c_ or www.example.org/x_y, or [here](https://example.org/a__b).\n\nYours sincerely,\n\nBo Jones';
    const body = bodyOf(draftText(text));
    expect(body).toContain(
      '\\_Note\\_: use the \\_\\_init\\_\\_ form, not the \\~\\~old\\~\\~ one',
    );
    expect(body).toContain(
      'https://example.org/a_b_c_ or www.example.org/x_y, or \\[here\\](https://example.org/a__b).',
    );
  });
});

describe('writing drafts safely', { timeout: 30_000 }, () => {
  it('never writes through a symbolic link, even with --force', async () => {
    const out = tempDir();
    const input = join(tempDir(), 'letter.txt');
    writeFileSync(input, LETTER);
    const first = await importer(input, '--out', out, '--json');
    const output = join(ROOT, (JSON.parse(first.stdout) as { output: string }[])[0]?.output ?? '');
    const target = join(tempDir(), 'elsewhere.txt');
    writeFileSync(target, 'not the importer’s to write');
    unlinkSync(output);
    symlinkSync(target, output);
    const again = await importer(input, '--out', out, '--force');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is a symbolic link; the importer never writes through one');
    expect(readFileSync(target, 'utf8')).toBe('not the importer’s to write');
  });

  it('never overwrites a draft written earlier in the same run, even with --force', async () => {
    const out = tempDir();
    const folder = tempDir();
    writeFileSync(join(folder, 'a.txt'), LETTER);
    writeFileSync(join(folder, 'b.txt'), LETTER.replace('bus station', 'railway station'));
    const { code, stdout } = await importer(folder, '--out', out, '--force', '--json');
    expect(code).toBe(0);
    const records = JSON.parse(stdout) as { output: string; warnings: string[] }[];
    const [a, b] = records.map((r) => r.output);
    expect(a).not.toBe(b);
    expect(readFileSync(join(ROOT, a ?? ''), 'utf8')).toContain('bus station');
    expect(readFileSync(join(ROOT, b ?? ''), 'utf8')).toContain('railway station');
    expect(records[1]?.warnings.join(' ')).toContain(
      'an earlier file of this run has the same slug',
    );
  });
});

describe('size limits', { timeout: 30_000 }, () => {
  it('refuses a file over the limit with a clear message, and --max-size raises it', async () => {
    const input = join(tempDir(), 'letter.txt');
    writeFileSync(input, LETTER + '\n\nMore text.'.repeat(200));
    const small = await importer(input, '--out', tempDir(), '--max-size', '0.001');
    expect(small.code).toBe(1);
    expect(small.stderr).toMatch(
      /is 0\.0\d MB, over the 0\.00 MB limit for one letter; nothing read \(.*--max-size/,
    );
    expect((await importer(input, '--out', tempDir(), '--max-size', '1')).code).toBe(0);
    expect((await importer(input, '--max-size', 'lots')).code).toBe(2);
  });

  it('refuses a text over 10 MB by default, before reading it', async () => {
    const input = join(tempDir(), 'huge.txt');
    writeFileSync(input, Buffer.alloc(11 * 1024 * 1024, 'a '));
    await expect(readSource(input)).rejects.toThrow(/over the 10\.0 MB limit/);
  });

  it('refuses a .docx that unpacks to far more than its size (a zip bomb), with bounded memory', async () => {
    const input = join(tempDir(), 'bomb.docx');
    const xml = new Uint8Array(60 * 1024 * 1024).fill(0x20);
    writeFileSync(
      input,
      zipOf({ '[Content_Types].xml': new Uint8Array(10), 'word/document.xml': xml }),
    );
    await expect(readSource(input)).rejects.toThrow(/unpacks to more than 50\.0 MB/);
  });
});
