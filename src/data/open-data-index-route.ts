/**
 * `/data/index.json` while `astro dev` runs: every open data file, with how many
 * letters it covers, its size and SHA-256, each file's text made to be measured.
 * A build writes the index from the files as written instead
 * (src/integrations/open-data-index.ts, which injects this route in dev only).
 */
import type { APIRoute } from 'astro';
import { exportIndexText, exportPlan, measureText } from '../lib/export-files';
import { loadExportParts } from './exports';
import { siteUrl } from './site-url';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    exportIndexText(exportPlan(await loadExportParts()), (source) =>
      measureText(source.text(siteUrl(site))),
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
