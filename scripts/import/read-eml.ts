/** Reading emailed letters (.eml) through mailparser: the body is the letter, the headers say who, to whom and when. */
import { readFile } from 'node:fs/promises';
import { simpleParser, type AddressObject } from 'mailparser';
import { htmlToText } from './html-text.ts';
import { ImportError, type EmailHeaders, type LetterSource } from './source.ts';

function firstAddress(field: AddressObject | AddressObject[] | undefined) {
  const value = (Array.isArray(field) ? field[0] : field)?.value[0];
  if (value === undefined) return undefined;
  return { name: value.name === '' ? undefined : value.name, address: value.address };
}

const KEPT_HEADERS = ['from', 'to', 'cc', 'date', 'subject'];

/** Reads an email letter and its From, To, Date and Subject headers. */
export async function readEmlLetter(path: string): Promise<LetterSource> {
  const bytes = await readFile(path);
  if (bytes.includes(0)) throw new ImportError('is binary, not an email');
  const mail = await simpleParser(bytes);
  const lines = mail.headerLines
    .filter((h) => KEPT_HEADERS.includes(h.key))
    .map((h) => h.line.replace(/\r?\n[ \t]+/g, ' '));
  const dateLine = mail.headerLines.find((h) => h.key === 'date')?.line;
  if (lines.length === 0)
    throw new ImportError('is not an email: it has no From, To, Date or Subject header');
  const text = mail.text ?? (typeof mail.html === 'string' ? htmlToText(mail.html) : '');
  const email: EmailHeaders = {
    from: firstAddress(mail.from),
    to: firstAddress(mail.to),
    date: dateLine?.replace(/^date:\s*/i, ''),
    subject: mail.subject,
    lines,
  };
  return {
    path,
    kind: 'email',
    text,
    email,
    description:
      'Imported from the email of the letter; its From, To, Date and Subject headers are kept above the text.',
    warnings:
      mail.attachments.length > 0
        ? [
            `the email has ${mail.attachments.length} attachment(s); import any letter among them separately`,
          ]
        : [],
  };
}
