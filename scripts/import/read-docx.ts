/** Reading Word (.docx) letters through mammoth. */
import mammoth from 'mammoth';
import { htmlToText } from './html-text.ts';
import { ImportError, type LetterSource } from './source.ts';

/** Reads a Word letter's paragraphs, lists and tables as text. */
export async function readDocxLetter(path: string): Promise<LetterSource> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ path })).value;
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
