/** `/data/letters/<year>.csv`: the letters.csv records of one year's letters (or one part of a year); see /data/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFileResponse, exportPaths } from '../../../data/exports';
import type { ExportPart } from '../../../lib/export-files';

export const getStaticPaths = exportPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  exportFileResponse('letters.csv', (props as { part: ExportPart }).part, site);
