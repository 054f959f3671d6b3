/** `/data/letters.json`: every letter with its metadata and full text; fields documented at /data/. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive';
import { siteUrl } from '../../data/site-url';
import { letterRecord } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { letters } = await loadArchive();
  const records = letters.map((letter) => letterRecord(letter, siteUrl(site)));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
