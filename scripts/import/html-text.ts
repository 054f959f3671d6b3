/**
 * Plain text from the HTML that Word files (through mammoth) and emails give:
 * one paragraph per block, list items marked as the letter marked them, tables
 * of short cells as markdown tables, and tables of prose read cell by cell, row
 * by row, question before reply.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'pre',
  'div',
  'blockquote',
]);

/** A cell's text on one line. */
const cellText = (cell: Element): string =>
  toText(cell, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();

/** A table's rows, each its cells' texts (rows of nested tables stay inside their cell). */
function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr')
        rows.push(
          child.children
            .filter((c): c is Element => c.type === 'element' && /^t[dh]$/.test(c.tagName))
            .map(cellText),
        );
      else if (/^t(?:head|body|foot)$/.test(child.tagName)) visit(child);
    }
  };
  visit(table);
  return rows;
}

// A cell longer than this is prose (an answer), better read as paragraphs than squeezed into a table.
const MAX_TABLE_CELL = 200;

/**
 * A table of short cells as a markdown table, its first row the header, rows in
 * order and short rows padded; `undefined` for a table of prose, one row or one
 * column, or a cell with a `|`, which are read as paragraphs instead.
 */
export function markdownTable(rows: readonly (readonly string[])[]): string | undefined {
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length < 2 || width < 2) return undefined;
  if (rows.some((r) => r.some((c) => c.includes('|') || c.length > MAX_TABLE_CELL)))
    return undefined;
  const line = (cells: readonly string[]): string =>
    `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

/** Turns an HTML letter into paragraphs separated by blank lines; tables of short cells become markdown tables. */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  const walk = (node: Nodes, marker?: string): void => {
    if (node.type !== 'root' && node.type !== 'element') return;
    if (node.type === 'element' && node.tagName === 'table') {
      const table = markdownTable(tableRows(node));
      if (table !== undefined) {
        paragraphs.push(table);
        return;
      }
    }
    if (node.type === 'element' && BLOCKS.has(node.tagName) && !hasBlockChildren(node)) {
      const text = toText(node, { whitespace: 'normal' })
        .replace(/[ \t]+\n/g, '\n')
        .trim();
      if (text !== '') paragraphs.push(marker === undefined ? text : `${marker} ${text}`);
      return;
    }
    let number = 0;
    for (const child of node.children) {
      if (child.type === 'element' && child.tagName === 'li') {
        number++;
        walk(child, node.type === 'element' && node.tagName === 'ol' ? `${number})` : '•');
      } else {
        walk(child);
      }
    }
  };
  walk(fromHtml(html, { fragment: true }));
  return paragraphs.join('\n\n');
}

function hasBlockChildren(node: Element): boolean {
  return node.children.some(
    (c) =>
      c.type === 'element' &&
      (BLOCKS.has(c.tagName) || c.tagName === 'ul' || c.tagName === 'ol' || c.tagName === 'table'),
  );
}
