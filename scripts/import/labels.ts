/**
 * Labelled lines a letter states outside its sentences: an email header block
 * written into the text ("From: …", "To: …", "Sent: …") and label grids, where a
 * column of labels ("Our Reference:", "Name:", "Date:") stands beside, or just
 * before, a column of values.
 */
import { HEADER_LINE, isTable } from './paragraphs.ts';

/** A header block's fields, by lower-case name ("from", "to", "sent"), each the whole line. */
export type HeaderFields = ReadonlyMap<string, string>;

const isHeaderLine = (line: string): boolean => HEADER_LINE.test(line.trim());

/** Tells whether a paragraph opens with an email header block: two or more header lines, the first at the top. */
export function isHeaderBlock(paragraph: string): boolean {
  const lines = paragraph.trim().split('\n').slice(0, 6);
  return isHeaderLine(lines[0] ?? '') && lines.filter(isHeaderLine).length >= 2;
}

/** Reads the first email header block among `paragraphs` (a letter's head), field by field. */
export function headerFields(paragraphs: readonly string[]): HeaderFields {
  const fields = new Map<string, string>();
  const block = paragraphs.find(isHeaderBlock);
  for (const line of block?.split('\n') ?? []) {
    const match = /^\s*(from|sent|date|to|cc|subject)\s*:\s*(\S.*)$/i.exec(line);
    const key = match?.[1]?.toLowerCase();
    if (key !== undefined && !fields.has(key)) fields.set(key, line.trim());
  }
  return fields;
}

/** The value of a `Field: value` line. */
export const valueOf = (line: string): string => line.replace(/^[^:]*:\s*/, '').trim();

/** The first name in an address header ("Jane Doe <jane@x.org>; …" → "Jane Doe"); `undefined` for a bare address. */
export function addressName(value: string): string | undefined {
  const name = (value.split(';')[0] ?? value)
    .replace(/<[^>]*>/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\S+@\S+/g, '')
    .replace(/^["'\s]+|["'\s,;]+$/g, '')
    .trim();
  return name === '' ? undefined : name;
}

/** A line that is only a label ("Our Reference:", "Date:"). */
const LABEL_ONLY = /^[\p{Lu}][\p{L} .’'/()&-]{0,40}:$/u;

/**
 * Lines of the given paragraphs with label grids resolved: where labels stand with
 * no value ("Date:"), their values are the lines of the next paragraph, in order
 * ("Date: 7th May 2021"). Other lines are returned as they are.
 */
export function labelledLines(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (isTable(paragraph)) {
      out.push(...tableLines(paragraph));
      return;
    }
    const lines = paragraph.split('\n').map((l) => l.trim());
    const values = (paragraphs[i + 1] ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !LABEL_ONLY.test(l));
    let next = 0;
    for (const line of lines) {
      const value = LABEL_ONLY.test(line) ? values[next++] : undefined;
      out.push(value === undefined ? line : `${line} ${value}`);
    }
  });
  return out;
}

/** A markdown table's cells as lines, a label cell joined to the value in the cell after it ("Our ref: FOI 123"). */
function tableLines(table: string): string[] {
  const out: string[] = [];
  for (const row of table.split('\n').filter((_, i) => i !== 1)) {
    const cells = row
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] ?? '';
      const next = cells[c + 1];
      if (LABEL_ONLY.test(cell) && next !== undefined && !LABEL_ONLY.test(next)) {
        out.push(`${cell} ${next}`);
        c++;
      } else out.push(cell);
    }
  }
  return out;
}

// "On Tue, 8 Sep 2015 at 15:56, Jane Doe <jane@x.org> wrote:"
const WROTE = /^on\s+(.*?\d{4}(?:,?\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?),?\s+(.+?)\s+wrote:?$/i;

/** The "On <date>, <name> wrote:" line a letter published as a quoted email starts with: the line, and its name. */
export function wroteLine(
  paragraphs: readonly string[],
): { line: string; name: string | undefined } | undefined {
  const line = paragraphs
    .flatMap((p) => p.split('\n'))
    .map((l) => l.trim())
    .find((l) => WROTE.test(l));
  const name = line === undefined ? undefined : WROTE.exec(line)?.[2];
  return line === undefined
    ? undefined
    : { line, name: name === undefined ? undefined : addressName(name) };
}
