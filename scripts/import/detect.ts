/**
 * Detection: reading a letter's date, reference, signatory and recipient from its
 * paragraphs. Each detector says what the letter states, as written; matching
 * those words to archive entries is `catalogue.ts`'s job.
 */
import { findUkDate, parseUkDate } from './dates.ts';

/** The parts of a letter that frame its text. */
export interface LetterLayout {
  /** The letter's paragraphs, as `splitParagraphs` gives them. */
  readonly paragraphs: readonly string[];
  /** Index of the "Dear …" line, if there is one. */
  readonly salutation: number | undefined;
  /** Index of the last "Yours sincerely"-style line, if there is one. */
  readonly signOff: number | undefined;
  /** Paragraphs before this index are the letterhead and address block. */
  readonly bodyStart: number;
}

const SALUTATION =
  /^(?:dear|hi|hello|good (?:morning|afternoon))\b[^\n]{0,80}$|^to whom it may concern[,:]?$/i;
const SIGN_OFF =
  /^(?:yours(?: (?:sincerely|faithfully|truly|ever|aye))?|(?:with )?(?:kind|best|warm|many)(?: regards| wishes| thanks)|regards|best|thank you|thanks|sincerely)[,.!]?$/i;

// Letterheads are short; a "Dear" further down is quoted text, not the salutation.
const MAX_LETTERHEAD = 25;

/** Finds the salutation and sign-off that frame the letter's text. */
export function layoutOf(paragraphs: readonly string[]): LetterLayout {
  const salutation = paragraphs.findIndex(
    (p, i) => i < MAX_LETTERHEAD && SALUTATION.test(p.replaceAll('*', '').trim()),
  );
  const signOff = paragraphs.findLastIndex((p) => SIGN_OFF.test(p.replaceAll('*', '').trim()));
  return {
    paragraphs,
    salutation: salutation === -1 ? undefined : salutation,
    signOff: signOff === -1 || signOff <= salutation ? undefined : signOff,
    bodyStart: salutation === -1 ? 0 : salutation,
  };
}

const linesOf = (paragraphs: readonly string[]): string[] =>
  paragraphs.flatMap((p) => p.split('\n')).map((l) => l.replaceAll('*', '').trim());

/** A date the letter states, where it was found. */
export interface DetectedDate {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The line it was read from, or `Date:` header of the email. */
  readonly from: string;
}

/**
 * Finds the date the letter was written: a "Date:" line, else a line that is only
 * a date (letterhead first), else the email's Date header. Dates inside sentences
 * ("announced on 19 December 2023") are events, not the letter's date.
 */
export function detectDate(layout: LetterLayout, emailDate?: string): DetectedDate | undefined {
  const all = linesOf(layout.paragraphs);
  const labelled = all.find((line) => /^date[d]?\s*[:\-–]/i.test(line) && parseUkDate(line));
  const head = linesOf(layout.paragraphs.slice(0, layout.bodyStart));
  const standalone =
    labelled ?? head.find((l) => parseUkDate(l)) ?? all.find((l) => parseUkDate(l));
  const stated = standalone === undefined ? undefined : parseUkDate(standalone);
  if (standalone !== undefined && stated !== undefined) return { date: stated, from: standalone };
  const sent = emailDate === undefined ? undefined : findUkDate(emailDate);
  return sent === undefined ? undefined : { date: sent.iso, from: `Date: ${emailDate ?? ''}` };
}

// "Our ref: X", "Ref: X", "REF: X", "Our reference: X", "Reference number: X"; not "Your ref".
const LABELLED_REFERENCE =
  /^(?:our\s+)?(?:ref(?:erence)?|case\s+ref(?:erence)?|foi\s+ref(?:erence)?)(?:\s+(?:no|number))?\.?\s*[:\-–.]\s*(\S.*)$/i;
// Department reference shapes that need no label.
const BARE_REFERENCES = [
  /\bPO-\d{4,}\b/,
  /\bFOI[- ]?\d[\w/-]*\d\b/,
  /\b(?:TO|MC|DE|TRO|CTS|MIN|DWP|HMT)[-/]\d{4,}[\w/-]*\b/,
];

/** Finds the sender's reference, verbatim: a labelled "Our ref:" line, else a bare PO-/FOI-style number. */
export function detectReference(layout: LetterLayout): string | undefined {
  const all = linesOf(layout.paragraphs);
  for (const line of all) {
    const match = LABELLED_REFERENCE.exec(line);
    if (match?.[1] !== undefined) return match[1].trim();
  }
  const head = linesOf(layout.paragraphs.slice(0, layout.bodyStart));
  // In the letterhead any line will do; in the text, only a line that is the reference alone.
  for (const line of [...head, ...all.filter((l) => l.length < 40)]) {
    for (const pattern of BARE_REFERENCES) {
      const match = pattern.exec(line);
      if (match) return match[0];
    }
  }
  return undefined;
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

// Words that make a signature line a team or body rather than a person.
const BODY_WORDS =
  /\b(?:team|unit|office|department|directorate|council|board|services?|correspondence|ministry|group|forum|trust|secretariat|division|branch|committee|agency)\b/i;

/** The signatory as the letter writes them. */
export interface DetectedSignatory {
  /** The person's name as written ("KARIN SMYTH"), if a person signs. */
  readonly name: string | undefined;
  /** The role they sign in, as written ("Minister of State for Health"). */
  readonly role: string | undefined;
  /** The organisation or team that signs or that the role names, as written. */
  readonly organisation: string | undefined;
  /** Every line of the signature block, for matching organisations it names. */
  readonly lines: readonly string[];
}

const clean = (line: string): string => line.replaceAll('*', '').replace(/[,.]$/, '').trim();

/** A short line that reads as a name rather than a sentence. */
function isNameLine(line: string): boolean {
  const words = clean(line).split(/\s+/);
  return (
    words.length >= 1 &&
    words.length <= 6 &&
    !/[.!?:;]$/.test(line.trim()) &&
    words.every(
      (w) => /^[\p{Lu}\p{Lt}][\p{L}'’.-]*$/u.test(w) || /^(?:MP|of|and|for|the|&)$/.test(w),
    )
  );
}

/**
 * Finds who signs: the lines after the sign-off (skipping any description of a
 * signature image) are a name and role lines; a letter without a sign-off may end
 * with a name alone ("Laura"). A team or body that signs is returned as the organisation.
 */
export function detectSignatory(layout: LetterLayout): DetectedSignatory {
  const { paragraphs, signOff } = layout;
  const after =
    signOff === undefined
      ? paragraphs.slice(-1).filter((p) => !p.includes('\n') && isNameLine(p))
      : paragraphs.slice(signOff + 1).filter((p) => !isImageDescription(p) && !isFooter(p));
  const lines = after
    .flatMap((p) => p.split('\n'))
    .map(clean)
    .filter((l) => l !== '')
    .slice(0, 5);
  const first = lines[0];
  if (first === undefined)
    return { name: undefined, role: undefined, organisation: undefined, lines };
  // "Laura" then "Laura Trott MP": the fuller line is the name.
  const fuller = lines
    .slice(1, 3)
    .find((l) => isNameLine(l) && l.toLowerCase().startsWith(`${first.toLowerCase()} `));
  const name = fuller ?? first;
  const roleLines = lines
    .slice(1, 4)
    .filter((l) => l !== fuller && l.length < 100 && !/[.!?]$/.test(l));
  if (BODY_WORDS.test(first) || !isNameLine(first)) {
    return { name: undefined, role: undefined, organisation: first, lines };
  }
  const role = roleLines.find((l) => !BODY_WORDS.test(l) || /\b(?:minister|secretary)\b/i.test(l));
  const organisation = roleLines.find((l) => l !== role && BODY_WORDS.test(l));
  return { name: name.replace(/\s+MP$/, ''), role, organisation, lines };
}

/** Makes a name written in capitals readable ("KARIN SMYTH" → "Karin Smyth"); other names are left as written. */
export function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_, gap: string, letter: string) => gap + letter.toUpperCase(),
    );
}

/**
 * Finds the role a named person writes in when the signature block gives none:
 * the line after their name in the letterhead ("From Karin Smyth MP" / "Minister
 * of State for Health"), or "<name> MP for <constituency>" in the text.
 */
export function detectRoleNear(layout: LetterLayout, fullName: string): string | undefined {
  const folded = fullName.toLowerCase();
  const head = linesOf(layout.paragraphs.slice(0, layout.bodyStart));
  const at = head.findIndex((l) => l.toLowerCase().includes(folded));
  const next = at === -1 ? undefined : head[at + 1];
  if (next !== undefined && next !== '' && isNameLine(next) && !/\d/.test(next)) return clean(next);
  const text = layout.paragraphs.join('\n');
  const mp = new RegExp(
    `${fullName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+MP\\s+for\\s+((?:[A-Z][\\w'’-]*\\s?)+)`,
    'i',
  ).exec(text);
  return mp?.[1] === undefined ? undefined : `Member of Parliament for ${mp[1].trim()}`;
}

/** The recipient as the letter writes them. */
export interface DetectedRecipient {
  /** The name in the "Dear …" line, without the greeting ("Blake"). */
  readonly salutationName: string | undefined;
  /** The letterhead's address block, line by line, for matching known names. */
  readonly addressLines: readonly string[];
}

const GENERIC_SALUTATION =
  /^(?:sir|madam|sir\s*(?:\/|or)\s*madam|colleague|all|friends?|team|everyone|member)s?$/i;

/** Finds the recipient's name in the salutation and the address lines above it. */
export function detectRecipient(layout: LetterLayout): DetectedRecipient {
  const line =
    layout.salutation === undefined ? undefined : clean(layout.paragraphs[layout.salutation] ?? '');
  const name = line
    ?.replace(/^(?:dear|hi|hello|good (?:morning|afternoon))\s+/i, '')
    .replace(/^to whom it may concern$/i, '')
    .trim();
  return {
    salutationName:
      name === undefined || name === '' || GENERIC_SALUTATION.test(name) ? undefined : name,
    addressLines: linesOf(layout.paragraphs.slice(0, layout.bodyStart)),
  };
}
