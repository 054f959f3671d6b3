/**
 * Originals: the files letters cite as `source.file` (a scan, the text as
 * received). They live in `content/sources/`, beside the content, and only
 * those cited by a published letter are published (at `/sources/<file>`): an
 * original kept for a draft, or not yet filed, never reaches the site. Pure:
 * `src/data/sources.ts` tells whether a file exists and reads it.
 */
import type { ContentProblem, Letter } from './archive';

/** Whether `file` is a plain path inside the originals' folder: no `..`, no leading `/`, no empty or hidden parts. */
export function isSourcePath(file: string): boolean {
  return (
    !file.includes('\\') && file.split('/').every((part) => part !== '' && !part.startsWith('.'))
  );
}

/**
 * The originals the letters cite, each once and sorted, and a problem for each
 * letter whose `source.file` is not a plain path or names no file (`exists`).
 * `folder` is how errors name the originals' folder (`content/sources`).
 */
export function citedSources(
  letters: readonly Letter[],
  exists: (file: string) => boolean,
  folder: string,
): { files: string[]; problems: ContentProblem[] } {
  const files = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const letter of letters) {
    const file = letter.source.file;
    if (file === undefined) continue;
    if (!isSourcePath(file)) {
      problems.push({
        file: letter.file,
        field: 'source.file',
        message: `"${file}" is not a path inside ${folder}/ (no "..", no leading "/")`,
      });
    } else if (!exists(file)) {
      problems.push({
        file: letter.file,
        field: 'source.file',
        message: `no file "${file}" in ${folder}/; put the original there, or remove the field`,
      });
    } else {
      files.add(file);
    }
  }
  return { files: [...files].sort(), problems };
}
