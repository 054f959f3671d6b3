/**
 * The sender's reference, verbatim: a labelled line ("Our ref:", "Reference number:",
 * "FOI ref:", "Ref."), a label whose value stands in the next column or paragraph,
 * else a bare reference in a usual place: the letterhead, the subject lines just
 * after the salutation ("Freedom of Information Act 2000 request: FOI0421011"),
 * or a line on its own. Never the recipient's "Your ref".
 */
import { headLines, letterLines, linesOf, type LetterLayout } from './detect.ts';
import { found, type Found } from './evidence.ts';

// "Our ref: X", "Ref: X", "Ref. X", "REF: X", "Our reference: X", "Reference number: X", "FOI ID 25375"; not "Your ref".
// "Case ref:", "FOI request number:", "Information request reference:" too.
const LABELLED =
  /^(?:our\s+)?(?:ref(?:erence)?|(?:foia?|eir|case|(?:foi\s+|information\s+)?request)\s+(?:ref(?:erence)?|id|number|no))(?:\s+(?:no|number|id))?(?:\.?\s*[:\-–]|\.|\s(?=\d))\s*(\S.*)$/i;

// Reference shapes that need no label.
const BARE = [
  /\bPO-\d{4,}\b/,
  /\bFOI\s?(?:ID\s?)?[-/]?\s?\d[\w/-]*\d\b/,
  /\b(?:TO|MC|DE|TRO|CTS|MIN|DWP|HMT)[-/]\d{4,}[\w/-]*\b/,
  // A subject line that ends with the request's number: "Freedom of Information Request 008",
  // "Freedom of Information Act 2000 request: FOI0421011", "Freedom of Information/RFI-2207".
  /\b[Ff]reedom of [Ii]nformation(?: \(?Act(?: 2000)?\)?)?(?: [Rr]equest)?(?: ?[:/–-] ?| )(?!(?:19|20)\d\d\b)((?:[A-Z]{2,}[- ]?)?\d(?:[\w/.-]*\w)?)\s*$/,
];

/** A labelled value, cut where a wide gap or a spaced dash starts something else ("4300127      Information request"). */
const cutAtGap = (value: string): string => (value.split(/\s{2,}|\s[–—-]\s/)[0] ?? value).trim();

/** The bare reference in a line, if any. */
function bareReference(line: string): string | undefined {
  for (const pattern of BARE) {
    const match = pattern.exec(line);
    if (match) return (match[1] ?? match[0]).trim();
  }
  return undefined;
}

/** The first bare reference among lines, as found. */
function firstBare(lines: readonly string[], confidence: Found['confidence']): Found | undefined {
  for (const line of lines) {
    const value = bareReference(line);
    if (value !== undefined) return found(value, line, confidence);
  }
  return undefined;
}

/** Finds the sender's reference, verbatim, and the line it was read from. */
export function detectReference(layout: LetterLayout): Found | undefined {
  for (const line of letterLines(layout)) {
    const match = LABELLED.exec(line);
    const value = match?.[1] === undefined ? '' : cutAtGap(match[1]);
    if (value !== '' && /\d/.test(value)) return found(value, line, 'high');
  }
  const { paragraphs, bodyStart, salutation } = layout;
  // The subject lines just after the salutation, however long.
  const subject =
    salutation === undefined ? [] : linesOf(paragraphs.slice(bodyStart + 1, bodyStart + 3));
  const body = linesOf(paragraphs.slice(bodyStart, layout.signOff ?? layout.end));
  return (
    firstBare(headLines(layout), 'medium') ??
    firstBare(subject, 'medium') ??
    firstBare(
      body.filter((l) => l.length < 40),
      'low',
    )
  );
}
