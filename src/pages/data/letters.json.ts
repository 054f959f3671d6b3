/** `/data/letters.json`: every letter with its metadata and full text; fields documented at /data/. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive';
import { siteUrl } from '../../data/site-url';
import { textResponse } from '../../data/text-response';
import { jsonArrayText, letterRecord } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { letters } = await loadArchive();
  const records = letters.values().map((letter) => letterRecord(letter, siteUrl(site)));
  return textResponse(jsonArrayText(records), 'application/json; charset=utf-8');
};
