/** `/data/letters.csv`: every letter in one short row, without its text; columns documented at /data/. */
import type { APIRoute } from 'astro';
import { loadExportParts } from '../../data/exports';
import { textResponse } from '../../data/text-response';
import { summaryText } from '../../lib/export-files';

export const GET: APIRoute = async () =>
  textResponse(summaryText(await loadExportParts()), 'text/csv; charset=utf-8');
