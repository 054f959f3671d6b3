/** Shared setup for importer tests: the real catalogue, fixture paths, and importing a file to a draft. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateRawSync } from 'node:zlib';
import { parse } from 'yaml';
import { loadCatalogue } from '../../scripts/import/catalogue.ts';
import { draftLetter, type Draft } from '../../scripts/import/draft.ts';
import { readSource } from '../../scripts/import/read-source.ts';
import type { LetterSource } from '../../scripts/import/source.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const catalogue = loadCatalogue(join(ROOT, 'content'));
export const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', name);
export const seed = (name: string): string => join(ROOT, 'content/sources', name);
export const KARIN_SMYTH_SEED = seed('2024-10-03-karin-smyth-healthcare-mid-bedfordshire.txt');
export const LAURA_TROTT_SEED = seed('2024-laura-trott-sevenoaks-seniors-action-forum.txt');

/** Reads a file and drafts it against the real catalogue. */
export async function importFile(path: string): Promise<Draft> {
  return draftLetter(await readSource(path), catalogue, {
    sourcesDir: join(ROOT, 'content/sources'),
  });
}

/** A draft's frontmatter, parsed (YAML comments dropped). */
export function frontmatterOf(draft: Draft): Record<string, unknown> {
  const [, yaml = ''] = /^---\n([\s\S]*?)\n---\n/.exec(draft.markdown) ?? [];
  return parse(yaml) as Record<string, unknown>;
}

/** A draft's body: everything after the frontmatter. */
export const bodyOf = (draft: Draft): string =>
  draft.markdown.replace(/^---\n[\s\S]*?\n---\n/, '').trimStart();

/** A zip file of the given entries, deflated (as a .docx is), for tests of what unpacking costs. */
export function zipOf(entries: Record<string, Uint8Array>): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(entries)) {
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name);
    const header = (signature: number, size: number): Buffer => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    directory.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

/** Drafts a letter given as text, as if read from a `.txt` file. */
export function draftText(text: string, path = '/tmp/letter.txt'): Draft {
  const source: LetterSource = {
    path,
    kind: 'text',
    text,
    description: 'Imported from a test letter.',
    warnings: [],
  };
  return draftLetter(source, catalogue);
}

const run = promisify(execFile);

/** Runs the importer as `npm run import` does; never throws on a non-zero exit. */
export async function importer(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(ROOT, 'scripts/import/cli.ts'), ...args],
      { cwd: ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
