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
  detectRecipient,
  detectReference,
  detectRoleNear,
  detectSignatory,
  displayName,
  isImageDescription,
  layoutOf,
  type LetterLayout,
} from './detect.ts';
import { splitParagraphs } from './paragraphs.ts';
import { ImportError, type LetterSource } from './source.ts';

/** What the importer found in one letter: the `--json` record without input and output. */
export interface ImportSummary {
  date: string | null;
  reference: string | null;
  from: { name: string | null; role: string | null; organisation: string | null };
  to: { name: string | null; organisation: string | null };
  topics: string[];
  sections: { id: string; title: string }[];
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
  /** The originals' folder, `content/sources/`: a source inside it is linked as `source.file` (published only while a published letter cites it). */
  readonly sourcesDir?: string | undefined;
}

/** One side of a letter: the matched entries and the name as written. */
interface Side {
  person: KnownPerson | undefined;
  organisation: KnownOrganisation | undefined;
  written: string | undefined;
}

/** Finds the signatory and the organisation they write for. */
function senderOf(layout: LetterLayout, source: LetterSource, catalogue: Catalogue, text: string) {
  const signed = detectSignatory(layout);
  const written = signed.name ?? source.email?.from?.name;
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
  const side: Side = { person, organisation, written: written ?? signed.organisation };
  return { side, role, signedName: written };
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
  const { salutationName, addressLines } = detectRecipient(layout);
  const address = addressLines.join('\n');
  const emailName = source.email?.to?.name;
  const person =
    peopleNamedIn(address, catalogue).find((p) => p.id !== sender.person?.id) ??
    (salutationName === undefined ? undefined : matchPerson(salutationName, catalogue, text)) ??
    (emailName === undefined ? undefined : matchPerson(emailName, catalogue, text));
  const written = person?.name ?? emailName ?? salutationName;
  if (person !== undefined) return { person, organisation: undefined, written };
  const addressed = organisationsNamedIn(address, catalogue).find(
    (o) => o.id !== sender.organisation?.id,
  );
  const byEmail = emailName === undefined ? undefined : matchOrganisation(emailName, catalogue);
  if (addressed !== undefined || byEmail !== undefined) {
    return { person: undefined, organisation: addressed ?? byEmail, written };
  }
  if (written === undefined) {
    // No address, salutation or To: a community group the letter names is most likely who it answers.
    const group = organisationsNamedIn(text, catalogue).find((o) => o.kind === 'community-group');
    if (group !== undefined) {
      warnings.push(
        `recipient guessed as "${group.name}", the group the letter names most; it has no address or salutation`,
      );
      return { person: undefined, organisation: group, written: group.name };
    }
  }
  return { person: undefined, organisation: undefined, written };
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

/** Refuses a body that lost a word of the source, naming the word and where it was. */
export function checkEveryWordKept(sourceText: string, body: string): void {
  const missing = firstMissingWord(sourceText, bodyText(body));
  if (missing !== undefined) {
    throw new ImportError(
      `would lose the word "${missing.word}" (word ${missing.index + 1}, in "${missing.context}") in the draft; nothing written`,
    );
  }
}

const yamlString = (value: string): string => JSON.stringify(value);

/** A side of the letter as frontmatter lines: known ids only, else the placeholder. */
function sideYaml(field: string, side: Side): string[] {
  const lines = [`${field}:`];
  if (side.person !== undefined) lines.push(`  person: ${side.person.id}`);
  if (side.organisation !== undefined) lines.push(`  organisation: ${side.organisation.id}`);
  if (lines.length === 1)
    lines.push(`  person: ${UNIDENTIFIED} # TODO: placeholder, see the list above`);
  return lines;
}

const nameOf = (side: Side): string | undefined =>
  side.person?.name ?? side.organisation?.name ?? side.written;

/** Shortens a slug to about `max` characters at a hyphen. */
function shortSlug(slug: string, max = 80): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-'));
}

/** Turns a letter's text into a draft content entry, or throws an `ImportError` saying why it cannot. */
export function draftLetter(
  source: LetterSource,
  catalogue: Catalogue,
  options: DraftOptions = {},
): Draft {
  const paragraphs = splitParagraphs(source.text);
  if (paragraphs.length === 0) throw new ImportError('has no text');
  const text = paragraphs.join('\n\n');
  const layout = layoutOf(paragraphs);
  const warnings = [...source.warnings];
  const todos: string[] = ['title: write a short title in your own words'];
  const missing: string[] = [];

  const dated = detectDate(layout, source.email?.date);
  const reference = detectReference(layout);
  const { side: from, role, signedName } = senderOf(layout, source, catalogue, text);
  const to = recipientOf(layout, source, catalogue, text, from, warnings);
  const topics = suggestTopics(text, catalogue);

  const body = letterBody(layout, source.email?.lines ?? []);
  checkEveryWordKept(source.text, body.markdown);
  let sections: { id: string; title: string }[];
  try {
    sections = extractAnswers(body.markdown).map(({ id, title }) => ({ id, title }));
  } catch (error) {
    throw new ImportError(
      `gives draft headings that are not valid: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  // --- What the editor must still do.
  let estimate: string | undefined;
  if (dated === undefined) {
    missing.push('date');
    estimate = placeholderYear(text);
    warnings.push('the letter states no date; it is left undated with a placeholder estimate');
    todos.push(
      `date_estimated: the letter states no date; "${estimate ?? '0000'}" is a placeholder (${estimate === undefined ? 'the letter mentions no year' : 'the year it mentions most'}): estimate the month or year and explain it in date_note`,
    );
  }
  if (reference === undefined) {
    missing.push('reference');
    todos.push("reference: none found; add the sender's reference if the letter has one");
  }
  const describe = (field: 'from' | 'to', side: Side, what: string, personName?: string): void => {
    if (side.person === undefined && side.organisation === undefined) {
      missing.push(field);
      todos.push(
        side.written === undefined
          ? `${field}: no ${what} found; name them and replace the placeholder "${UNIDENTIFIED}"`
          : `${field}: "${side.written}" matches no entry in content/people or content/organisations; add one and replace the placeholder "${UNIDENTIFIED}"`,
      );
    } else if (side.person === undefined && personName !== undefined) {
      missing.push(`${field}.person`);
      todos.push(
        `${field}: signed "${personName}", who matches no person in content/people; add them and set ${field}.person`,
      );
    }
  };
  describe('from', from, 'signatory', signedName);
  describe('to', to, 'recipient');
  if (
    from.person !== undefined &&
    signedName !== undefined &&
    signedName.split(/\s+/).length === 1
  ) {
    warnings.push(
      `signatory "${signedName}" matched to ${from.person.name}, whom the letter names in full`,
    );
  }
  if (role === undefined) {
    missing.push('from_role');
    todos.push(
      'from_role: no role found; add the role the signatory wrote in, as stated on the letter',
    );
  }
  if (topics.length === 0) {
    missing.push('topics');
    todos.push(
      `topics: no topic suggested itself; choose from content/topics and replace the placeholder "${UNIDENTIFIED}"`,
    );
  } else {
    todos.push(
      `topics: suggested from keywords (${topics.map((t) => `${t.id}: ${t.keywords.slice(0, 3).join(', ')}`).join('; ')}); keep only the right ones`,
    );
  }
  if (sections.length > 0)
    todos.push('answers: file answers under their topics by heading id, and check each heading id');
  todos.push('body: compare with the original; structure was added automatically');
  const insideSources =
    options.sourcesDir !== undefined && !relative(options.sourcesDir, source.path).startsWith('..')
      ? relative(options.sourcesDir, source.path).split(sep).join('/')
      : undefined;
  if (insideSources === undefined)
    todos.push(
      'source.file: copy the original into content/sources/ and name it here (it is published only once a published letter cites it)',
    );

  // --- The file.
  const year = dated?.date.slice(0, 4) ?? estimate;
  const senderSlug =
    from.person?.id ??
    (signedName === undefined ? undefined : slugify(signedName)) ??
    from.organisation?.id ??
    (from.written === undefined ? 'unknown-sender' : slugify(from.written));
  const recipientSlug =
    to.person?.id ??
    to.organisation?.id ??
    (to.written === undefined ? 'unknown-recipient' : slugify(to.written));
  const subject =
    source.email?.subject === undefined ? `to-${recipientSlug}` : slugify(source.email.subject);
  const slug = shortSlug(`${dated?.date ?? year ?? 'undated'}-${senderSlug}-${subject}`);
  const title = `TODO: ${source.email?.subject ?? `Letter from ${nameOf(from) ?? 'an unknown sender'} to ${nameOf(to) ?? 'an unknown recipient'}`}`;

  const notes = paragraphs.some(isImageDescription)
    ? [
        'An image in the original (such as a signature) came with a description in the extracted text; it is shown as a transcription note, not as letter text.',
      ]
    : [];
  const frontmatter = [
    '---',
    `# Imported by \`npm run import\` from ${basename(source.path)}. A draft: it shows in \`npm run dev\`, never in a public build.`,
    '# TODO for the editor; delete each line when done, then set draft: false:',
    ...todos.map((t) => `# - [ ] ${t.replace(/\n/g, ' ')}`),
    `title: ${yamlString(title)}`,
    ...(dated === undefined
      ? [
          `date_estimated: "${estimate ?? '0000'}"`,
          `date_note: ${yamlString('TODO: The letter states no date. The estimate is a placeholder from the importer; say how it was estimated.')}`,
        ]
      : [`date: "${dated.date}"`]),
    ...sideYaml('from', from),
    ...(role === undefined ? [] : [`from_role: ${yamlString(role)}`]),
    ...sideYaml('to', to),
    ...(reference === undefined ? [] : [`reference: ${yamlString(reference)}`]),
    'topics:',
    ...(topics.length === 0
      ? [`  - ${UNIDENTIFIED} # TODO: placeholder, see the list above`]
      : topics.map((t) => `  - ${t.id}`)),
    'source:',
    ...(insideSources === undefined ? [] : [`  file: ${yamlString(insideSources)}`]),
    `  description: ${yamlString(source.description)}`,
    ...(notes.length === 0
      ? []
      : ['transcription_notes:', ...notes.map((n) => `  - ${yamlString(n)}`)]),
    'draft: true',
    '---',
    '',
  ];

  return {
    slug,
    folder: year ?? 'undated',
    markdown: `${frontmatter.join('\n')}\n${body.markdown}`,
    summary: {
      date: dated?.date ?? null,
      reference: reference ?? null,
      from: {
        name: from.person?.name ?? (signedName === undefined ? null : displayName(signedName)),
        role: role ?? null,
        organisation: from.organisation?.name ?? null,
      },
      to: {
        name: to.person?.name ?? (to.organisation === undefined ? (to.written ?? null) : null),
        organisation: to.organisation?.name ?? null,
      },
      topics: topics.map((t) => t.id),
      sections,
      missing,
      warnings,
    },
  };
}
