/**
 * Answers: the sections of a letter, one per `##`–`####` heading. Pages list
 * them ("On this page"), topics collect them, citations link to them, so their
 * ids must be exactly the ids the rendered page carries. That is why this module
 * runs the site's own remark plugins (`src/markdown/plugins.ts`) rather than
 * re-deriving ids.
 */
import type { Heading, Nodes, Parents, Root } from 'mdast';
import { unified } from 'unified';
import { letterRemarkPlugins } from '../markdown/plugins.ts';
import { headingText, isEditorialHeading } from '../markdown/remark-answer-ids.ts';
import { letterBlockKind, quoteSpeaker } from '../markdown/remark-letter-blocks.ts';
import remarkSatteriParse from '../markdown/remark-satteri-parse.ts';
import { isAnswerDepth, type AnswerDepth } from '../markdown/answer-ids.ts';

/** One answer of a letter. */
export interface Answer {
  /** The heading's id, as rendered: its pinned `{#id}` or the slug of its text. */
  id: string;
  /** The heading's visible text. */
  title: string;
  /** The heading depth: 2 for `##`, 3 for `###`, 4 for `####`. */
  depth: AnswerDepth;
  /** The id of the nearest shallower answer heading above it, if any. */
  parentId: string | undefined;
  /**
   * The key of the speaker whose quoted words the answer is (its heading stands inside a
   * `> [!quote key]` block); `undefined` when the answer is the signatory's own.
   */
  speakerKey: string | undefined;
  /** True when the heading is the editors' own (`{#id .editorial}`), not the letter's words. */
  editorial: boolean;
  /** Plain text from the heading to the next answer heading, paragraphs separated by blank lines; transcription notes left out. */
  text: string;
}

// The same parser and remark plugins as the site, without rendering to HTML.
const letterParser = unified().use(remarkSatteriParse).use(letterRemarkPlugins()).freeze();

// Elements of raw HTML whose content is code, not words; the sanitizer drops them too.
const CODE_ELEMENTS = /<(script|style|iframe|noscript|noembed|noframes|xmp)\b[\s\S]*?<\/\1\s*>/gi;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** The character of a numeric reference, or the reference as written if there is none. */
function fromCodePoint(code: number, written: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : written;
}

/** The words of an HTML fragment: tags, comments and code dropped, common entities decoded. */
function htmlText(html: string): string {
  // Rough by design: the page itself is parsed and sanitized properly; this only
  // keeps the words of letters written in HTML in answers' text and excerpts.
  // Named entities beyond the common few are left as written.
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(CODE_ELEMENTS, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi,
      (entity, dec?: string, hex?: string, name?: string) => {
        if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10), entity);
        if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16), entity);
        return ENTITIES[name?.toLowerCase() ?? ''] ?? entity;
      },
    );
}

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A block as HTML-ish source: text escaped, raw HTML as written. Reading words
 * from that, rather than node by node, handles inline HTML that spans nodes
 * (`Yours <script>x()</script>sincerely` is five nodes, the script's text one of them).
 */
function blockSource(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return escapeHtml(node.value);
    case 'html':
      return node.value;
    case 'break':
      // mdast-util-to-string would glue the words on either side together.
      return ' ';
    case 'image':
    case 'imageReference':
      return escapeHtml(node.alt ?? '');
    case 'tableRow':
      return node.children.map(blockSource).join(' ');
    default:
      return 'children' in node ? node.children.map(blockSource).join('') : '';
  }
}

/** Blocks whose text is taken whole; everything else is walked into. */
const TEXT_BLOCKS = new Set<Nodes['type']>(['paragraph', 'heading', 'code', 'html', 'tableRow']);

/** Blocks that do not render where they are written (footnotes go to the end of the page). */
const SKIPPED_BLOCKS = new Set<Nodes['type']>(['definition', 'footnoteDefinition', 'yaml']);

interface OpenAnswer {
  answer: Omit<Answer, 'text'>;
  blocks: string[];
}

/** A letter read as plain text: what comes before the first answer, then the answers. */
export interface LetterText {
  /** Plain text before the first answer heading (letterhead, salutation, opening). */
  preamble: string;
  answers: Answer[];
  /**
   * The closing, from "Yours sincerely" (or "Kind regards", …) on: the sign-off, name and
   * role, kept out of the last answer's text. Empty when the letter has none at its end.
   */
  closing: string;
  /**
   * The letter's own opening words, for a description: its text without the letterhead,
   * the salutation ("Dear …,"), notes or the closing; a few paragraphs at most.
   */
  lede: string;
  /** The speaker keys of the letter's `[!quote key]` blocks, in order, each once. */
  speakerKeys: string[];
}

/** Lists a letter's answers in document order: each heading with its id, title and the plain text up to the next heading. */
export function extractAnswers(markdown: string, path?: string): Answer[] {
  return readLetter(markdown, path).answers;
}

/**
 * The whole letter as plain text, headings and closing included, transcription notes left
 * out; and its answers with their text taken from it: each answer's `text` is a slice of
 * the letter's, which V8 keeps as a view into the one string rather than a copy (for
 * slices of 13 characters or more), so an archive holds each letter's words once, not twice.
 */
export function letterTextShared(letter: LetterText): { text: string; answers: Answer[] } {
  const parts: string[] = [];
  let length = 0;
  /** Adds a part; returns where it starts in the joined text, or -1 when it is empty. */
  const add = (part: string): number => {
    if (part === '') return -1;
    const start = parts.length === 0 ? 0 : length + 2;
    parts.push(part);
    length = start + part.length;
    return start;
  };
  add(letter.preamble);
  const starts = letter.answers.map((answer) => {
    add(answer.title);
    return add(answer.text);
  });
  add(letter.closing);
  const text = parts.join('\n\n');
  const answers = letter.answers.map((answer, i) => {
    const start = starts[i] ?? -1;
    return start < 0 ? answer : { ...answer, text: text.slice(start, start + answer.text.length) };
  });
  return { text, answers };
}

/**
 * Reads a letter's markdown into its preamble and its answers, with the ids the site
 * renders. `bodyLine`, the line of the file the markdown starts on, makes errors name
 * lines of the whole file (`x.md:14:1: duplicate answer id …`).
 */
export function readLetter(markdown: string, path?: string, bodyLine = 1): LetterText {
  const file = path === undefined ? markdown : { value: markdown, path, data: { bodyLine } };
  const tree: Root = letterParser.parse(file);
  // Our remark plugins edit the tree in place (they never replace the root).
  letterParser.runSync(tree, file);
  return readLetterTree(tree);
}

/** The first words of a letter's closing: "Yours sincerely,", "Kind regards", "Best wishes". */
export const CLOSING =
  /^(yours\s+(sincerely|faithfully|truly|ever|respectfully)|(with\s+)?(kind|best|warm)(est)?\s+(regards|wishes)|regards|with thanks)\b/i;

/** A salutation: "Dear Mr Stephenson,". */
const SALUTATION = /^dear\b/i;

/** How much of a letter's opening the lede keeps (descriptions use the first 200 characters). */
const LEDE_LENGTH = 600;

/** Where a block of the letter's text goes, as the walk meets it. */
interface Place {
  /** Inside a transcription note: the editors' words, not the letter's. */
  readonly inNote: boolean;
  /** Inside a letterhead block. */
  readonly inLetterhead: boolean;
  /** Directly in the letter, not in a quotation or a marked block. */
  readonly topLevel: boolean;
  readonly speakerKey: string | undefined;
}

/**
 * A copy of `text` that shares nothing with the string it was cut from. The parser's
 * strings are cut from larger ones, and V8 keeps a cut string's whole source alive: an
 * answer's title kept as cut kept the letter's whole decoded text in memory with it
 * (13 kB a letter, measured with `--heap-prof`). Slicing a string joined to another
 * makes V8 copy it first.
 */
const detached = (text: string): string => ` ${text}`.slice(1);

/** Reads a letter's syntax tree, once our remark plugins have run on it, into its preamble and its answers. */
function readLetterTree(tree: Root): LetterText {
  const answers: OpenAnswer[] = [];
  const preamble: string[] = [];
  const closing: string[] = [];
  const lede: string[] = [];
  const open: Omit<Answer, 'text'>[] = [];
  const speakerKeys = new Set<string>();

  const startAnswer = (heading: Heading, depth: AnswerDepth, speakerKey?: string): void => {
    const id = heading.data?.hProperties?.['id'];
    if (typeof id !== 'string')
      throw new Error('remarkAnswerIds did not give an answer heading an id');
    // Something that looked like a closing was not the end: its words stay where they were.
    (answers.at(-1)?.blocks ?? preamble).push(...closing.splice(0));
    while ((open.at(-1)?.depth ?? 0) >= depth) open.pop();
    const answer = {
      id: detached(id),
      title: detached(headingText(heading)),
      depth,
      parentId: open.at(-1)?.id,
      speakerKey: speakerKey === undefined ? undefined : detached(speakerKey),
      editorial: isEditorialHeading(heading),
    };
    open.push(answer);
    answers.push({ answer, blocks: [] });
  };

  const addText = (text: string, place: Place): void => {
    if (place.inNote || text === '') return;
    if (closing.length === 0 && place.topLevel && CLOSING.test(text)) closing.push(text);
    else if (closing.length > 0) closing.push(text);
    else (answers.at(-1)?.blocks ?? preamble).push(text);
    const own = !place.inLetterhead && closing.length === 0;
    if (own && !(lede.length === 0 && SALUTATION.test(text)) && lede.join(' ').length < LEDE_LENGTH)
      lede.push(text);
  };

  // `speakerKey` is that of the innermost `[!quote key]` block the walk is in.
  const walk = (parent: Parents, place: Place): void => {
    for (const node of parent.children) {
      if (node.type === 'heading' && isAnswerDepth(node.depth)) {
        startAnswer(node, node.depth, place.speakerKey);
      } else if (SKIPPED_BLOCKS.has(node.type)) {
        continue;
      } else if (TEXT_BLOCKS.has(node.type)) {
        addText(htmlText(blockSource(node)).replace(/\s+/g, ' ').trim(), place);
      } else if ('children' in node) {
        // Notes are the editor's words, not the letter's; headings inside still count.
        const quote = node.type === 'blockquote';
        const kind = quote ? letterBlockKind(node) : undefined;
        const speaker = quote ? quoteSpeaker(node) : undefined;
        if (speaker !== undefined) speakerKeys.add(speaker);
        walk(node, {
          inNote: place.inNote || kind === 'transcription-note',
          inLetterhead: place.inLetterhead || kind === 'letterhead',
          topLevel: place.topLevel && !quote,
          speakerKey: speaker ?? place.speakerKey,
        });
      }
    }
  };
  walk(tree, { inNote: false, inLetterhead: false, topLevel: true, speakerKey: undefined });

  return {
    preamble: preamble.join('\n\n'),
    answers: answers.map(({ answer, blocks }) => ({ ...answer, text: blocks.join('\n\n') })),
    closing: closing.join('\n\n'),
    lede: lede.join('\n\n'),
    speakerKeys: [...speakerKeys],
  };
}

/** How long an excerpt is unless asked otherwise: about a search-result snippet or meta description. */
export const EXCERPT_LENGTH = 160;

/**
 * `text` with white space runs made single spaces and trimmed, or, when that
 * would be longer than `max + 1` characters, a start of it longer than that
 * (trimmed at the start only). Excerpts are a few hundred characters of letters
 * thousands long, taken for every page, feed item and topic listing, so only as
 * much is flattened as an excerpt can use. The extra character means a cut
 * inside a run of spaces cannot change the excerpt.
 */
function flatStart(text: string, max: number): string {
  for (let size = 2 * max + 64; size < text.length; size *= 2) {
    const flat = text.slice(0, size).replace(/\s+/g, ' ').trimStart();
    if (flat.length > max + 1) return flat;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Shortens text to at most `max` characters at a word boundary, adding an ellipsis. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  if (!Number.isInteger(max) || max < 1)
    throw new RangeError(`excerpt length must be a positive integer, got ${max}`);
  const flat = flatStart(text, max);
  if (flat.length <= max) return flat;
  // One character is kept for the ellipsis; cut at the last space that fits.
  const room = flat.slice(0, max);
  const space = room.lastIndexOf(' ');
  const cut = space > 0 ? room.slice(0, space) : flat.slice(0, max - 1);
  // "the council," + "…" reads worse than "the council…".
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`;
}
