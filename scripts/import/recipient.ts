/**
 * Who a letter is addressed to, by the fullest name it gives: the `To:` of an email
 * header block, else the full name in the address block or a "Name:" field that the
 * salutation's name is part of ("Vanessa Doe" for "Dear Ms Doe"), else the
 * salutation's name, else a name in the address block, else a generic salutation
 * as written ("Sir/Madam").
 */
import { firstLine, headerParagraphs, headLines, type LetterLayout } from './detect.ts';
import { found, type Found } from './evidence.ts';
import { addressName, headerFields, valueOf } from './labels.ts';
import { BODY_WORDS } from './signatory.ts';

/** The recipient as the letter writes them. */
export interface DetectedRecipient {
  /** The name in the "Dear …" line, without the greeting ("Blake"); `undefined` if generic. */
  readonly salutationName: string | undefined;
  /** The letterhead's address block, line by line, for matching known names. */
  readonly addressLines: readonly string[];
  /** The fullest name the letter gives the recipient, as written, and where. */
  readonly found: Found | undefined;
}

const GENERIC_SALUTATION =
  /^(?:sir|madam|sir\s*(?:\/|or)\s*madam|colleague|all|friends?|team|everyone|member|requester|requestor|applicant|enquirer|customer)s?$/i;
const HONORIFIC =
  /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rt|hon|cllr|councillor|rev)\.?$/i;
// Words of an address, never of a person's name.
const PLACE_WORDS =
  /\b(?:nhs|hospital|house|road|street|lane|way|floor|court|park|building|centre|square|avenue|hill|site|headquarters|london)\b/i;
// Labels of a field that names the recipient ("Name:", "To:", "Requester:", misspelt or not).
const NAME_LABEL = /^(?:name|to|req\w*|applicant|addressee|recipient)\s*:\s*/i;

/** The words of a name that identify the person: no honorifics, no initials. */
const keyWords = (name: string): string[] =>
  name
    .split(/\s+/)
    .map((w) => w.replace(/[.,]$/, ''))
    .filter((w) => !HONORIFIC.test(w) && w.replace('.', '').length > 1);

/** The person's name a line states, alone or after a label such as "Name:"; `undefined` if it is not one. */
function personNameIn(line: string): string | undefined {
  const text = line.replace(NAME_LABEL, '').replace(/[,.]$/, '').trim();
  const words = text.split(/\s+/);
  const isName =
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w)) &&
    !BODY_WORDS.test(text) &&
    !PLACE_WORDS.test(text);
  return isName ? text : undefined;
}

/** A fuller name in the letterhead that the salutation's name is part of ("Vanessa Doe" for "Ms Doe"). */
function fullerName(lines: readonly string[], salutation: string): Found | undefined {
  const keys = keyWords(salutation).map((k) => k.toLowerCase());
  if (keys.length === 0) return undefined;
  for (const line of lines) {
    const name = personNameIn(line);
    const words = name?.toLowerCase().split(/\s+/) ?? [];
    if (name !== undefined && words.length > keys.length && keys.every((k) => words.includes(k)))
      return found(name, line, 'high');
  }
  return undefined;
}

/** A name in the address block: labelled ("Name: …") or followed by an email address or "By email". */
function addressedName(lines: readonly string[]): Found | undefined {
  for (const [i, line] of lines.entries()) {
    const name = personNameIn(line);
    const next = lines[i + 1] ?? '';
    if (name !== undefined && (NAME_LABEL.test(line) || /@|\be-?mail\b/i.test(next)))
      return found(name, line, 'medium');
  }
  return undefined;
}

/** Finds the recipient's name in the header block, the address block and the salutation; never the sender's name. */
export function detectRecipient(layout: LetterLayout, sender?: string): DetectedRecipient {
  const addressLines = headLines(layout);
  // The sender's own name in the letterhead is never the recipient's.
  const candidates = addressLines.filter(
    (l) => sender === undefined || !l.toLowerCase().includes(sender.toLowerCase()),
  );
  const line =
    layout.salutation === undefined
      ? undefined
      : firstLine(layout.paragraphs[layout.salutation] ?? '');
  const written = line
    ?.replace(/^(?:dear|hi|hello|good (?:morning|afternoon))\s+/i, '')
    .replace(/^to whom it may concern[,:]?$/i, '')
    .replace(/[,:]$/, '')
    .trim();
  const generic = written === undefined || written === '' || GENERIC_SALUTATION.test(written);
  const salutationName = generic ? undefined : written;
  const to = headerFields(headerParagraphs(layout)).get('to');
  const toName = to === undefined ? undefined : addressName(valueOf(to));
  const best =
    (to !== undefined && toName !== undefined ? found(toName, to, 'high') : undefined) ??
    (salutationName === undefined ? undefined : fullerName(candidates, salutationName)) ??
    (salutationName === undefined || line === undefined
      ? undefined
      : found(salutationName, line, 'medium')) ??
    addressedName(candidates) ??
    (written === undefined || written === '' || line === undefined
      ? undefined
      : found(written, line, 'medium'));
  return { salutationName, addressLines, found: best };
}
