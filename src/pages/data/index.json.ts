/** `/data/index.json`: every open data file, with how many letters it covers, its size and SHA-256. */
import type { APIRoute } from 'astro';
import { loadExportParts } from '../../data/exports';
import { siteUrl } from '../../data/site-url';
import { exportIndex } from '../../lib/export-files';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    `${JSON.stringify(exportIndex(await loadExportParts(), siteUrl(site)), null, 2)}\n`,
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
