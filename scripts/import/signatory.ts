/**
 * Who signs a letter: the lines after its sign-off are a name and role lines, or a
 * team, role or body that signs; "pp" lines and rules are skipped. When nothing is
 * signed, the organisation the letter names most is the sender, as a guess.
 */
import { headLines, isImageDescription, signOffLine, type LetterLayout } from './detect.ts';
import { found, type Found } from './evidence.ts';

// Words that make a signature line a team or body rather than a person.
export const BODY_WORDS =
  /\b(?:team|unit|office|department|directorate|council|board|services?|correspondence|ministry|group|forum|trust|secretariat|division|branch|committee|agency|governance)\b/i;
// Words that make a signature line a role rather than a person's name.
const ROLE_WORDS =
  /\b(?:co-?ordinator|officer|manager|lead|secretary|director|head|adviser|advisor|administrator|clerk|controller|caseworker)\b/i;

/** The signatory as the letter writes them. */
export interface DetectedSignatory {
  /** The person's name as written ("KARIN SMYTH"), if a person signs. */
  readonly name: string | undefined;
  /** The role they sign in, as written ("Minister of State for Health"). */
  readonly role: string | undefined;
  /** The team, role or body that signs, or that the role names, as written. */
  readonly organisation: string | undefined;
  /** Every line of the signature block, for matching organisations it names. */
  readonly lines: readonly string[];
  /** The line the name (or the signing team) was read from, and how sure that is. */
  readonly found: Found | undefined;
}

const clean = (line: string): string => line.replaceAll('*', '').replace(/[,.]$/, '').trim();

/** A short line that reads as a name rather than a sentence. */
export function isNameLine(line: string): boolean {
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

const RULE_LINE = /^[-_=*~.\s]{3,}$/;
// Contact details and page furniture below a signature.
const CONTACT_LINE =
  /^(?:e-?mail|tel|telephone|phone|fax|web|website|mobile|direct dial|www\.|https?:|page \d|registered|\d+$)/i;
// Honorifics before a signed name ("Dr", "Rt Hon"), left out of the name.
const HONORIFICS =
  /^(?:(?:the\s+)?(?:rt\.?\s+)?hon\.?\s+|(?:dr|mr|mrs|ms|miss|mx|prof|sir|dame|cllr|rev)\.?\s+)+/i;
const PP = /^p\.?\s?p\.?(?:\s+|$)/i;

/**
 * A signature line as the signatory's name or team: "pp" dropped, and a signature
 * run into one long line ("Freedom of Information Team Pennine Trust Headquarters …")
 * cut after the word that names the team.
 */
function signatureLine(line: string): string {
  const text = clean(line.replace(PP, '').replace(/^(?:for and )?on behalf of (?:the )?/i, ''));
  if (text.length <= 60) return text;
  const body = BODY_WORDS.exec(text);
  return body === null ? text : text.slice(0, body.index + body[0].length);
}

/** The lines that follow the sign-off (in its paragraph and after it), without rules, images or footers. */
function linesAfterSignOff(layout: LetterLayout): string[] {
  const { paragraphs, signOff, end } = layout;
  if (signOff === undefined) {
    const last = paragraphs.slice(0, end).at(-1) ?? '';
    return !last.includes('\n') && isNameLine(last) ? [last] : [];
  }
  const own = (paragraphs[signOff] ?? '')
    .trim()
    .split('\n')
    .slice(signOffLine(paragraphs[signOff] ?? '') + 1);
  const after = paragraphs.slice(signOff + 1, end).filter((p) => !isImageDescription(p));
  return [...own, ...after.flatMap((p) => p.split('\n'))]
    .filter((l) => !RULE_LINE.test(l))
    .map(signatureLine)
    .filter((l) => l !== '' && !CONTACT_LINE.test(l) && !/^\[[^\]]*\]$/.test(l))
    .slice(0, 5);
}

/** "Jane Doe, Head of Records" as two lines, the name and the role; any other line as it is. */
function nameAndRole(line: string): string[] {
  const comma = line.indexOf(', ');
  const name = line.slice(0, comma);
  return comma > 0 && isNameLine(name) && !BODY_WORDS.test(name) && !ROLE_WORDS.test(name)
    ? [name, line.slice(comma + 2)]
    : [line];
}

/** Tells whether a signature's first line is a team, body or role rather than a person. */
const signsAsBody = (line: string): boolean =>
  BODY_WORDS.test(line) || ROLE_WORDS.test(line) || !isNameLine(line);

/**
 * Finds who signs: the lines after the sign-off (skipping any description of a
 * signature image) are a name and role lines; a letter without a sign-off may end
 * with a name alone ("Laura"). A team, role or body that signs is returned as the organisation.
 */
export function detectSignatory(layout: LetterLayout): DetectedSignatory {
  const [signature = '', ...rest] = linesAfterSignOff(layout);
  const lines = signature === '' ? [] : [...nameAndRole(signature), ...rest];
  const [first] = lines;
  if (first === undefined)
    return { name: undefined, role: undefined, organisation: undefined, lines, found: undefined };
  const sure = layout.signOff === undefined ? 'medium' : 'high';
  if (signsAsBody(first)) {
    const line = found(first, first, layout.signOff === undefined ? 'low' : 'medium');
    const role = ROLE_WORDS.test(first) && !BODY_WORDS.test(first) ? first : undefined;
    return { name: undefined, role, organisation: first, lines, found: line };
  }
  // "Laura" then "Laura Trott MP": the fuller line is the name.
  const fuller = lines
    .slice(1, 3)
    .find((l) => isNameLine(l) && l.toLowerCase().startsWith(`${first.toLowerCase()} `));
  const name = (fuller ?? first).replace(/\s+MP$/, '').replace(HONORIFICS, '');
  const roleLines = lines
    .slice(1, 4)
    .filter((l) => l !== fuller && l.length < 100 && !/[.!?]$/.test(l));
  const role = roleLines.find((l) => !BODY_WORDS.test(l) || /\b(?:minister|secretary)\b/i.test(l));
  const organisation = roleLines.find((l) => l !== role && BODY_WORDS.test(l));
  return { name, role, organisation, lines, found: found(name, fuller ?? first, sure) };
}

// Prefixes that are part of a surname, not a name glued to the next ("MacDonald").
const NAME_PREFIXES = new Set(['Mac', 'Fitz', 'Van', 'Von', 'De', 'Di', 'Da', 'La', 'Le', 'Du']);

/**
 * Makes a name as written readable: capitals ("KARIN SMYTH" → "Karin Smyth"), and a
 * first name and surname that PDF extraction glued together ("JaneDoe" → "Jane Doe").
 */
export function displayName(name: string): string {
  const unglued = name.replace(
    /\b(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)\b/gu,
    (word, a: string, b: string) => (NAME_PREFIXES.has(a) ? word : `${a} ${b}`),
  );
  if (unglued !== unglued.toUpperCase()) return unglued;
  return unglued
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_, gap: string, letter: string) => gap + letter.toUpperCase(),
    );
}

// The words that end an organisation's name ("… NHS Foundation Trust", "… District Council").
const ORGANISATION_END =
  /^(?:Trust|Council|Board|Authority|Agency|Commission|Department|Ministry|Office|Service|ICB|Parliament)$/;
const CONNECTOR = /^(?:of|and|for|the|&)$/;

/** Runs of capitalised words in each paragraph of text, joined by "of", "and", "for", "the". */
function capitalisedRuns(text: string): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const close = (): void => {
    while (run.length > 0 && CONNECTOR.test(run.at(-1) ?? '')) run.pop();
    if (run.length > 0) runs.push(run.join(' '));
    run = [];
  };
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const word of paragraph.split(/[\s,.;:()|]+/)) {
      if (/^[\p{Lu}][\p{L}'’&-]*$/u.test(word) || (run.length > 0 && CONNECTOR.test(word)))
        run.push(word);
      else close();
    }
    close();
  }
  return runs;
}

// A unit inside an organisation, named before it in a footer ("Records Directorate Westvale NHS Trust").
const UNIT = /^(?:Directorate|Department|Team|Unit|Office|Division|Branch|Governance|Secretariat)$/;

/** An organisation's name without the unit named before it. */
function withoutUnit(name: string): string {
  const words = name.split(' ');
  const unit = words.slice(0, -3).findLastIndex((w) => UNIT.test(w));
  return words.slice(unit + 1).join(' ');
}

/**
 * The organisation a letter comes from when nothing is signed: of the names ending in
 * "Trust", "Council", "Department" and the like, the one the most names end with
 * (a letterhead or footer repeats it, sometimes after a directorate's name).
 */
export function letterheadOrganisation(text: string): Found | undefined {
  const names = capitalisedRuns(text)
    .filter((r) => r.split(' ').length >= 3 && ORGANISATION_END.test(r.split(' ').at(-1) ?? ''))
    .map(withoutUnit);
  const score = (name: string): number =>
    names.filter((n) => n === name || n.endsWith(` ${name}`)).length;
  const best = [...new Set(names)].sort((a, b) => score(b) - score(a))[0];
  if (best === undefined) return undefined;
  const words = best.split(' ');
  const line =
    text.split('\n').find((l) => l.includes(best)) ??
    text.split('\n').find((l) => l.includes(words.slice(0, 2).join(' '))) ??
    best;
  return found(best, line, 'low');
}

/**
 * Finds the role a named person writes in when the signature block gives none:
 * the line after their name in the letterhead ("From Karin Smyth MP" / "Minister
 * of State for Health"), or "<name> MP for <constituency>" in the text.
 */
export function detectRoleNear(layout: LetterLayout, fullName: string): string | undefined {
  const folded = fullName.toLowerCase();
  const head = headLines(layout).map((l) => l.trim());
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
