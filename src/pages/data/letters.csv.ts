/** `/data/letters.csv`: one row per letter, RFC 4180 quoting; columns documented at /data/. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive';
import { siteUrl } from '../../data/site-url';
import { textResponse } from '../../data/text-response';
import { csvText, LETTER_CSV_COLUMNS, letterCsvRow, letterRecord } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { letters } = await loadArchive();
  const rows = letters.values().map((letter) => letterCsvRow(letterRecord(letter, siteUrl(site))));
  return textResponse(csvText(rows, LETTER_CSV_COLUMNS), 'text/csv; charset=utf-8');
};
