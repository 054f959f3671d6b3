/**
 * Letter blocks: parts of a letter that are not its argument. A blockquote whose
 * first paragraph starts with a GitHub-alert-style marker becomes one:
 *
 *     > [!letterhead]
 *     > Department of Health and Social Care · 39 Victoria Street
 *
 *     > [!transcription-note]
 *     > The bottom of page 2 is torn; two words are missing.
 *
 *     > [!quote icb]
 *     > "Thank you for your email…
 *
 * A letterhead is kept verbatim but marked, so styles can set it apart; a
 * transcription note is the editor's voice, labelled as such for every reader;
 * a quote is someone else's words passed on by the signatory, and names its
 * speaker by a key the letter's frontmatter defines (`speakers: [{ id: icb, … }]`):
 * every answer heading inside it is that speaker's answer.
 * The blockquote stays a blockquote in mdast (only `data.hName` changes), so
 * later plugins still walk into it and `src/lib/answers.ts` can recognise it.
 */
import type { Blockquote, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ID_PATTERN } from '../model/ids.ts';
import { visit } from './visit.ts';
import { placeLabel, type NamedFile } from './file-label.ts';

/** The kinds of letter block, by marker name (lower case). */
export const LETTER_BLOCK_KINDS = ['letterhead', 'transcription-note', 'quote'] as const;

/** A kind of letter block. */
export type LetterBlockKind = (typeof LETTER_BLOCK_KINDS)[number];

/** Options for `remarkLetterBlocks`. */
export interface Options {
  /**
   * Name of a transcription note, used as its `aria-label` and, followed by a
   * colon, as the visible label that opens it (default: `'Transcription note'`).
   */
  noteLabel?: string | undefined;
}

/** A blockquote opens with a `[!marker]` that is not a known letter block. */
export class UnknownLetterBlockError extends Error {
  /** The file the blockquote is in, as shown in the message. */
  readonly file: string;
  /** The marker as written, e.g. `[!note]`. */
  readonly marker: string;

  constructor(file: string, marker: string) {
    super(
      `${file}: unknown letter block marker "${marker}"; expected [!letterhead], [!transcription-note] or [!quote <speaker id>]`,
    );
    this.name = 'UnknownLetterBlockError';
    this.file = file;
    this.marker = marker;
  }
}

// `[!name]` followed by the rest of the line; the name may be any case.
const MARKER = /^\[!([^\]]*)\]/;

function isKind(name: string): name is LetterBlockKind {
  return (LETTER_BLOCK_KINDS as readonly string[]).includes(name);
}

/** The hast property naming a quote's speaker (`data-speaker="icb"`). */
export const SPEAKER_PROPERTY = 'dataSpeaker';

/** The speaker key of a `[!quote key]` blockquote, after this plugin has run. */
export function quoteSpeaker(node: Blockquote): string | undefined {
  const key = node.data?.hProperties?.[SPEAKER_PROPERTY];
  return typeof key === 'string' ? key : undefined;
}

/** Tells which letter block a blockquote was marked as, after this plugin has run. */
export function letterBlockKind(node: Blockquote): LetterBlockKind | undefined {
  const kind = node.data?.hProperties?.['dataLetterBlock'];
  return typeof kind === 'string' && isKind(kind) ? kind : undefined;
}

/** Drops leading whitespace (the line break after the marker) from a paragraph. */
function trimStart(paragraph: Paragraph): void {
  const first = paragraph.children[0];
  if (first?.type !== 'text') return;
  first.value = first.value.trimStart();
  if (first.value === '') paragraph.children.shift();
}

/**
 * Removes the marker from the start of a paragraph and returns it as written.
 * remark-parse yields `[!x]` as plain text, unless the file happens to define a
 * reference `[!x]: …`, in which case it is a `linkReference`: both are handled.
 */
function takeMarker(paragraph: Paragraph): string | undefined {
  const first = paragraph.children[0];
  if (first?.type === 'text') {
    const match = MARKER.exec(first.value);
    if (!match) return undefined;
    first.value = first.value.slice(match[0].length);
    trimStart(paragraph);
    return match[0];
  }
  if (first?.type === 'linkReference' && first.referenceType !== 'full') {
    const label = toString(first);
    if (!label.startsWith('!')) return undefined;
    paragraph.children.shift();
    trimStart(paragraph);
    return `[${label}]`;
  }
  return undefined;
}

/** Puts the visible label at the start of a note, in its opening paragraph when it has one. */
function labelNote(node: Blockquote, label: string): void {
  const strong: PhrasingContent = { type: 'strong', children: [{ type: 'text', value: label }] };
  const first = node.children[0];
  if (first?.type === 'paragraph') {
    first.children.unshift(strong, { type: 'text', value: ' ' });
  } else {
    node.children.unshift({ type: 'paragraph', children: [strong] });
  }
}

/** A letter block's marker is malformed: a quote names no speaker, or another block names one. */
export class LetterBlockMarkerError extends Error {
  constructor(file: string, marker: string, problem: string) {
    super(`${file}: letter block marker "${marker}" ${problem}`);
    this.name = 'LetterBlockMarkerError';
  }
}

/** The speaker key a `[!quote key]` marker names; other markers take none. */
function markerArgument(
  kind: LetterBlockKind,
  words: readonly string[],
  marker: string,
  file: string,
): string | undefined {
  if (kind !== 'quote') {
    if (words.length === 0) return undefined;
    throw new LetterBlockMarkerError(file, marker, `takes no speaker; write [!${kind}]`);
  }
  const [key] = words;
  if (words.length !== 1 || key === undefined || !ID_PATTERN.test(key)) {
    throw new LetterBlockMarkerError(
      file,
      marker,
      'must name one speaker by the id given under `speakers` in the frontmatter, e.g. [!quote icb]',
    );
  }
  return key;
}

/** Turns `[!letterhead]`, `[!transcription-note]` and `[!quote key]` blockquotes into marked blocks; fails on unknown or malformed markers. */
export default function remarkLetterBlocks(options?: Readonly<Options> | null) {
  const noteLabel = options?.noteLabel ?? 'Transcription note';

  return function (tree: Root, file: NamedFile): undefined {
    visit(tree, 'blockquote', (node) => {
      const opening = node.children[0];
      if (opening?.type !== 'paragraph') return;
      const marker = takeMarker(opening);
      if (marker === undefined) return;

      const [written = '', ...rest] = marker.slice(2, -1).trim().split(/\s+/);
      const name = written.toLowerCase();
      if (!isKind(name)) throw new UnknownLetterBlockError(placeLabel(file, node), marker);
      const speaker = markerArgument(name, rest, marker, placeLabel(file, node));
      // A marker alone on its line leaves an empty paragraph that would render as `<p></p>`.
      if (opening.children.length === 0) node.children.shift();

      node.data ??= {};
      if (name === 'quote') {
        node.data.hProperties = { dataLetterBlock: name, [SPEAKER_PROPERTY]: speaker };
      } else if (name === 'letterhead') {
        node.data.hName = 'div';
        node.data.hProperties = { className: ['letterhead'], dataLetterBlock: name };
      } else {
        labelNote(node, `${noteLabel}:`);
        node.data.hName = 'aside';
        node.data.hProperties = {
          className: ['transcription-note'],
          ariaLabel: noteLabel,
          dataLetterBlock: name,
        };
      }
    });
  };
}
