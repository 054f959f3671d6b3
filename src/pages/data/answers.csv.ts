/** `/data/answers.csv`: one row per answer, with its permalink and topics; columns documented at /data/. */
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { loadArchive } from '../../data/archive';
import { siteUrl } from '../../data/site-url';
import { ANSWER_FIELDS, answerRecords } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { letters } = await loadArchive();
  const rows = letters.flatMap((letter) => answerRecords(letter, siteUrl(site)));
  const csv = stringify(rows, {
    header: true,
    columns: ANSWER_FIELDS.map((f) => f.name),
    record_delimiter: 'windows',
    quoted_string: true,
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
