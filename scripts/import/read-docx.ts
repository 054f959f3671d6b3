/** Reading Word (.docx) letters through mammoth, after checking what they unpack to. */
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { htmlToText } from './html-text.ts';
import {
  ImportError,
  megabytes,
  UNPACK_FACTOR,
  type LetterSource,
  type ReadLimits,
} from './source.ts';
import { checkUnpackedSize } from './zip-size.ts';

// Images are not letter text: mammoth is told to leave them out rather than inline them.
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** Reads a Word letter's paragraphs, lists and tables as text. */
export async function readDocxLetter(path: string, limits: ReadLimits): Promise<LetterSource> {
  const bytes = await readFile(path);
  const unpacked = limits.maxBytes * UNPACK_FACTOR;
  checkUnpackedSize(bytes, unpacked, `${megabytes(unpacked)} (${UNPACK_FACTOR} times --max-size)`);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes }, { convertImage: NO_IMAGES })).value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      `is not a readable Word (.docx) file (${reason.split('\n')[0] ?? 'unknown error'})`,
    );
  }
  return {
    path,
    kind: 'docx',
    text: htmlToText(html),
    description:
      'Imported from a Word document of the letter; letterhead and signature block kept as they appear.',
    warnings: [],
  };
}
