/** Shared setup for importer tests: the real catalogue, fixture paths, and importing a file to a draft. */
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCatalogue } from '../../scripts/import/catalogue.ts';
import { draftLetter, type Draft } from '../../scripts/import/draft.ts';
import { readSource } from '../../scripts/import/read-source.ts';

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
