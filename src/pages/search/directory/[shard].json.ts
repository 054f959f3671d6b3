/**
 * `/search/directory/<shard>.json`: the people, organisations, constituencies and
 * topics a search can lead to directly, one shard per first character of their
 * names' words (src/lib/search-directory.ts). The search page loads the shard of
 * a query's first word.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../data/archive';
import {
  buildDirectory,
  directoryShards,
  type DirectoryEntry,
} from '../../../lib/search-directory';

export const getStaticPaths = (async () => {
  const shards = directoryShards(buildDirectory(await loadArchive()));
  return [...shards.entries()].map(([shard, entries]) => ({
    params: { shard },
    props: { entries },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: DirectoryEntry[] }> = ({ props }) =>
  new Response(JSON.stringify(props.entries), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
