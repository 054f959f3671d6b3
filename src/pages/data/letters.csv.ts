/** `/data/letters.csv`: one row per letter, RFC 4180 quoting; columns documented at /data/. */
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { loadArchive } from '../../data/archive';
import { siteUrl } from '../../data/site-url';
import { letterCsvRow, letterRecord } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { letters } = await loadArchive();
  const rows = letters.map((letter) => letterCsvRow(letterRecord(letter, siteUrl(site))));
  return new Response(
    stringify(rows, { header: true, record_delimiter: 'windows', quoted_string: true }),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
};
