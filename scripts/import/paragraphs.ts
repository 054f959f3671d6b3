/**
 * A raw letter's text as paragraphs. Text comes from PDFs, Word files, emails and
 * copy-and-paste, so it is cleaned of what extraction leaves behind (non-breaking
 * spaces on blank lines, form feeds, Windows line ends) and split into paragraphs
 * the way the letter was laid out, never changing a word.
 */

/** Spaces other than the ordinary one: tabs, non-breaking and typographic spaces. */
export const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;
/** Characters that take no room: zero-width spaces and joiners, word joiners, byte-order marks. */
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu;

/**
 * Cleans extraction debris: line ends, form feeds, tabs and non-breaking or
 * typographic spaces (made ordinary spaces, so an indented line never becomes
 * markdown code), lines made only of invisible characters, trailing spaces.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) => (line.replace(INVISIBLE, '').trim() === '' ? '' : line.trimEnd()))
    .join('\n')
    .trim();
}

/** A line of an email header block written into a letter's text ("From: …", "Sent: …"). */
export const HEADER_LINE = /^(?:from|sent|date|to|cc|subject)\s*:/i;

/** A salutation standing on its own line ("Dear Ms Doe,", "Hi Ann"). */
const SALUTATION_LINE = /^(?:dear|hi|hello)\s+\S[^.!?;]{0,60}[,:]?$/i;

/** Tells whether a line of a block starts a new paragraph: a marked line, or a salutation after header or address lines. */
function startsParagraph(line: string, previous: string | undefined): boolean {
  if (previous === undefined) return false;
  if (MARKED_LINE.test(line)) return true;
  if (/:\s*\S/.test(previous) && HEADER_LINE.test(previous) && !HEADER_LINE.test(line)) return true;
  return SALUTATION_LINE.test(line.trim()) && !/[\p{Ll},]$/u.test(previous.trim());
}

// A line this long is a paragraph on its own line, not a hard-wrapped line of one.
const PARAGRAPH_LINE = 120;

/** A line that opens a list item or a numbered point. */
export const MARKED_LINE =
  /^(?:[•●▪◦·‣\-–*]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+|(?:Q|Question)\s*\d+[.:)]?\s+)/i;

/**
 * Splits text into paragraphs. Blank lines separate paragraphs; inside a block,
 * every line is its own paragraph when the text puts one paragraph per line (long
 * lines), and numbered or bulleted lines always start a new one. Short lines
 * otherwise stay together, as in a letterhead or a hard-wrapped PDF paragraph.
 */
export function splitParagraphs(text: string): string[] {
  const blocks = normaliseText(text)
    .split(/\n{2,}/)
    .filter((b) => b.trim() !== '');
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    if (isTable(block)) {
      paragraphs.push(block);
      continue;
    }
    const onePerLine = lines.length > 1 && lines.some((l) => l.length > PARAGRAPH_LINE);
    let current: string[] = [];
    for (const line of lines) {
      if (current.length > 0 && (onePerLine || startsParagraph(line, current.at(-1)))) {
        paragraphs.push(current.join('\n'));
        current = [];
      }
      current.push(line);
    }
    if (current.length > 0) paragraphs.push(current.join('\n'));
  }
  return joinPageBreaks(paragraphs);
}

const ENDS_SENTENCE = /[.!?:;,”"')\]*|]$/;

/** A markdown table, as the Word reader writes one: `| … |` rows, the second a `| --- |` rule. */
export function isTable(paragraph: string): boolean {
  const lines = paragraph.split('\n');
  return (
    lines.length >= 3 &&
    lines.every((l) => /^\|.*\|$/.test(l)) &&
    /^\|(?: --- \|)+$/.test(lines[1] ?? '')
  );
}

/**
 * Rejoins a paragraph that a page break split: one that stops mid-sentence
 * followed by one that starts in lower case ("develop approaches" / "that address").
 */
export function joinPageBreaks(paragraphs: readonly string[]): string[] {
  const joined: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = joined.at(-1);
    if (
      previous !== undefined &&
      !ENDS_SENTENCE.test(previous) &&
      /^[a-z]/.test(paragraph) &&
      !MARKED_LINE.test(paragraph) &&
      previous.length > 40
    ) {
      joined[joined.length - 1] = `${previous} ${paragraph}`;
    } else {
      joined.push(paragraph);
    }
  }
  return joined;
}
