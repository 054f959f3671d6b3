/**
 * From a letter's text to a draft content entry: detect what the letter states,
 * match it to the archive's entries (`sides.ts`), write the body with structure
 * added, check that no word was lost (`word-check.ts`), and write frontmatter
 * that passes the content schema, with a TODO list (`todos.ts`) for everything
 * the editor must still decide.
 */
import { basename, relative, sep } from 'node:path';
import { extractAnswers } from '../../src/lib/answers.ts';
import { slugify } from '../../src/lib/slugs.ts';
import { letterBody } from './body.ts';
import { suggestTopics, type Catalogue } from './catalogue.ts';
import { detectDate, isImageDescription, layoutOf, type LetterLayout } from './detect.ts';
import type { Confidence, Found } from './evidence.ts';
import { writeFrontmatter } from './frontmatter.ts';
import { splitParagraphs } from './paragraphs.ts';
import { detectReference } from './references.ts';
import { displayName } from './signatory.ts';
import { recipientOf, senderOf, type Side } from './sides.ts';
import { ImportError, type LetterSource } from './source.ts';
import { editorPlan, type Detected } from './todos.ts';
import { checkEveryWordKept } from './word-check.ts';

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
  /** The originals' folder, `content/sources/`: a source inside it is linked as `source.file` (published only while a published letter cites it). */
  readonly sourcesDir?: string | undefined;
}

/** The year an undated letter mentions most, as a placeholder estimate an editor must check. */
function placeholderYear(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const [year] of text.matchAll(/\b(?:19|20)\d{2}\b/g))
    counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
}

/** Shortens a slug to about `max` characters at a hyphen. */
function shortSlug(slug: string, max = 80): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-'));
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

/** Where the source sits under `content/sources/`, if it does. */
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
