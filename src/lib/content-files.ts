/**
 * The content files as they are on disk, checked before Astro reads them. Astro's
 * loaders see a file only through a glob (`**\/[^_]*.md`) and give it an id it
 * has slugified, so on their own a letter saved as `.MD` is never published, and
 * `Ann Minister.yaml` quietly becomes `ann-minister` (and replaces any
 * `ann-minister.yaml`). They also read every file as UTF-8, turning invalid
 * bytes into U+FFFD, and crash without a file name on an empty YAML file. Here
 * each file's name, extension and bytes are checked as they are, and each
 * problem names the file and says what to do. Pure: give it each file's path
 * and bytes; `src/integrations/content-files.ts` reads them.
 */
import type { ContentProblem } from './archive.ts';
import { isDraftSource } from '../markdown/letter-body.ts';
import { isSlug, letterSlug, slugify } from './slugs.ts';

/** The folders of `content/` and the one extension each collection's files have. */
export const COLLECTION_EXTENSIONS: Readonly<Record<string, string>> = {
  letters: '.md',
  people: '.yaml',
  organisations: '.yaml',
  topics: '.yaml',
  constituencies: '.yaml',
};

/** The folder of originals (`source.file`): any kind of file, published only when cited. */
export const SOURCES_FOLDER = 'sources';

/** Whether a file is a note, template or system file that is never published (`_x.md`, `.DS_Store`). */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The byte offset of the first NUL or invalid UTF-8 sequence, and which; undefined when the bytes are clean text. */
export function findBadByte(
  bytes: Uint8Array,
): { offset: number; reason: 'a NUL byte' | 'invalid UTF-8' } | undefined {
  if (isUtf8(bytes)) {
    const nul = bytes.indexOf(0);
    return nul === -1 ? undefined : { offset: nul, reason: 'a NUL byte' };
  }
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b === 0) return { offset: i, reason: 'a NUL byte' };
    const length = sequenceLength(b);
    if (length === 0 || !continues(bytes, i, length)) return { offset: i, reason: 'invalid UTF-8' };
    i += length;
  }
  return undefined;
}

/** Whether the bytes decode as UTF-8 (the quick check; `findBadByte` finds where they do not). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** How many bytes the UTF-8 sequence a lead byte starts has; 0 for a byte no sequence starts with. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  return lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

/** Whether the `length`-byte sequence at `i` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF). */
function continues(bytes: Uint8Array, i: number, length: number): boolean {
  const lead = bytes[i] ?? 0;
  const second = bytes[i + 1] ?? 0;
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  if (length > 1 && (second < low || second > high)) return false;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k] ?? 0;
    if (next < 0x80 || next > 0xbf) return false;
  }
  return i + length <= bytes.length;
}

/** Whether YAML text holds no data at all: only blank lines, comments and document markers. */
export function isEmptyYaml(text: string): boolean {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .every((line) => /^\s*(#.*)?$/.test(line) || /^(---|\.\.\.)\s*(#.*)?$/.test(line));
}

const extensionOf = (name: string) => /\.[^.]*$/.exec(name)?.[0] ?? '';

/** What a file should be called: its name as a slug, with its collection's extension. */
function suggestedName(name: string, extension: string): string {
  const stem = name.slice(0, name.length - extensionOf(name).length) || name;
  return `${slugify(stem) || 'a-name'}${extension}`;
}

/**
 * Every problem with one content file, given its path relative to the content
 * folder (`letters/2024/x.md`, with `/`) and its bytes. `label` is how errors
 * name it (`content/letters/2024/x.md`).
 */
export function checkContentFile(path: string, bytes: Uint8Array, label: string): ContentProblem[] {
  const parts = path.split('/');
  const name = parts.at(-1) ?? path;
  const folder = parts[0] ?? '';
  if (isIgnoredFile(name) || parts.some((p) => p.startsWith('.')) || folder === SOURCES_FOLDER)
    return [];
  const extension = COLLECTION_EXTENSIONS[folder];
  if (extension === undefined || parts.length === 1) {
    return [
      {
        file: label,
        field: 'file name',
        message: `is in no collection, so it would never be published; move it into one of ${Object.keys(COLLECTION_EXTENSIONS).join(', ')} or ${SOURCES_FOLDER}`,
      },
    ];
  }
  const problems: ContentProblem[] = [];
  const stem = name.slice(0, name.length - extension.length);
  if (!name.endsWith(extension) || !isSlug(stem)) {
    problems.push({
      file: label,
      field: 'file name',
      message: `"${name}" would not be published as it is: ${folder} files are named in lower-case words joined by hyphens and end in "${extension}"; rename it to "${suggestedName(name, extension)}"`,
    });
  }
  if (folder !== 'letters' && parts.length > 2) {
    problems.push({
      file: label,
      field: 'file name',
      message: `${folder} files sit directly in content/${folder}/; move it there`,
    });
  }
  const bad = findBadByte(bytes);
  if (bad !== undefined) {
    problems.push({
      file: label,
      field: 'bytes',
      message: `${bad.reason} at byte offset ${bad.offset}: the archive keeps text byte for byte, so fix the file's encoding`,
    });
  } else if (extension === '.yaml' && isEmptyYaml(new TextDecoder().decode(bytes))) {
    problems.push({
      file: label,
      field: 'file',
      message: `is empty (blank or comments only); give its fields, or delete it`,
    });
  }
  return problems;
}

/**
 * The slug of the published letter a content file holds, or undefined for a draft,
 * a file the content loader leaves out (`_…`) and any file that is no letter.
 * `path` is the file's from the content folder (`letters/2024/x.md`); `source` gives
 * its text, asked for only if it is a letter's file. A draft is told by its
 * frontmatter read as the content loader reads it (`isDraftSource`), so CRLF, a
 * byte-order mark or `draft: True` count alike; a file that never names `draft` is
 * not one, and its frontmatter need not be read.
 */
export function publishedLetterSlug(path: string, source: () => string): string | undefined {
  const name = path.split('/').at(-1) ?? path;
  if (!path.startsWith('letters/') || !name.endsWith('.md') || name.startsWith('_')) {
    return undefined;
  }
  const text = source();
  return text.includes('draft') && isDraftSource(text) ? undefined : letterSlug(name);
}
