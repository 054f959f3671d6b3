/**
 * Answer ids: the anchors of a letter's answers (`/letters/x/#housing-targets`).
 * They are cited from outside and referenced in front matter (`answers[].id`),
 * so they must be stable and unique within a letter: an editor can pin one with
 * a trailing `{#id}` on the heading, otherwise it is the slug of the heading text.
 * A duplicate is an error rather than GitHub's `-1` suffix, because a suffix
 * silently changes when headings are reordered and breaks citations.
 */
import { slug } from 'github-slugger';
import { ID_PATTERN } from '../model/ids.ts';
import { foldAccents } from './fold-accents.ts';

/** Heading depths that mark an answer (`##` to `####`); `#` is left to the page title. */
export const ANSWER_DEPTHS = [2, 3, 4] as const;

/** A heading depth that marks an answer. */
export type AnswerDepth = (typeof ANSWER_DEPTHS)[number];

/** Tells whether a heading depth marks an answer. */
export function isAnswerDepth(depth: number): depth is AnswerDepth {
  return (ANSWER_DEPTHS as readonly number[]).includes(depth);
}

/** A heading's visible text with its pinned id and marks, if it had them. */
export interface PinnedHeading {
  /** The heading text without the `{#id}` suffix, trimmed. */
  text: string;
  /** The id written in `{#id}`, unvalidated; `undefined` when none is pinned. */
  id: string | undefined;
  /** True when the heading is marked `{.editorial}`: the editors' words, not the letter's. */
  editorial: boolean;
}

/** The class that marks a heading the editors added: `## Rural health {#rural-health .editorial}`. */
export const EDITORIAL_CLASS = 'editorial';

// Pandoc-style attributes at the end of a heading: `{#id}`, `{#id .editorial}`, `{.editorial}`.
// Anything inside braces that open with `#` or `.` is captured, even if malformed, so a typo
// such as `{#Housing_Targets}` fails loudly instead of showing up on the page as text.
const HEADING_ATTRIBUTES = /\s*\{([#.][^{}]*)\}\s*$/;

/** Reads `#id .editorial` (in either order); `undefined` when the block has any other shape. */
function readAttributes(block: string): Omit<PinnedHeading, 'text'> | undefined {
  const tokens = block.trim().split(/\s+/);
  const ids = tokens.filter((t) => t.startsWith('#'));
  const classes = tokens.filter((t) => t.startsWith('.'));
  const wellFormed =
    ids.length <= 1 &&
    ids.length + classes.length === tokens.length &&
    classes.every((c) => c === `.${EDITORIAL_CLASS}`);
  if (!wellFormed) return undefined;
  return { id: ids[0]?.slice(1), editorial: classes.length > 0 };
}

/** Splits a heading's trailing `{#some-id}` or `{#some-id .editorial}` from its text. */
export function parsePinnedId(text: string): PinnedHeading {
  const match = HEADING_ATTRIBUTES.exec(text);
  if (!match) return { text: text.trim(), id: undefined, editorial: false };
  const block = match[1] ?? '';
  const rest = text.slice(0, match.index).trim();
  // A malformed block comes back whole as the id, so that it is reported rather than shown.
  const attributes = readAttributes(block) ?? { id: block.replace(/^#/, ''), editorial: false };
  return { text: rest, ...attributes };
}

/** Makes an answer id from heading text: GitHub's slug, with accents folded and stray edge hyphens trimmed. */
export function answerSlug(text: string): string {
  // Folding accents keeps ids inside ID_PATTERN ("Café" → "cafe"), which
  // front matter must be able to reference; it matches `slugify()` in slugs.ts.
  return slug(foldAccents(text)).replace(/^-+|-+$/g, '');
}

/** An answer id that cannot be used; names the file so the build error points at it. */
export class AnswerIdError extends Error {
  /** The file the heading is in, as shown in the message. */
  readonly file: string;
  /** The offending id. */
  readonly id: string;

  constructor(file: string, id: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'AnswerIdError';
    this.file = file;
    this.id = id;
  }
}

/** Two answers of one letter would share an id. */
export class DuplicateAnswerIdError extends AnswerIdError {
  constructor(file: string, id: string, heading: string) {
    super(
      file,
      id,
      `duplicate answer id "${id}" (heading "${heading}"); pin a different one, e.g. "## ${heading} {#${id}-2}"`,
    );
    this.name = 'DuplicateAnswerIdError';
  }
}

/** A pinned id, or the slug of a heading, does not fit ID_PATTERN. */
export class InvalidAnswerIdError extends AnswerIdError {
  constructor(file: string, id: string, heading: string, pinned: boolean) {
    super(
      file,
      id,
      pinned
        ? `invalid pinned answer id "${id}" (heading "${heading}"): write {#id} or {#id .editorial}, the id in lower-case letters, digits and hyphens, starting with a letter or digit`
        : `heading "${heading}" gives no usable answer id ("${id}"); pin one, e.g. "## ${heading} {#short-name}"`,
    );
    this.name = 'InvalidAnswerIdError';
  }
}

/** What the registry needs to know about one heading. */
export interface AnswerHeading {
  /** The heading's visible text (pinned id already removed). */
  text: string;
  /** The pinned id, if the heading had one. */
  pinnedId?: string | undefined;
}

/** Assigns the answer ids of one document in order, failing on invalid or duplicate ids. */
export class AnswerIdRegistry {
  /** The file name used in error messages. */
  readonly file: string;
  readonly #seen = new Set<string>();

  constructor(file = '(unnamed markdown)') {
    this.file = file;
  }

  /**
   * Gives a heading its id: the pinned one if any, else the slug of its text.
   * `at` names the heading's place in errors (`file:line:column`); default the file.
   */
  assign(heading: Readonly<AnswerHeading>, at: string = this.file): string {
    const pinned = heading.pinnedId !== undefined;
    const id = heading.pinnedId ?? answerSlug(heading.text);
    if (!ID_PATTERN.test(id)) {
      throw new InvalidAnswerIdError(at, id, heading.text, pinned);
    }
    if (this.#seen.has(id)) {
      throw new DuplicateAnswerIdError(at, id, heading.text);
    }
    this.#seen.add(id);
    return id;
  }
}

/** Assigns ids to a document's answer headings (raw text, `{#id}` included) in order. */
export function assignAnswerIds(headings: readonly string[], file?: string): string[] {
  const registry = new AnswerIdRegistry(file);
  return headings.map((raw) => {
    const { text, id } = parsePinnedId(raw);
    return registry.assign({ text, pinnedId: id });
  });
}
