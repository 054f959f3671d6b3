/** `/data/answers.csv`: one row per answer, with its permalink and topics; columns documented at /data/. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive';
import { siteUrl } from '../../data/site-url';
import { textResponse } from '../../data/text-response';
import { ANSWER_FIELDS, answerRecords, csvText } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { letters } = await loadArchive();
  const rows = letters.values().flatMap((letter) => answerRecords(letter, siteUrl(site)));
  return textResponse(
    csvText(
      rows,
      ANSWER_FIELDS.map((f) => f.name),
    ),
    'text/csv; charset=utf-8',
  );
};
