/**
 * The originals the published letters cite, read from `content/sources/`
 * (`src/lib/sources.ts`). A cited file that is missing fails the build naming
 * the letter.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from '../lib/archive';
import { contentRoot } from '../lib/content-location';
import { SOURCES_FOLDER } from '../lib/content-files';
import { citedSources } from '../lib/sources';
import { loadArchive } from './archive';

const sourcesDir = (): string => join(contentRoot(), SOURCES_FOLDER);

/** The cited originals, as paths inside `content/sources/`; throws a `ContentError` naming each letter whose original is missing. */
export async function publishedSources(): Promise<string[]> {
  const { letters } = await loadArchive();
  const dir = sourcesDir();
  const exists = (file: string) =>
    existsSync(join(dir, file)) && statSync(join(dir, file)).isFile();
  const { files, problems } = citedSources(letters, exists, relative(process.cwd(), dir) || dir);
  if (problems.length > 0) throw new ContentError(problems);
  return files;
}

/** The bytes of one original. */
export function readSourceFile(file: string): Uint8Array<ArrayBuffer> {
  return readFileSync(join(sourcesDir(), file));
}
