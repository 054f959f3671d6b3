/**
 * Content problems: what is wrong with the content, named by file and field, all
 * collected in one run and reported together, so an editor fixes them in one go.
 */
import type { EntryRef } from '../model/schemas';

/** One thing wrong with the content, with the file and field it is in. */
export interface ContentProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

/** The content cannot be published; `problems` says where and why. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Looks up a reference by id, reporting an unknown one under its file and field. */
export type RefResolver<T> = (
  ref: EntryRef | undefined,
  file: string,
  field: string,
) => T | undefined;

/** A resolver of references to the entries of `map`, reporting unknown ones to `problems`. */
export function refResolver<T>(
  map: ReadonlyMap<string, T>,
  kind: string,
  problems: ContentProblem[],
): RefResolver<T> {
  return (ref, file, field) => {
    if (ref === undefined) return undefined;
    const found = map.get(ref.id);
    if (found === undefined) problems.push({ file, field, message: `unknown ${kind} "${ref.id}"` });
    return found;
  };
}

/** The file an entry came from, for messages. */
export const fileOf = (
  entry: { readonly id: string; readonly filePath?: string | undefined },
  folder: string,
): string => entry.filePath ?? `content/${folder}/${entry.id}`;
