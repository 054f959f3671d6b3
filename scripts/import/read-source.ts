/** Reading any supported file into a `LetterSource`, with one clear error for anything unreadable. */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { readDocxLetter } from './read-docx.ts';
import { readEmlLetter } from './read-eml.ts';
import { readPdfLetter } from './read-pdf.ts';
import { readTextLetter } from './read-text.ts';
import {
  DEFAULT_LIMITS,
  ImportError,
  megabytes,
  type LetterSource,
  type ReadLimits,
} from './source.ts';

const READERS: Readonly<
  Record<string, (path: string, limits: ReadLimits) => Promise<LetterSource>>
> = {
  '.txt': readTextLetter,
  '.md': readTextLetter,
  '.pdf': readPdfLetter,
  '.docx': readDocxLetter,
  '.eml': readEmlLetter,
};

/** The file extensions the importer reads. */
export const SUPPORTED_EXTENSIONS = Object.keys(READERS);

/** Reads a letter file of any supported kind; throws an `ImportError` if it is missing, empty, too large, binary or broken. */
export async function readSource(
  path: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<LetterSource> {
  const reader = READERS[extname(path).toLowerCase()];
  if (reader === undefined) {
    throw new ImportError(
      `cannot import ${extname(path) || 'files without an extension'}; use ${SUPPORTED_EXTENSIONS.join(', ')}`,
    );
  }
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ImportError('is not a file');
    if (info.size === 0) throw new ImportError('is empty');
    if (info.size > limits.maxBytes)
      throw new ImportError(
        `is ${megabytes(info.size)}, over the ${megabytes(limits.maxBytes)} limit for one letter; nothing read (if it is one letter, raise the limit with --max-size <MB>)`,
      );
    const source = await reader(path, limits);
    if (source.text.trim() === '') throw new ImportError('has no text');
    return source;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportError('does not exist');
    if (code === 'EACCES' || code === 'EPERM')
      throw new ImportError('cannot be read (permission denied)');
    throw new ImportError(
      `cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
  }
}
