/**
 * How a markdown file is named in build errors. Astro hands plugins an absolute
 * path; editors think in repository paths (`content/letters/2024/x.md`).
 */
import { isAbsolute, relative } from 'node:path';

/** The parts of a vfile that name it (kept structural so plugins need not import `vfile`). */
export interface NamedFile {
  /** The file's path; absent when markdown is rendered from a bare string. */
  readonly path?: string | undefined;
  /** The working directory the path is relative to. */
  readonly cwd: string;
}

/** Names a markdown file for an error message, relative to the working directory when inside it. */
export function fileLabel(file: NamedFile): string {
  const path = file.path;
  if (!path) return '(unnamed markdown)';
  if (!isAbsolute(path)) return path;
  const inside = relative(file.cwd, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}
