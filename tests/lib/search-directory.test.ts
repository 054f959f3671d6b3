import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import {
  buildDirectory,
  directHits,
  directoryPath,
  directoryShardPath,
  directoryShards,
  MAX_DIRECT_HITS,
  queryShardKey,
  SHARD_KEYS,
  shardKey,
  type DirectoryEntry,
} from '../../src/lib/search-directory';
import { parseQuery } from '../../src/lib/search-match';
import { archiveInput, letterEntry } from './fixtures';

describe('the directory of direct hits', () => {
  const archive = buildArchive(archiveInput([letterEntry('a'), letterEntry('b')]));
  const directory = buildDirectory(archive);

  it('lists people, organisations, constituencies and topics with letters: name, post-nominals and current role, count', () => {
    expect(directory).toEqual([
      ['constituency', 'sevenoaks', 'Sevenoaks', '', 2],
      ['organisation', 'forum', 'A Forum', '', 2],
      ['person', 'ann-minister', 'Ann Minister', 'MP, Minister of State for Health', 2],
      ['topic', 'housing', 'Housing', '', 2],
    ]);
    // An organisation no letter involves is left out.
    expect(directory.map((e) => e[1])).not.toContain('dept');
  });

  it('holds names and counts, not letters, however many letters there are', () => {
    const many = buildArchive(
      archiveInput(Array.from({ length: 50 }, (_, i) => letterEntry(`l${i}`))),
    );
    const withoutCounts = (entries: readonly DirectoryEntry[]) => entries.map((e) => e.slice(0, 4));
    expect(withoutCounts(buildDirectory(many))).toEqual(withoutCounts(directory));
    expect(buildDirectory(many).map((e) => e[4])).toEqual([50, 50, 50, 50]);
  });

  it('finds entries whose names have every word, whole names first, then by letters', () => {
    const entries: DirectoryEntry[] = [
      ['organisation', 'council', 'Sevenoaks District Council', '', 9],
      ['constituency', 'sevenoaks', 'Sevenoaks', '', 2],
      ['person', 'laura-trott', 'Laura Trott MP', 'MP', 1],
      ['topic', 'nppf', 'NPPF (planning policy)', '', 3],
    ];
    expect(directHits(parseQuery('Sevenoaks'), entries).map((e) => e[1])).toEqual([
      'sevenoaks',
      'council',
    ]);
    expect(directHits(parseQuery('laura trott'), entries).map((e) => e[1])).toEqual([
      'laura-trott',
    ]);
    expect(directHits(parseQuery('NPPF'), entries).map((e) => e[1])).toEqual(['nppf']);
    expect(directHits(parseQuery('Sevenoaks -council'), entries).map((e) => e[1])).toEqual([
      'sevenoaks',
    ]);
    expect(directHits(parseQuery('Laur'), entries)).toEqual([]);
    expect(directHits(parseQuery('-council'), entries)).toEqual([]);
    const crowd = Array.from({ length: 9 }, (_, i): DirectoryEntry => [
      'person',
      `p${i}`,
      'Sam Smith',
      '',
      i,
    ]);
    expect(directHits(parseQuery('Smith'), crowd)).toHaveLength(MAX_DIRECT_HITS);
  });

  it('is written in shards by the first character of each word of a name, every shard present', () => {
    const shards = directoryShards(directory);
    expect(shards.get('s')?.map((e) => e[1])).toEqual(['sevenoaks']);
    expect(shards.get('m')?.map((e) => e[1])).toEqual(['ann-minister']);
    expect(shards.get('a')?.map((e) => e[1])).toEqual(['forum', 'ann-minister']);
    expect(shards.get('z')).toEqual([]);
    expect([...shards.keys()]).toEqual(SHARD_KEYS);
    expect(queryShardKey(parseQuery('"Ann Minister" -forum'))).toBe('a');
    expect(queryShardKey(parseQuery('-forum'))).toBeUndefined();
    expect(shardKey('Éire')).toBe('e');
    expect(shardKey('(c.')).toBe('c');
    expect(directoryShardPath('s')).toBe('/search/directory/s.json');
  });

  it('links each entry to its page', () => {
    expect(directoryPath(['person', 'laura-trott', 'Laura Trott MP', '', 1])).toBe(
      '/people/laura-trott/',
    );
    expect(directoryPath(['topic', 'nppf', 'NPPF', '', 1])).toBe('/topics/nppf/');
    expect(directoryPath(['constituency', 'sevenoaks', 'Sevenoaks', '', 1])).toBe(
      '/constituencies/sevenoaks/',
    );
    expect(directoryPath(['organisation', 'x', 'X', '', 1])).toBe('/organisations/x/');
  });
});
