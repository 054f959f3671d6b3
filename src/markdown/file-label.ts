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
  /** `data.bodyLine`: the line of the file the markdown starts on, below its frontmatter (default 1). */
  readonly data?: { readonly bodyLine?: number | undefined } | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** The line of the letter file its body starts on, so messages name lines of the file. */
    bodyLine: number;
  }
}

/** A node's place in the markdown, as unified writes it. */
export interface Place {
  readonly position?:
    { readonly start: { readonly line: number; readonly column: number } } | undefined;
}

/**
 * Names a place in a markdown file for an error message, `file:line:column` in the
 * style of unified's messages, counting lines of the whole file (frontmatter too).
 */
export function placeLabel(file: NamedFile, node: Place): string {
  const start = node.position?.start;
  if (start === undefined) return fileLabel(file);
  const line = start.line + (file.data?.bodyLine ?? 1) - 1;
  return `${fileLabel(file)}:${line}:${start.column}`;
}

/** Names a markdown file for an error message, relative to the working directory when inside it. */
export function fileLabel(file: NamedFile): string {
  const path = file.path;
  if (!path) return '(unnamed markdown)';
  if (!isAbsolute(path)) return path;
  const inside = relative(file.cwd, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}
