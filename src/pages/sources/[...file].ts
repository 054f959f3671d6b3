/**
 * `/sources/<file>`: an original a published letter cites (`source.file`), byte
 * for byte. Originals live in `content/sources/`; one no published letter cites
 * is never published.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedSources, readSourceFile } from '../../data/sources';

export const getStaticPaths = (async () =>
  (await publishedSources()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(readSourceFile(params['file'] ?? ''));
