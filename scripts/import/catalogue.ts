/**
 * What the archive already knows: people, organisations and topics, read from
 * `content/`. The importer matches the names it finds against these entries and
 * never writes a reference to one that does not exist.
 */
import { foldAccents } from '../../src/markdown/fold-accents.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { organisationSchema, personSchema, topicSchema } from '../../src/model/schemas.ts';

/** A person the archive has an entry for. */
export interface KnownPerson {
  readonly id: string;
  readonly name: string;
  readonly honorific: string | undefined;
  /** Ids of organisations the person has held roles in, newest role last. */
  readonly organisations: readonly string[];
}

/** An organisation the archive has an entry for. */
export interface KnownOrganisation {
  readonly id: string;
  readonly name: string;
  readonly shortName: string | undefined;
  readonly kind: string;
}

/** A topic and the keywords that suggest it. */
export interface KnownTopic {
  readonly id: string;
  readonly title: string;
  readonly keywords: readonly string[];
}

/** Everything the importer can match against. */
export interface Catalogue {
  readonly people: readonly KnownPerson[];
  readonly organisations: readonly KnownOrganisation[];
  readonly topics: readonly KnownTopic[];
}

/**
 * Reads every published `*.yaml` entry of a collection folder (files starting with `_` are
 * skipped, as by the site) through the content model's schema, as the site reads them.
 */
function readEntries<S extends z.ZodType>(
  folder: string,
  schema: S,
): { id: string; data: z.output<S> }[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const parsed = schema.safeParse(parse(readFileSync(join(folder, f), 'utf8')));
      if (!parsed.success) {
        const problem = parsed.error.issues[0];
        throw new Error(
          `${join(folder, f)}: ${problem?.path.join('.') ?? ''}: ${problem?.message ?? 'invalid'} (fix the entry; the site's build would fail on it too)`,
        );
      }
      return { id: basename(f, '.yaml'), data: parsed.data };
    });
}

/** Loads the people, organisations and topics under a content folder. */
export function loadCatalogue(contentDir: string): Catalogue {
  const people = readEntries(join(contentDir, 'people'), personSchema).map(({ id, data }) => ({
    id,
    name: data.name,
    honorific: data.honorific,
    organisations: data.roles.flatMap((role) => (role.organisation ? [role.organisation.id] : [])),
  }));
  const organisations = readEntries(join(contentDir, 'organisations'), organisationSchema).map(
    ({ id, data }) => ({ id, name: data.name, shortName: data.short_name, kind: data.kind }),
  );
  const topics = readEntries(join(contentDir, 'topics'), topicSchema).map(({ id, data }) => ({
    id,
    title: data.title,
    keywords: data.keywords,
  }));
  return { people, organisations, topics };
}

// Titles and post-nominals that say nothing about who someone is.
const HONORIFICS = new Set(
  'mr mrs ms miss mx dr prof professor sir dame lord lady rt right hon honourable the mp msp ms mla obe mbe cbe kc qc cllr councillor baroness baron'.split(
    ' ',
  ),
);

/** Folds a name for comparison: case, accents, "&" and punctuation ignored, honorifics dropped. */
export function normaliseName(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && !HONORIFICS.has(word))
    .join(' ');
}

/** Tells whether folded `name` occurs in folded `text` as whole words. */
function containsName(text: string, name: string): boolean {
  return name !== '' && ` ${text} `.includes(` ${name} `);
}

/**
 * Finds the person a written name refers to. A full name must match exactly
 * (after folding); a single given name or surname ("Dear Blake") matches only a
 * person whose full name the letter also states, so a first name alone never
 * picks a stranger.
 */
export function matchPerson(
  written: string,
  catalogue: Catalogue,
  letterText = '',
): KnownPerson | undefined {
  const wanted = normaliseName(written);
  if (wanted === '') return undefined;
  const exact = catalogue.people.find((p) => normaliseName(p.name) === wanted);
  if (exact !== undefined || wanted.includes(' ')) return exact;
  const folded = normaliseName(letterText);
  const candidates = catalogue.people.filter((p) => {
    const words = normaliseName(p.name).split(' ');
    return (
      (words[0] === wanted || words.at(-1) === wanted) &&
      containsName(folded, normaliseName(p.name))
    );
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Finds the organisation a written name refers to, by its name or short name. */
export function matchOrganisation(
  written: string,
  catalogue: Catalogue,
): KnownOrganisation | undefined {
  const wanted = normaliseName(written);
  if (wanted === '') return undefined;
  return catalogue.organisations.find(
    (o) =>
      normaliseName(o.name) === wanted ||
      (o.shortName !== undefined && normaliseName(o.shortName) === wanted),
  );
}

/** The people whose full names a text states, in the order of the catalogue. */
export function peopleNamedIn(text: string, catalogue: Catalogue): KnownPerson[] {
  const folded = normaliseName(text);
  return catalogue.people.filter((p) => containsName(folded, normaliseName(p.name)));
}

/** The organisations a text names in full, or by a short name written as is (`DHSC`), most mentioned first. */
export function organisationsNamedIn(text: string, catalogue: Catalogue): KnownOrganisation[] {
  const folded = ` ${normaliseName(text)} `;
  const counted = catalogue.organisations.map((o) => {
    const full = folded.split(` ${normaliseName(o.name)} `).length - 1;
    const short =
      o.shortName === undefined
        ? 0
        : (text.match(new RegExp(`\\b${escapeRegExp(o.shortName)}\\b`, 'g')) ?? []).length;
    return { o, count: full + short };
  });
  return counted
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((c) => c.o);
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A suggested topic with the keywords that suggested it. */
export interface TopicSuggestion {
  readonly id: string;
  readonly score: number;
  readonly keywords: readonly string[];
}

// A topic needs this many keyword mentions to be suggested; one stray word is not a topic.
const TOPIC_THRESHOLD = 3;
const MAX_TOPICS = 8;

/** Suggests topics for a text from the topics' keywords, best first; case is ignored, whole words only. */
export function suggestTopics(text: string, catalogue: Catalogue): TopicSuggestion[] {
  return catalogue.topics
    .map((topic) => {
      const hits = topic.keywords.flatMap((keyword) => {
        const pattern = new RegExp(
          `(?<![\\p{L}\\p{N}])${escapeRegExp(keyword)}(?![\\p{L}\\p{N}])`,
          'giu',
        );
        const count = (text.match(pattern) ?? []).length;
        return count > 0 ? [{ keyword, count }] : [];
      });
      return {
        id: topic.id,
        score: hits.reduce((sum, h) => sum + h.count, 0),
        keywords: hits.map((h) => h.keyword),
      };
    })
    .filter((s) => s.score >= TOPIC_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, MAX_TOPICS);
}
