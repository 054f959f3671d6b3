/**
 * The search facets: what a letter is filed under for filtering, and the options
 * the search page offers. Both come from here, so the values in the index and
 * the checkboxes on the page can never disagree. Values are entry ids (stable,
 * URL-safe: `/search/?topic=housing-targets`); labels are for people.
 */
import type { Archive, Correspondent, Letter } from './archive';
import { organisationName, personName, senderLine, speakerName } from './correspondents';
import { displayLetterDate } from './dates';

/** The facets, in the order the search page shows them. */
export const FACETS = [
  { key: 'topic', label: 'Topic' },
  { key: 'from', label: 'From' },
  { key: 'to', label: 'To' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'year', label: 'Year' },
  { key: 'constituency', label: 'Constituency' },
] as const;

/** A facet's key, as used in the index and in search URLs. */
export type FacetKey = (typeof FACETS)[number]['key'];

/** The facet keys, in order. */
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((f) => f.key);

/** One value a facet can take. */
export interface FacetOption {
  readonly value: string;
  readonly label: string;
}

const correspondentId = (c: Correspondent): string[] =>
  c.person !== undefined ? [c.person.id] : c.organisation !== undefined ? [c.organisation.id] : [];

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/** The facet values a letter is filed under: its and its answers' topics, sender, recipient, organisations, year, constituencies. */
export function letterFacets(letter: Letter): Record<FacetKey, string[]> {
  return {
    topic: letter.allTopics.map((t) => t.id),
    from: correspondentId(letter.from),
    to: correspondentId(letter.to),
    organisation: unique(
      [letter.from.organisation?.id, letter.to.organisation?.id].filter(
        (id): id is string => id !== undefined,
      ),
    ),
    year: [String(letter.year)],
    constituency: letter.constituencies.map((c) => c.id),
  };
}

/** What a search result shows under its title. */
export interface LetterSearchMeta {
  /** The date as displayed: "3 October 2024" or "Undated (c. February 2024)". */
  readonly date: string;
  /** The sender with the role they wrote in. */
  readonly from: string;
  /** The sender's reference, if any. */
  readonly reference: string | undefined;
  /** JSON: the letter's own topic ids, for filtering its answers by topic. */
  readonly letterTopics: string;
  /** JSON: `{ "<answer id>": ["<topic id>", …] }`, for answers filed under topics. */
  readonly answerTopics: string;
  /** JSON: `{ "<topic id>": "<title>" }` for the letter's and its answers' topics. */
  readonly topicTitles: string;
  /**
   * JSON: `{ "<answer id>": "<speaker>" }` for answers given by someone other than
   * the signatory (quoted answers); results name the sender for the rest.
   */
  readonly answerSpeakers: string;
}

function answerSpeakersMeta(letter: Letter): string {
  const quoted = letter.answers.flatMap((a) =>
    a.speaker === undefined ? [] : [[a.id, speakerName(a.speaker)] as const],
  );
  return JSON.stringify(Object.fromEntries(quoted));
}

/** The metadata a letter's search result shows. */
export function letterSearchMeta(letter: Letter): LetterSearchMeta {
  return {
    date: displayLetterDate(letter.date),
    from: senderLine(letter),
    reference: letter.reference,
    letterTopics: JSON.stringify(letter.topics.map((t) => t.id)),
    answerTopics: JSON.stringify(
      Object.fromEntries(
        letter.answers
          .filter((a) => a.topics.length > 0)
          .map((a) => [a.id, a.topics.map((t) => t.id)]),
      ),
    ),
    topicTitles: JSON.stringify(Object.fromEntries(letter.allTopics.map((t) => [t.id, t.title]))),
    answerSpeakers: answerSpeakersMeta(letter),
  };
}

/**
 * How many options a facet may list in the search page itself. A facet with more
 * (the senders, recipients and constituencies of a large archive, hundreds each)
 * is written to `/search/facets/<key>.json` and loaded when the reader opens it,
 * so the page stays within its size budget however large the archive grows.
 */
export const FACET_INLINE_LIMIT = 60;

/** Where a facet's options are served when they are too many for the page. */
export const facetOptionsPath = (key: FacetKey): string => `/search/facets/${key}.json`;

/** Tells whether a facet's options are listed in the page itself, or loaded when opened. */
export const isInlineFacet = (options: readonly FacetOption[]): boolean =>
  options.length <= FACET_INLINE_LIMIT;

const facetOptionsOf = new WeakMap<Archive, Record<FacetKey, FacetOption[]>>();

/**
 * Every option of every facet that at least one letter uses, labelled and sorted for people;
 * made once per archive (the search page and `/search/facets/<key>.json` both ask).
 */
export function facetOptions(archive: Archive): Record<FacetKey, FacetOption[]> {
  const cached = facetOptionsOf.get(archive);
  if (cached !== undefined) return cached;
  const options = collectFacetOptions(archive);
  facetOptionsOf.set(archive, options);
  return options;
}

function collectFacetOptions(archive: Archive): Record<FacetKey, FacetOption[]> {
  const label = (key: FacetKey, value: string): string => {
    if (key === 'topic') return archive.topics.get(value)?.title ?? value;
    if (key === 'constituency') return archive.constituencies.get(value)?.name ?? value;
    if (key === 'year') return value;
    const person = archive.people.get(value);
    if (person !== undefined && key !== 'organisation') return personName(person);
    const organisation = archive.organisations.get(value);
    return organisation === undefined ? value : organisationName(organisation);
  };
  const result = {} as Record<FacetKey, FacetOption[]>;
  for (const key of FACET_KEYS) {
    const values = unique(archive.letters.flatMap((l) => letterFacets(l)[key]));
    const options = values.map((value) => ({ value, label: label(key, value) }));
    result[key] =
      key === 'year'
        ? options.sort((a, b) => b.value.localeCompare(a.value))
        : options.sort((a, b) => a.label.localeCompare(b.label));
  }
  return result;
}
