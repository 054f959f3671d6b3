/**
 * From a letter's text to a draft content entry: detect what the letter states,
 * match it to the archive's entries, write the body with structure added, check
 * that no word was lost, and write frontmatter that passes the content schema,
 * with a TODO list for everything the editor must still decide.
 */
import { basename, relative, sep } from 'node:path';
import type { List, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { extractAnswers } from '../../src/lib/answers.ts';
import { UNIDENTIFIED } from '../../src/lib/placeholders.ts';
import { slugify } from '../../src/lib/slugs.ts';
import { firstMissingWord } from '../../src/lib/words.ts';
import { letterBody } from './body.ts';
import {
  matchOrganisation,
  matchPerson,
  organisationsNamedIn,
  peopleNamedIn,
  suggestTopics,
  type Catalogue,
  type KnownOrganisation,
  type KnownPerson,
} from './catalogue.ts';
import {
  detectDate,
  headerParagraphs,
  isImageDescription,
  layoutOf,
  type LetterLayout,
} from './detect.ts';
import { found, type Confidence, type Found } from './evidence.ts';
import { writeFrontmatter } from './frontmatter.ts';
import { addressName, headerFields, valueOf, wroteLine } from './labels.ts';
import { INVISIBLE, ODD_SPACES, splitParagraphs } from './paragraphs.ts';
import { detectRecipient } from './recipient.ts';
import { detectReference } from './references.ts';
import {
  detectRoleNear,
  detectSignatory,
  displayName,
  letterheadOrganisation,
} from './signatory.ts';
import { ImportError, type LetterSource } from './source.ts';

/** What the importer found in one letter: the `--json` record without input and output. */
export interface ImportSummary {
  date: string | null;
  reference: string | null;
  from: { name: string | null; role: string | null; organisation: string | null };
  to: { name: string | null; organisation: string | null };
  topics: string[];
  sections: { id: string; title: string }[];
  /** For each field detected: the line it was read from and how sure that is. */
  found: Record<
    'date' | 'reference' | 'from' | 'to',
    { line: string; confidence: Confidence } | null
  >;
  missing: string[];
  warnings: string[];
}

/** A draft ready to be written. */
export interface Draft {
  /** The file name without `.md`: the letter's future URL slug. */
  readonly slug: string;
  /** The folder under `content/letters/` it belongs in: its year, or `undated`. */
  readonly folder: string;
  /** The whole file: frontmatter and body. */
  readonly markdown: string;
  readonly summary: ImportSummary;
}

/** Options for `draftLetter`. */
export interface DraftOptions {
  /** The site's `public/sources/` folder: a source inside it is linked as `source.file`. */
  readonly sourcesDir?: string | undefined;
}

/** One side of a letter: the matched entries, the name as written, and where it was read. */
interface Side {
  person: KnownPerson | undefined;
  organisation: KnownOrganisation | undefined;
  written: string | undefined;
  found: Found | undefined;
}

/** The sender: who signs, in what role, for which organisation. */
interface Sender {
  readonly side: Side;
  readonly role: string | undefined;
  /** The person who signs, as written. */
  readonly signedName: string | undefined;
  /** The organisation as written, when no entry matched: the letterhead's, if nothing is signed. */
  readonly organisationWritten: string | undefined;
}

/** The email's From as a found field, for a letter without a signature. */
function emailSender(source: LetterSource, layout: LetterLayout): Found | undefined {
  const header = headerFields(headerParagraphs(layout)).get('from');
  const name = header === undefined ? undefined : addressName(valueOf(header));
  if (header !== undefined && name !== undefined) return found(name, header, 'medium');
  const wrote = wroteLine(headerParagraphs(layout));
  if (wrote?.name !== undefined) return found(wrote.name, wrote.line, 'medium');
  const from = source.email?.from?.name;
  return from === undefined ? undefined : found(from, `From: ${from}`, 'medium');
}

/** A first name signed alone ("Beccy") made full from the email's From ("Dr Beccy Cooper MP"). */
function fullerSignature(signed: string | undefined, from: string | undefined): string | undefined {
  if (signed === undefined || signed.includes(' ') || from === undefined) return signed;
  const full = from
    .replace(/\s+MP$/, '')
    .replace(/^(?:dr|mr|mrs|ms|miss|mx|prof|sir|dame)\.?\s+/i, '');
  return full.toLowerCase().startsWith(`${signed.toLowerCase()} `) ? full : signed;
}

/** Finds the signatory and the organisation they write for. */
function senderOf(
  layout: LetterLayout,
  source: LetterSource,
  catalogue: Catalogue,
  text: string,
): Sender {
  const signed = detectSignatory(layout);
  const header = emailSender(source, layout);
  const byEmail = signed.found === undefined ? header : undefined;
  const written =
    fullerSignature(signed.name, header?.value) ??
    (signed.organisation === undefined ? byEmail?.value : undefined);
  const person = written === undefined ? undefined : matchPerson(written, catalogue, text);
  const fullName = person?.name ?? (written === undefined ? undefined : displayName(written));
  const role =
    signed.role ?? (fullName === undefined ? undefined : detectRoleNear(layout, fullName));
  const letterhead = layout.paragraphs.slice(0, layout.bodyStart).join('\n');
  const named = organisationsNamedIn(letterhead, catalogue);
  const organisation =
    (signed.organisation === undefined
      ? undefined
      : matchOrganisation(signed.organisation, catalogue)) ??
    organisationsNamedIn(signed.lines.join('\n'), catalogue)[0] ??
    (person === undefined
      ? named.find((o) => o.kind !== 'parliament')
      : named.find((o) => person.organisations.includes(o.id) && o.kind !== 'parliament'));
  // Nothing signed: the organisation the letterhead and footers name is the sender.
  const unsigned =
    written === undefined && signed.organisation === undefined && organisation === undefined
      ? letterheadOrganisation(text)
      : undefined;
  const side: Side = {
    person,
    organisation,
    written: written ?? signed.organisation ?? unsigned?.value,
    found: signed.found ?? byEmail ?? unsigned,
  };
  return { side, role, signedName: written, organisationWritten: unsigned?.value };
}

/** Finds the recipient: the address block, the salutation, the email's To, else a group the letter names. */
function recipientOf(
  layout: LetterLayout,
  source: LetterSource,
  catalogue: Catalogue,
  text: string,
  sender: Side,
  warnings: string[],
): Side {
  const detected = detectRecipient(layout);
  const { salutationName, addressLines } = detected;
  const address = addressLines.join('\n');
  const emailName = source.email?.to?.name;
  const byEmail =
    emailName === undefined ? undefined : found(emailName, `To: ${emailName}`, 'high');
  const best = byEmail ?? detected.found;
  const person =
    peopleNamedIn(address, catalogue).find((p) => p.id !== sender.person?.id) ??
    (best === undefined ? undefined : matchPerson(best.value, catalogue, text)) ??
    (salutationName === undefined ? undefined : matchPerson(salutationName, catalogue, text));
  const written = person?.name ?? best?.value;
  if (person !== undefined) return { person, organisation: undefined, written, found: best };
  const addressed = organisationsNamedIn(address, catalogue).find(
    (o) => o.id !== sender.organisation?.id,
  );
  const byName = best === undefined ? undefined : matchOrganisation(best.value, catalogue);
  if (addressed !== undefined || byName !== undefined) {
    return { person: undefined, organisation: addressed ?? byName, written, found: best };
  }
  if (written === undefined) {
    // No address, salutation or To: a community group the letter names is most likely who it answers.
    const group = organisationsNamedIn(text, catalogue).find((o) => o.kind === 'community-group');
    if (group !== undefined) {
      warnings.push(
        `recipient guessed as "${group.name}", the group the letter names most; it has no address or salutation`,
      );
      const guess = found(group.name, group.name, 'low');
      return { person: undefined, organisation: group, written: group.name, found: guess };
    }
  }
  return { person: undefined, organisation: undefined, written, found: best };
}

/** The year an undated letter mentions most, as a placeholder estimate an editor must check. */
function placeholderYear(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const [year] of text.matchAll(/\b(?:19|20)\d{2}\b/g))
    counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
}

const INLINE_CONTAINERS = new Set<Nodes['type']>([
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
]);

/** The words of a markdown body as a reader gets them: syntax dropped, list numbers kept. */
export function bodyText(markdown: string): string {
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const parts: string[] = [];
  const walk = (node: Nodes, list?: List): void => {
    if (
      node.type === 'text' ||
      node.type === 'inlineCode' ||
      node.type === 'code' ||
      node.type === 'html'
    ) {
      parts.push(node.value);
    } else if (node.type === 'break') {
      parts.push(' ');
    } else if ('children' in node) {
      if (node.type === 'listItem' && list?.ordered === true && node.position !== undefined) {
        // A list's numbers are words of the letter ("1)"), but mdast keeps only the first.
        const marker = /^\s*(?:>\s*)*(\d+[.)])/.exec(
          markdown.slice(node.position.start.offset ?? 0),
        );
        if (marker?.[1] !== undefined) parts.push(` ${marker[1]} `);
      }
      for (const child of node.children) walk(child, node.type === 'list' ? node : undefined);
      // Blocks end a word; emphasis and links do not ("**Measurements**, for").
      if (!INLINE_CONTAINERS.has(node.type)) parts.push(' ');
    }
  };
  walk(tree);
  return parts.join('');
}

/** Spaces as the word check compares them: tabs, non-breaking and invisible spaces are all one space. */
const sameSpaces = (text: string): string => text.replace(ODD_SPACES, ' ').replace(INVISIBLE, ' ');

/** Refuses a body that lost a word of the source, naming the word and where it was. */
export function checkEveryWordKept(sourceText: string, body: string): void {
  const missing = firstMissingWord(sameSpaces(sourceText), sameSpaces(bodyText(body)));
  if (missing !== undefined) {
    throw new ImportError(
      `would lose the word "${missing.word}" (word ${missing.index + 1}, in "${missing.context}") in the draft; nothing written`,
    );
  }
}

/** Shortens a slug to about `max` characters at a hyphen. */
function shortSlug(slug: string, max = 80): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-'));
}

/** What was detected in a letter, before any of it is written. */
interface Detected {
  readonly paragraphs: readonly string[];
  readonly text: string;
  readonly layout: LetterLayout;
  readonly dated: Found | undefined;
  readonly reference: Found | undefined;
  readonly sender: Sender;
  readonly to: Side;
  readonly topics: ReturnType<typeof suggestTopics>;
  readonly warnings: string[];
}

/** Reads everything the letter states: date, reference, sender, recipient, topics. */
function detectAll(source: LetterSource, catalogue: Catalogue): Detected {
  const paragraphs = splitParagraphs(source.text);
  if (paragraphs.length === 0) throw new ImportError('has no text');
  const text = paragraphs.join('\n\n');
  const layout = layoutOf(paragraphs);
  const warnings = [...source.warnings];
  const sender = senderOf(layout, source, catalogue, text);
  return {
    paragraphs,
    text,
    layout,
    dated: detectDate(layout, source.email?.date),
    reference: detectReference(layout),
    sender,
    to: recipientOf(layout, source, catalogue, text, sender.side, warnings),
    topics: suggestTopics(text, catalogue),
    warnings,
  };
}

/** The draft's body, checked word for word against the source, and its headings. */
function checkedBody(source: LetterSource, layout: LetterLayout) {
  const body = letterBody(layout, source.email?.lines ?? []);
  checkEveryWordKept(source.text, body.markdown);
  try {
    const sections = extractAnswers(body.markdown).map(({ id, title }) => ({ id, title }));
    return { markdown: body.markdown, sections };
  } catch (error) {
    throw new ImportError(
      `gives draft headings that are not valid: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Where the source sits under `public/sources/`, if it does. */
function sourceFile(source: LetterSource, options: DraftOptions): string | undefined {
  if (options.sourcesDir === undefined) return undefined;
  const path = relative(options.sourcesDir, source.path);
  return path.startsWith('..') ? undefined : path.split(sep).join('/');
}

/** The file's slug: `<date or year>-<sender>-<subject or to-recipient>`. */
function slugOf(found: Detected, source: LetterSource, year: string | undefined): string {
  const { sender, to, dated } = found;
  const from = sender.side;
  const senderSlug =
    from.person?.id ??
    (sender.signedName === undefined ? undefined : slugify(sender.signedName)) ??
    from.organisation?.id ??
    (from.written === undefined ? 'unknown-sender' : slugify(from.written));
  const recipientSlug =
    to.person?.id ??
    to.organisation?.id ??
    (to.written === undefined ? 'unknown-recipient' : slugify(to.written));
  const subject =
    source.email?.subject === undefined ? `to-${recipientSlug}` : slugify(source.email.subject);
  return shortSlug(`${dated?.value ?? year ?? 'undated'}-${senderSlug}-${subject}`);
}

/** Turns a letter's text into a draft content entry, or throws an `ImportError` saying why it cannot. */
export function draftLetter(
  source: LetterSource,
  catalogue: Catalogue,
  options: DraftOptions = {},
): Draft {
  const detected = detectAll(source, catalogue);
  const body = checkedBody(source, detected.layout);
  const estimate = detected.dated === undefined ? placeholderYear(detected.text) : undefined;
  const inSources = sourceFile(source, options);
  const plan = editorPlan(detected, estimate, body.sections.length > 0, inSources !== undefined);
  const year = detected.dated?.value.slice(0, 4) ?? estimate;
  const frontmatter = frontmatterYaml(source, detected, plan.todos, estimate, inSources);
  return {
    slug: slugOf(detected, source, year),
    folder: year ?? 'undated',
    markdown: `---\n${frontmatter}---\n\n${body.markdown}`,
    summary: summaryOf(detected, body.sections, plan.missing),
  };
}

/** The `--json` record of what was found. */
function summaryOf(
  detected: Detected,
  sections: { id: string; title: string }[],
  missing: string[],
): ImportSummary {
  const { dated, reference, sender, to, topics, warnings } = detected;
  const from = sender.side;
  const shown = (f: Found | undefined) =>
    f === undefined ? null : { line: f.line, confidence: f.confidence };
  return {
    date: dated?.value ?? null,
    reference: reference?.value ?? null,
    from: {
      name:
        from.person?.name ??
        (from.written === undefined || sender.organisationWritten !== undefined
          ? null
          : displayName(from.written)),
      role: sender.role ?? null,
      organisation: from.organisation?.name ?? sender.organisationWritten ?? null,
    },
    to: {
      name: to.person?.name ?? (to.organisation === undefined ? (to.written ?? null) : null),
      organisation: to.organisation?.name ?? null,
    },
    topics: topics.map((t) => t.id),
    sections,
    found: {
      date: shown(dated),
      reference: shown(reference),
      from: shown(from.found),
      to: shown(to.found),
    },
    missing,
    warnings,
  };
}

/** What the editor must still do (the TODO list), and which fields were not detected. */
function editorPlan(
  detected: Detected,
  estimate: string | undefined,
  hasSections: boolean,
  inSources: boolean,
): { todos: string[]; missing: string[] } {
  const { dated, reference, sender, to, topics, warnings } = detected;
  const todos: string[] = ['title: write a short title in your own words'];
  const missing: string[] = [];
  if (dated === undefined) {
    missing.push('date');
    warnings.push('the letter states no date; it is left undated with a placeholder estimate');
    todos.push(
      `date_estimated: the letter states no date; "${estimate ?? '0000'}" is a placeholder (${estimate === undefined ? 'the letter mentions no year' : 'the year it mentions most'}): estimate the month or year and explain it in date_note`,
    );
  }
  if (reference === undefined) {
    missing.push('reference');
    todos.push("reference: none found; add the sender's reference if the letter has one");
  }
  sideTodos('from', sender.side, 'signatory', sender.signedName, { todos, missing });
  sideTodos('to', to, 'recipient', undefined, { todos, missing });
  todos.push(...unsureTodos(detected));
  const signedName = sender.signedName;
  if (sender.side.person !== undefined && signedName?.split(/\s+/).length === 1) {
    warnings.push(
      `signatory "${signedName}" matched to ${sender.side.person.name}, whom the letter names in full`,
    );
  }
  if (sender.role === undefined) {
    missing.push('from_role');
    todos.push(
      'from_role: no role found; add the role the signatory wrote in, as stated on the letter',
    );
  }
  todos.push(topicTodo(topics, missing));
  if (hasSections)
    todos.push('answers: file answers under their topics by heading id, and check each heading id');
  todos.push('body: compare with the original; structure was added automatically');
  if (!inSources)
    todos.push('source.file: copy the original into public/sources/ and name it here');
  return { todos, missing };
}

/** The TODOs for a sender or recipient that matched no entry. */
function sideTodos(
  field: 'from' | 'to',
  side: Side,
  what: string,
  personName: string | undefined,
  plan: { todos: string[]; missing: string[] },
): void {
  if (side.person === undefined && side.organisation === undefined) {
    plan.missing.push(field);
    plan.todos.push(
      side.written === undefined
        ? `${field}: no ${what} found; name them and replace the placeholder "${UNIDENTIFIED}"`
        : `${field}: "${side.written}" matches no entry in content/people or content/organisations; add one and replace the placeholder "${UNIDENTIFIED}"`,
    );
  } else if (side.person === undefined && personName !== undefined) {
    plan.missing.push(`${field}.person`);
    plan.todos.push(
      `${field}: signed "${personName}", who matches no person in content/people; add them and set ${field}.person`,
    );
  }
}

/** A TODO for each field detected only as a guess (low confidence), naming the line it came from. */
function unsureTodos(detected: Detected): string[] {
  const fields: [string, Found | undefined][] = [
    ['date', detected.dated],
    ['reference', detected.reference],
    ['from', detected.sender.side.found],
    ['to', detected.to.found],
  ];
  return fields
    .filter(([, f]) => f?.confidence === 'low')
    .map(
      ([field, f]) =>
        `${field}: a guess ("${f?.value ?? ''}", from the line "${f?.line ?? ''}"); check it`,
    );
}

/** The TODO about topics; records `topics` as missing when none was suggested. */
function topicTodo(topics: Detected['topics'], missing: string[]): string {
  if (topics.length > 0)
    return `topics: suggested from keywords (${topics.map((t) => `${t.id}: ${t.keywords.slice(0, 3).join(', ')}`).join('; ')}); keep only the right ones`;
  missing.push('topics');
  return `topics: no topic suggested itself; choose from content/topics and replace the placeholder "${UNIDENTIFIED}"`;
}

/** The frontmatter's YAML (without the `---` lines). */
function frontmatterYaml(
  source: LetterSource,
  detected: Detected,
  todos: readonly string[],
  estimate: string | undefined,
  inSources: string | undefined,
): string {
  const { dated, sender, to, reference, topics, paragraphs } = detected;
  const nameOf = (side: Side): string | undefined =>
    side.person?.name ?? side.organisation?.name ?? side.written;
  const title = `TODO: ${source.email?.subject ?? `Letter from ${nameOf(sender.side) ?? 'an unknown sender'} to ${nameOf(to) ?? 'an unknown recipient'}`}`;
  return writeFrontmatter({
    sourceName: basename(source.path),
    todos,
    title,
    date: dated?.value,
    estimate: dated === undefined ? (estimate ?? '0000') : undefined,
    from: sideIds(sender.side),
    role: sender.role,
    to: sideIds(to),
    reference: reference?.value,
    topics: topics.map((t) => t.id),
    sourceFile: inSources,
    description: source.description,
    imageNote: paragraphs.some(isImageDescription),
  });
}

/** A side's known ids. */
const sideIds = (side: Side) => ({ person: side.person?.id, organisation: side.organisation?.id });
