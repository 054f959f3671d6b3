/**
 * `/data/letters.json`: once every letter in one file, which grew past what static
 * hosts accept; now a short note of where the data is, so a reader who fetches it
 * is told rather than given a 404.
 */
import type { APIRoute } from 'astro';
import { loadExportParts } from '../../data/exports';
import { siteUrl } from '../../data/site-url';
import { EXPORT_KINDS, exportFilePath, SUMMARY_PATH } from '../../lib/export-files';

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(path, siteUrl(site)).href;
  const json = EXPORT_KINDS[0];
  const note = {
    note: 'The letters are now in one file per year (split into parts if a year is large), listed with their sizes and SHA-256 in index.json; letters.csv lists every letter without its text. See /data/.',
    index: url('/data/index.json'),
    summary: url(SUMMARY_PATH),
    files:
      json === undefined ? [] : (await loadExportParts()).map((p) => url(exportFilePath(json, p))),
  };
  return new Response(`${JSON.stringify(note, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
