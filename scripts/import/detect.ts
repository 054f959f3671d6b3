/**
 * The shape of a letter (letterhead, salutation, sign-off, an earlier email quoted
 * below it) and its date. The reference, signatory and recipient are read in
 * `references.ts`, `signatory.ts` and `recipient.ts`; each detector says what the
 * letter states, as written, and where; matching those words to archive entries
 * is `catalogue.ts`'s job.
 */
import { DATE_LABEL, findUkDate, parseUkDate } from './dates.ts';
import { found, type Found } from './evidence.ts';
import { isHeaderBlock, labelledLines, wroteLine } from './labels.ts';

/** The parts of a letter that frame its text. */
export interface LetterLayout {
  /** The letter's paragraphs, as `splitParagraphs` gives them. */
  readonly paragraphs: readonly string[];
  /** Index of the "Dear …" line, if there is one. */
  readonly salutation: number | undefined;
  /** Index of the paragraph opening with the last "Yours sincerely"-style line, if there is one. */
  readonly signOff: number | undefined;
  /** Paragraphs before this index are the letterhead and address block. */
  readonly bodyStart: number;
  /** Paragraphs from this index on are an earlier email quoted below the letter; detection stops here. */
  readonly end: number;
}

export const SALUTATION =
  /^(?:dear|hi|hello|good (?:morning|afternoon))\b[^\n]{0,80}$|^to whom it may concern[,:]?$/i;
const SIGN_OFF =
  /^(?:yours(?: (?:sincerely|faithfully|truly|ever|aye))?|(?:with )?(?:kind|best|warm|many)(?: regards| wishes| thanks)|regards|best|all the best|thank you|thanks|with thanks|sincerely)[,.!]?$/i;

// In a letter without a salutation, its first paragraphs are read as its letterhead for the date.
const HEAD_WITHOUT_SALUTATION = 5;
// Letterheads are short; a "Dear" further down is quoted text, not the salutation.
const MAX_LETTERHEAD = 25;

/** A paragraph's first line, without emphasis stars. */
export const firstLine = (paragraph: string): string =>
  (paragraph.split('\n')[0] ?? '').replaceAll('*', '').trim();

/**
 * Where a paragraph's sign-off line is: alone, or followed by a short signature
 * block ("Best wishes,\nJane Doe MP"), even at the end of a paragraph of text
 * ("Thank you again.\nBest wishes,\nJane"); -1 if it has none.
 */
export function signOffLine(paragraph: string): number {
  const lines = paragraph.replaceAll('*', '').trim().split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const rest = lines.slice(i + 1);
    if (rest.length > 6 || rest.some((l) => l.length >= 100)) return -1;
    if (SIGN_OFF.test((lines[i] ?? '').trim())) return i;
  }
  return -1;
}

// A rule line ("-----"), or Outlook's "----- Original Message -----".
const RULE = /^(?:[-_=*~]\s?){5,}$|^-+\s*(?:original|forwarded) message\s*-+$/i;
// "On Tue, 8 Sep 2015 at 15:56, Jane Doe <jane@x.org> wrote:", with a time or an address; not "On 7 April you wrote:".
const WROTE = /^on\b(?=.*(?:\d{1,2}:\d{2}|@))(?!.*\byou wrote).{6,200}\bwrote:?$/is;

/** Tells whether paragraph `i` starts an earlier email quoted below the letter. */
function startsQuote(paragraphs: readonly string[], i: number): boolean {
  const paragraph = (paragraphs[i] ?? '').trim();
  if (WROTE.test(paragraph) || isHeaderBlock(paragraph)) return true;
  const [first = '', ...rest] = paragraph.split('\n');
  if (!RULE.test(first.trim())) return false;
  if (/message/i.test(first)) return true;
  const next = [rest.join('\n'), paragraphs[i + 1] ?? '', paragraphs[i + 2] ?? ''];
  return next.some((p) => SALUTATION.test(firstLine(p)) || isHeaderBlock(p));
}

/** Finds where an earlier email quoted below the letter starts, or the paragraph count if none is. */
function quoteStart(paragraphs: readonly string[], from: number): number {
  for (let i = from + 2; i < paragraphs.length; i++) if (startsQuote(paragraphs, i)) return i;
  return paragraphs.length;
}

/** Finds the salutation and sign-off that frame the letter's text, and where a quoted earlier email starts. */
export function layoutOf(paragraphs: readonly string[]): LetterLayout {
  const salutation = paragraphs.findIndex(
    (p, i) => i < MAX_LETTERHEAD && SALUTATION.test(firstLine(p)),
  );
  const end = quoteStart(paragraphs, Math.max(0, salutation));
  const signOff = paragraphs.slice(0, end).findLastIndex((p) => signOffLine(p) !== -1);
  return {
    paragraphs,
    salutation: salutation === -1 ? undefined : salutation,
    signOff: signOff === -1 || signOff <= salutation ? undefined : signOff,
    bodyStart: salutation === -1 ? 0 : salutation,
    end,
  };
}

/** The letter's own lines (not a quoted earlier email), cleaned of emphasis stars. */
export const linesOf = (paragraphs: readonly string[]): string[] =>
  paragraphs.flatMap((p) => p.split('\n')).map((l) => l.replaceAll('*', '').trim());

/** The paragraphs an email header block may be in: before the salutation, or the first one of a letter without one. */
export const headerParagraphs = (layout: LetterLayout): readonly string[] =>
  layout.paragraphs.slice(0, layout.salutation === undefined ? 1 : layout.bodyStart);

/** The letterhead's lines (before the salutation), label grids resolved. */
export const headLines = (layout: LetterLayout): string[] =>
  labelledLines(layout.paragraphs.slice(0, layout.bodyStart)).map((l) => l.replaceAll('*', ''));

/** All the letter's own lines, label grids resolved. */
export const letterLines = (layout: LetterLayout): string[] =>
  labelledLines(layout.paragraphs.slice(0, layout.end)).map((l) => l.replaceAll('*', ''));

/**
 * Finds the date the letter was written: a "Date:" or "Sent:" line, else a line
 * that is only a date (letterhead first), else the date of an "On <date>, <name>
 * wrote:" line the letter starts with, else the email's Date header. Dates
 * inside sentences ("announced on 19 December 2023") are events, not the
 * letter's date, and dates in an earlier email quoted below it are not its own.
 */
export function detectDate(layout: LetterLayout, emailDate?: string): Found | undefined {
  const all = letterLines(layout);
  const labelled = all.find(
    (line) => DATE_LABEL.test(line) && /^[^:\-–]*[:\-–]/.test(line) && parseUkDate(line),
  );
  // The letterhead: before the salutation, or the first few paragraphs of a letter without one.
  const head =
    layout.salutation === undefined
      ? labelledLines(layout.paragraphs.slice(0, HEAD_WITHOUT_SALUTATION))
      : headLines(layout);
  const inHead = head.find((l) => parseUkDate(l));
  const line = labelled ?? inHead ?? all.find((l) => parseUkDate(l));
  const stated = line === undefined ? undefined : parseUkDate(line);
  if (line !== undefined && stated !== undefined)
    return found(stated, line, labelled !== undefined || inHead !== undefined ? 'high' : 'medium');
  const wrote = wroteLine(headerParagraphs(layout));
  const quoted = wrote === undefined ? undefined : findUkDate(wrote.line);
  if (wrote !== undefined && quoted !== undefined) return found(quoted.iso, wrote.line, 'medium');
  const sent = emailDate === undefined ? undefined : findUkDate(emailDate);
  return sent === undefined ? undefined : found(sent.iso, `Date: ${emailDate ?? ''}`, 'high');
}

/** OCR's description of a picture (a signature, a logo) that came with the extracted text. */
export function isImageDescription(paragraph: string): boolean {
  return (
    /^\[?(?:an?\s+)?(?:(?:hand-?written|scanned|digital|black|blue)\s+)*(?:signature|image|picture|photo(?:graph)?|logo|crest|stamp)\b.{0,40}\b(?:reads?|shows?|of|depicts?|with|in)\b/i.test(
      paragraph.trim(),
    ) || /^\[(?:signature|image|logo)[^\]]*\]$/i.test(paragraph.trim())
  );
}

const FOOTER =
  /(?:www\.|https?:\/\/|@[\w-]+\.|\btel(?:ephone)?\b|\bphone\b|\bregistered\b|\bpage \d+ of \d+\b|^\d+\s*$)/i;

/** Boilerplate such as contact details and page numbers, after the signature or between pages. */
export function isFooter(paragraph: string): boolean {
  return paragraph.split('\n').every((line) => line.length < 120) && FOOTER.test(paragraph);
}
