/**
 * The draft's body: the letter's paragraphs as Postbag markdown, every word kept.
 * Structure is added, never words: the letterhead and footers go in a marked
 * `> [!letterhead]` block, a description of a signature image in a
 * `> [!transcription-note]`, numbered questions and sections become headings with
 * pinned ids, bullets become lists, and a quoted reply becomes a blockquote.
 */
import { answerSlug } from '../../src/markdown/answer-ids.ts';
import { isFooter, isImageDescription, type LetterLayout } from './detect.ts';
import { isTable } from './paragraphs.ts';

/**
 * Escapes `~` and an underscore that could open or close emphasis ("_Note_",
 * "__init__"), not one inside a word, and nothing in a web or email address,
 * which GFM links as written.
 */
function escapeEmphasis(token: string): string {
  if (/https?:\/\/|www\.|@/i.test(token)) return token;
  return token.replace(/~/g, '\\~').replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}

/** Escapes what markdown would read as syntax, so the text renders exactly as written. */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/^ +/, '')
    .replace(/[\\`<[\]]/g, '\\$&')
    .replace(/\S+/g, escapeEmphasis)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([>+=])/, '\\$1')
    .replace(/^([-*])(?=\s|$)/, '\\$1')
    .replace(/^-{3,}\s*$/, (dashes) => `\\${dashes}`)
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

// A web address at the end of a line: GFM would take a `\` right after it into the link.
const ENDS_WITH_ADDRESS = /(?:www\.|https?:\/\/)\S*$/i;

/** Markdown lines that keep a paragraph's line breaks (letterheads, addresses, signatures). */
function hardLines(paragraph: string): string[] {
  const lines = paragraph.split('\n').map(escapeMarkdown);
  const broken = (l: string): string => (ENDS_WITH_ADDRESS.test(l) ? `${l} \\` : `${l}\\`);
  return lines.map((l, i) => (i < lines.length - 1 ? broken(l) : l));
}

/** A paragraph as markdown: short lines keep their breaks, hard-wrapped prose flows. */
function paragraphLines(paragraph: string): string[] {
  const lines = paragraph.split('\n');
  return lines.length > 1 &&
    lines.every((l, i) => l.length < 60 && (i === 0 || !/^\p{Ll}/u.test(l)))
    ? hardLines(paragraph)
    : lines.map(escapeMarkdown);
}

/** Prefixes lines with `> `, as a quotation or a marked block. */
function quoted(lines: readonly string[]): string[] {
  return lines.map((l) => (l === '' ? '>' : `> ${l}`));
}

/** A markdown table with each cell's text escaped (its cells hold no `|`). */
function tableLines(paragraph: string): string[] {
  return paragraph.split('\n').map((row, i) =>
    i === 1
      ? row
      : `| ${row
          .slice(1, -1)
          .split('|')
          .map((cell) => escapeMarkdown(cell.trim()))
          .join(' | ')} |`.replace(/ {2,}\|/g, ' |'),
  );
}

/** A block marked `> [!letterhead]`, paragraphs separated, line breaks kept. */
function letterheadBlock(paragraphs: readonly string[]): string[] {
  const lines = paragraphs.flatMap((p, i) => [
    ...(i > 0 ? [''] : []),
    ...(isTable(p) ? tableLines(p) : hardLines(p)),
  ]);
  return quoted(['[!letterhead]', ...lines]);
}

const NUMBERED = /^(?:(?:Q|Question)\s*)?(\d{1,3})([.):])\s+(\S.*)$/i;
const BULLET = /^[•●▪◦·‣\-–*]\s+/;
const ORDERED_ITEM = /^\(?(\d{1,3}|[a-z])\)\s+/i;
const OPENS_QUOTE = /^["“]/;
const CLOSES_QUOTE = /["”]\s*$/;

// Small words left out of section ids ("Housing targets" → "housing-targets").
const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'to', 'for', 'in', 'on', 'with', 'by']);

/** A heading found in the letter, with the id it is pinned to. */
export interface DraftSection {
  readonly id: string;
  readonly title: string;
}

/** Pins a stable id for a numbered heading: `question-6` for a question, else a few words of its title. */
function sectionId(number: string, title: string, isQuestion: boolean, used: Set<string>): string {
  const words = answerSlug(title)
    .split('-')
    .filter((w) => w !== '' && !STOP_WORDS.has(w))
    .slice(0, 5)
    .join('-');
  const base = isQuestion || words === '' ? `question-${number}` : words;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

const isSingleLine = (p: string): boolean => !p.includes('\n') && p.length <= 300;

// A numbered question wrapped over several lines is at most this long.
const MAX_QUESTION = 800;

/**
 * The numbered heading a paragraph makes, if any: a numbered line standing alone,
 * or a numbered question wrapped over several lines and answered in the paragraphs
 * after it (not one of a run of numbered paragraphs, which lists the questions).
 */
function numberedHeading(paragraphs: readonly string[], i: number): RegExpExecArray | null {
  const paragraph = paragraphs[i] ?? '';
  if (isSingleLine(paragraph)) return NUMBERED.exec(paragraph);
  if (paragraph.length > MAX_QUESTION || isTable(paragraph)) return null;
  const isNumbered = (p: string | undefined): boolean =>
    p !== undefined && NUMBERED.test(p.split('\n')[0] ?? '');
  if (i + 1 >= paragraphs.length || isNumbered(paragraphs[i + 1]) || isNumbered(paragraphs[i - 1]))
    return null;
  return NUMBERED.exec(paragraph.replace(/\n/g, ' '));
}

/** Tells whether a numbered paragraph is a list item rather than a heading: `1)` items after a colon. */
function isListItem(paragraphs: readonly string[], i: number): boolean {
  let start = i;
  while (start > 0 && ORDERED_ITEM.test(paragraphs[start - 1] ?? '')) start--;
  const before = paragraphs[start - 1] ?? '';
  const runLength = (() => {
    let end = start;
    while (end < paragraphs.length && ORDERED_ITEM.test(paragraphs[end] ?? '')) end++;
    return end - start;
  })();
  return ORDERED_ITEM.test(paragraphs[i] ?? '') && (runLength >= 2 || /:\s*$/.test(before));
}

/** Tells whether an unmarked paragraph sits inside a bullet list (bullets before and after it). */
function isUnmarkedItem(paragraphs: readonly string[], i: number): boolean {
  const p = paragraphs[i] ?? '';
  if (!isSingleLine(p) || p.length > 250) return false;
  let before = i - 1;
  while (
    before >= 0 &&
    !BULLET.test(paragraphs[before] ?? '') &&
    isSingleLine(paragraphs[before] ?? '') &&
    (paragraphs[before] ?? '').length <= 250 &&
    i - before <= 3
  )
    before--;
  let after = i + 1;
  while (
    after < paragraphs.length &&
    !BULLET.test(paragraphs[after] ?? '') &&
    isSingleLine(paragraphs[after] ?? '') &&
    (paragraphs[after] ?? '').length <= 250 &&
    after - i <= 3
  )
    after++;
  return BULLET.test(paragraphs[before] ?? '') && BULLET.test(paragraphs[after] ?? '');
}

/** The markdown body and the headings it pinned. */
export interface DraftBody {
  readonly markdown: string;
  readonly sections: readonly DraftSection[];
}

/** Writes a letter's paragraphs as Postbag markdown, adding structure but no words. */
export function letterBody(layout: LetterLayout, headerLines: readonly string[] = []): DraftBody {
  const { paragraphs, bodyStart } = layout;
  const out: string[][] = [];
  const sections: DraftSection[] = [];
  const used = new Set<string>();

  const head = [
    ...(headerLines.length > 0 ? [headerLines.join('\n')] : []),
    ...paragraphs.slice(0, bodyStart),
  ];
  if (head.length > 0) out.push(letterheadBlock(head));

  let topNumber: number | undefined;
  let inQuote = false;
  let list: string[] | undefined;
  const emit = (lines: string[]): void => {
    list = undefined;
    out.push(inQuote ? quoted(lines) : lines);
  };
  const emitItem = (line: string): void => {
    if (list === undefined) {
      list = [];
      out.push(list);
    }
    list.push(inQuote ? `> ${line}` : line);
  };

  const footerStart = footerStartOf(paragraphs, bodyStart);

  for (let i = bodyStart; i < footerStart; i++) {
    const paragraph = paragraphs[i] ?? '';
    const numbered = numberedHeading(paragraphs, i);

    if (isImageDescription(paragraph)) {
      inQuote = false;
      emit(imageNote(paragraph));
    } else if (numbered !== null && !isListItem(paragraphs, i) && i > bodyStart) {
      const [, number = '', , title = ''] = numbered;
      const n = Number(number);
      // The next number of the letter's own sequence closes an unclosed quotation.
      const continuesSequence = topNumber === undefined || n === topNumber + 1;
      if (inQuote && continuesSequence) inQuote = false;
      const depth = inQuote ? 3 : 2;
      if (!inQuote) topNumber = n;
      const heading = paragraph.replace(/\n/g, ' ');
      const isQuestion = inQuote || /\?\s*$/.test(title) || heading !== paragraph;
      const id = sectionId(number, title, isQuestion, used);
      sections.push({ id, title: heading });
      emit([
        `${'#'.repeat(depth)} ${escapeMarkdown(heading).replace(/^(\d+)\\([.)])/, '$1$2')} {#${id}}`,
      ]);
    } else if (isTable(paragraph)) {
      emit(tableLines(paragraph));
    } else if (BULLET.test(paragraph) && isSingleLine(paragraph)) {
      emitItem(`- ${escapeMarkdown(paragraph.replace(BULLET, ''))}`);
    } else if (list !== undefined && isUnmarkedItem(paragraphs, i)) {
      emitItem(`- ${escapeMarkdown(paragraph)}`);
    } else if (
      ORDERED_ITEM.test(paragraph) &&
      isSingleLine(paragraph) &&
      isListItem(paragraphs, i)
    ) {
      const marker = ORDERED_ITEM.exec(paragraph)?.[1] ?? '';
      // Only numbers make a markdown list; "a)" items stay paragraphs, as written.
      if (/^\d+$/.test(marker)) emitItem(orderedItem(paragraph));
      else emit(paragraphLines(paragraph));
    } else {
      if (!inQuote && OPENS_QUOTE.test(paragraph) && /:\s*$/.test(paragraphs[i - 1] ?? ''))
        inQuote = true;
      emit(paragraphLines(paragraph));
      if (inQuote && CLOSES_QUOTE.test(paragraph) && !OPENS_QUOTE.test(paragraphs[i + 1] ?? ''))
        inQuote = false;
    }
  }
  if (footerStart < paragraphs.length) {
    inQuote = false;
    emit(letterheadBlock(paragraphs.slice(footerStart)));
  }

  return { markdown: `${joinBlocks(out)}\n`, sections };
}

/** Where trailing boilerplate (contact details, page numbers) starts, kept after the signature, marked as letterhead. */
function footerStartOf(paragraphs: readonly string[], bodyStart: number): number {
  let start = paragraphs.length;
  while (start > bodyStart + 1 && isFooter(paragraphs[start - 1] ?? '')) start--;
  return start;
}

/** Joins blocks: items of one list are separate lines; everything else is separated by a blank line (">" inside a quote). */
function joinBlocks(out: readonly (readonly string[])[]): string {
  let markdown = '';
  out.forEach((lines, i) => {
    if (i > 0) {
      const joinQuote =
        (out[i - 1]?.[0] ?? '').startsWith('> ') &&
        (lines[0] ?? '').startsWith('> ') &&
        !(lines[0] ?? '').startsWith('> [!') &&
        !(out[i - 1]?.[0] ?? '').startsWith('> [!');
      markdown += joinQuote ? '\n>\n' : '\n\n';
    }
    markdown += lines.join('\n');
  });
  return markdown;
}

/** A transcription note for a paragraph that describes an image. */
const imageNote = (paragraph: string): string[] =>
  quoted([
    '[!transcription-note]',
    `An image in the original. The extracted text describes it: ${escapeMarkdown(paragraph.replace(/\n/g, ' '))}`,
  ]);

/** A `1)` list item as markdown: the marker normalised, the text escaped. */
const orderedItem = (paragraph: string): string =>
  paragraph
    .replace(/^\(?(\d+)\)\s+/, '$1) ')
    .replace(/^(\d+\) )(.*)$/, (_, m: string, rest: string) => m + escapeMarkdown(rest));
