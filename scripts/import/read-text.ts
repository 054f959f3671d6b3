/** Reading `.txt` and `.md` letters, such as text copied or extracted from a PDF. */
import { readFile } from 'node:fs/promises';
import { ImportError, type LetterSource } from './source.ts';

/** Decodes a file's bytes as UTF-8 text, refusing binary files. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ImportError('is binary, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('is not UTF-8 text');
  }
}

/** Reads a plain-text or markdown letter. */
export async function readTextLetter(path: string): Promise<LetterSource> {
  const text = decodeText(await readFile(path));
  return {
    path,
    kind: 'text',
    text,
    description:
      'Imported from a text file of the letter (text as extracted or received); letterhead and signature block kept as they appear.',
    warnings: [],
  };
}
