import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testTempDir } from '../support/temp-dir';
import { fixture, importer, KARIN_SMYTH_SEED, LAURA_TROTT_SEED, ROOT } from './support';

const tempDir = (): string => testTempDir('import');

// Each run starts Node and loads PDF.js and the markdown parser: seconds, not milliseconds.
describe('the import command', { timeout: 30_000 }, () => {
  it('prints one JSON record per input on stdout, and nothing else there', async () => {
    const out = tempDir();
    const { code, stdout } = await importer(
      KARIN_SMYTH_SEED,
      LAURA_TROTT_SEED,
      '--out',
      out,
      '--json',
    );
    expect(code).toBe(0);
    const records = JSON.parse(stdout) as Record<string, unknown>[];
    expect(records.map((r) => Object.keys(r))).toEqual(
      Array(2).fill([
        'input',
        'output',
        'date',
        'reference',
        'from',
        'to',
        'topics',
        'sections',
        'found',
        'missing',
        'warnings',
      ]),
    );
    expect(records[0]).toMatchObject({ date: '2024-10-03', reference: 'PO-1531376' });
    expect(records[1]).toMatchObject({ date: null, reference: null });
    expect(readFileSync(join(ROOT, String(records[0]?.['output'])), 'utf8')).toContain(
      'draft: true',
    );
  });

  it('never overwrites a draft without --force', async () => {
    const out = tempDir();
    await importer(KARIN_SMYTH_SEED, '--out', out);
    const draft = join(out, '2024-10-03-karin-smyth-to-blake-stephenson.md');
    writeFileSync(draft, 'edited by an editor');
    const again = await importer(KARIN_SMYTH_SEED, '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; use --force');
    expect(readFileSync(draft, 'utf8')).toBe('edited by an editor');
    expect((await importer(KARIN_SMYTH_SEED, '--out', out, '--force')).code).toBe(0);
    expect(readFileSync(draft, 'utf8')).toContain('draft: true');
  });

  it('names a bad file in one line, without a stack trace, and exits non-zero', async () => {
    const { code, stdout, stderr } = await importer(fixture('broken.pdf'), '--out', tempDir());
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(
      'import: tests/import/fixtures/broken.pdf: is not a readable PDF (Invalid PDF structure.)',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('carries on past bad files in a folder, with progress and a summary on stderr', async () => {
    const { code, stdout, stderr } = await importer(
      join(ROOT, 'tests/import/fixtures'),
      '--out',
      tempDir(),
      '--json',
    );
    expect(code).toBe(1);
    const records = JSON.parse(stdout) as { output: string | null }[];
    expect(records).toHaveLength(11);
    expect(records.filter((r) => r.output !== null)).toHaveLength(5);
    expect(stderr).toContain('[1/11] tests/import/fixtures/binary.txt');
    expect(stderr).toContain('import: 5 of 11 files imported; 6 failed:');
  });

  it('explains its usage when given no file', async () => {
    const { code, stderr } = await importer();
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run import');
  });
});
