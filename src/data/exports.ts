/**
 * The open data's parts (`src/lib/export-files.ts`), worked out once per build.
 * A letter's size is that of its JSON record; the split depends on the content
 * alone, not on the site's address, so a part's letters are the same wherever
 * the archive is published.
 */
import { loadArchive } from './archive';
import {
  EXPORT_KINDS,
  exportParts,
  exportPlan,
  registerExportPlan,
  type ExportPart,
} from '../lib/export-files';
import { siteUrl } from './site-url';
import { textResponse } from './text-response';
import { letterRecord } from '../lib/open-data';

let parts: Promise<ExportPart[]> | undefined;

/** The size a letter's record adds to a part, measured with a fixed address. */
const recordBytes = (letter: Parameters<typeof letterRecord>[0]): number =>
  Buffer.byteLength(JSON.stringify(letterRecord(letter, 'https://postbag.invalid/')));

/**
 * The export parts of the archive, newest year first. Their files are registered for
 * the build to list in `/data/index.json` once they are written
 * (src/integrations/open-data-index.ts).
 */
export function loadExportParts(): Promise<ExportPart[]> {
  parts ??= (async () => {
    const split = exportParts((await loadArchive()).letters, recordBytes);
    registerExportPlan(exportPlan(split));
    return split;
  })();
  return parts;
}

/** The paths of a part's files: one per part, `params.file` its name (`2024`, `2024-2`). */
export async function exportPaths(): Promise<
  { params: { file: string }; props: { part: ExportPart } }[]
> {
  return (await loadExportParts()).map((part) => ({
    params: { file: part.name },
    props: { part },
  }));
}

/** Serves a part's file of the export `kind` (`letters.json`, …). */
export function exportFileResponse(
  kind: string,
  part: ExportPart,
  site: URL | undefined,
): Response {
  const exportKind = EXPORT_KINDS.find((k) => k.kind === kind);
  if (exportKind === undefined) throw new Error(`no export of kind ${kind}`);
  return textResponse(exportKind.text(part.letters, siteUrl(site)), exportKind.contentType);
}
