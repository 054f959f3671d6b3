/** Reading PDF letters through unpdf (PDF.js), in a sensible reading order. */
import { readFile } from 'node:fs/promises';
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { pageText } from './pdf-layout.ts';
import { ImportError, type LetterSource } from './source.ts';

/** Reads the text layer of a PDF letter; a PDF without one is refused with a pointer to OCR. */
export async function readPdfLetter(path: string): Promise<LetterSource> {
  const bytes = new Uint8Array(await readFile(path));
  let pages: Awaited<ReturnType<typeof extractTextItems>>;
  try {
    const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
    pages = await extractTextItems(pdf);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(`is not a readable PDF (${reason.split('\n')[0] ?? 'unknown error'})`);
  }
  const text = pages.items.map((items) => pageText(items)).join('\n\n');
  if (text.trim() === '') {
    throw new ImportError(
      `has no text layer (${pages.totalPages} page${pages.totalPages === 1 ? '' : 's'} of images?); it needs OCR first, e.g. \`ocrmypdf in.pdf out.pdf\`, then import the result`,
    );
  }
  return {
    path,
    kind: 'pdf',
    text,
    description:
      'Imported from the text layer of a PDF of the letter; letterhead and signature block kept as they appear.',
    warnings:
      pages.totalPages > 1
        ? [`${pages.totalPages} pages: check paragraphs split across page breaks`]
        : [],
  };
}
