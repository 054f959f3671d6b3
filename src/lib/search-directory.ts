/**
 * Direct hits: the people, organisations, constituencies and topics whose names
 * match a search, shown above its results. The build writes a small directory of
 * them (`/search/directory/<shard>.json`): names, a role, letter counts and the page to
 * go to, never letters, so its size follows the number of people and places,
 * not of letters. The search page matches a query against it word by word with
 * the same rules as letters (src/lib/search-match.ts).
 */
import type { Archive, Person } from './archive';
import { organisationName } from './correspondents';
import {
  lettersForConstituency,
  lettersInvolvingOrganisation,
  lettersInvolvingPerson,
  lettersOnTopic,
} from './letters';
import { constituencyPath, organisationPath, personPath, topicPath } from './paths';
import {
  containsExcluded,
  matchable,
  matchText,
  normaliseWord,
  wordsOfText,
  type ParsedQuery,
} from './search-match';

/** What a direct hit is. */
export type DirectoryKind = 'person' | 'organisation' | 'constituency' | 'topic';

/** One entry: [kind, id, name, role or description, letters]; compact, as it is shipped as JSON. */
export type DirectoryEntry = readonly [DirectoryKind, string, string, string, number];

/**
 * The directory is written in shards, one per first character of a name's words
 * (`/search/directory/s.json` holds every entry with a word beginning with "s"),
 * so a search loads only the shard of one of its words: a few kilobytes, however
 * many people and places there are.
 */
export function directoryShardPath(key: string): string {
  return `/search/directory/${key}.json`;
}

/** The shard a word is filed under: its first letter or digit, else "_". */
export function shardKey(word: string): string {
  const first = normaliseWord(word).charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** Every shard there is, so that a query's shard always exists (an empty one is `[]`). */
export const SHARD_KEYS: readonly string[] = Array.from('abcdefghijklmnopqrstuvwxyz0123456789_');

/** The directory's entries by shard: each entry under every shard of its name's words. */
export function directoryShards(entries: readonly DirectoryEntry[]): Map<string, DirectoryEntry[]> {
  const shards = new Map<string, DirectoryEntry[]>(SHARD_KEYS.map((key) => [key, []]));
  for (const entry of entries) {
    const words = wordsOfText(entry[2]).filter((w) => normaliseWord(w) !== '');
    for (const key of new Set(words.map(shardKey))) shards.get(key)?.push(entry);
  }
  return shards;
}

/** The shard to load for a query: that of its first wanted word; undefined when it has none. */
export function queryShardKey(query: ParsedQuery): string | undefined {
  const word = query.words[0] ?? query.phrases[0]?.[0];
  return word === undefined ? undefined : shardKey(word);
}

/** The page of an entry. */
export function directoryPath(entry: DirectoryEntry): string {
  const [kind, id] = entry;
  if (kind === 'person') return personPath(id);
  if (kind === 'organisation') return organisationPath(id);
  if (kind === 'constituency') return constituencyPath(id);
  return topicPath(id);
}

/** A person's current role (or else their latest), to tell people of the same name apart. */
function latestRole(person: Person): string {
  const latest = [...person.roles].sort(
    (a, b) =>
      Number(a.to !== undefined) - Number(b.to !== undefined) ||
      (b.from ?? '').localeCompare(a.from ?? ''),
  )[0];
  return latest?.title ?? '';
}

/** Every person, organisation, constituency and topic with at least one letter, as directory entries. */
export function buildDirectory(archive: Archive): DirectoryEntry[] {
  const { letters } = archive;
  const entries: DirectoryEntry[] = [];
  for (const person of archive.people.values()) {
    const count = lettersInvolvingPerson(letters, person.id).length;
    // The name without post-nominals: "MP" in every name would put every MP in one shard.
    const role = [person.honorific, latestRole(person)].filter(Boolean).join(', ');
    if (count > 0) entries.push(['person', person.id, person.name, role, count]);
  }
  for (const organisation of archive.organisations.values()) {
    const count = lettersInvolvingOrganisation(letters, organisation.id).length;
    const name = organisationName(organisation);
    if (count > 0) entries.push(['organisation', organisation.id, name, '', count]);
  }
  for (const constituency of archive.constituencies.values()) {
    const count = lettersForConstituency(letters, constituency.id).length;
    if (count > 0) entries.push(['constituency', constituency.id, constituency.name, '', count]);
  }
  for (const topic of archive.topics.values()) {
    const count = lettersOnTopic(letters, topic.id).length;
    if (count > 0) entries.push(['topic', topic.id, topic.title, '', count]);
  }
  return entries.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
}

/** At most this many direct hits are shown. */
export const MAX_DIRECT_HITS = 5;

/**
 * The entries whose name contains every wanted word and phrase of the query,
 * whole names typed in full first, then by letters. Exclusions remove entries
 * whose name has the excluded word.
 */
export function directHits(
  query: ParsedQuery,
  entries: readonly DirectoryEntry[],
): DirectoryEntry[] {
  if (query.words.length === 0 && query.phrases.length === 0) return [];
  const wanted = query.words.length + query.phrases.reduce((n, p) => n + p.length, 0);
  const hits = entries.flatMap((entry) => {
    const name = matchable(entry[2].split(/\s+/));
    if (matchText(query, name) === undefined) return [];
    if (containsExcluded(query, name)) return [];
    const whole = name.words.filter((w) => w !== '').length === wanted ? 1 : 0;
    return [{ entry, whole }];
  });
  return hits
    .sort((a, b) => b.whole - a.whole || b.entry[4] - a.entry[4])
    .slice(0, MAX_DIRECT_HITS)
    .map((hit) => hit.entry);
}
