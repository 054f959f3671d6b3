/** `/data/letters/<year>.json`: the letters.json records of one year's letters (or one part of a year); see /data/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFileResponse, exportPaths } from '../../../data/exports';
import type { ExportPart } from '../../../lib/export-files';

export const getStaticPaths = exportPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  exportFileResponse('letters.json', (props as { part: ExportPart }).part, site);
