/**
 * Plain text from the HTML that Word files (through mammoth) and emails give:
 * one paragraph per block, list items marked as the letter marked them, and
 * table cells read row by row, question before reply.
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

/** Turns an HTML letter into paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  const walk = (node: Nodes, marker?: string): void => {
    if (node.type !== 'root' && node.type !== 'element') return;
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
