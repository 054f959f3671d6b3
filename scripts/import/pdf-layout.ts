/**
 * Reading order for text placed on PDF pages. A PDF stores positioned strings,
 * not lines or paragraphs; real letters put the sender's address in a right-hand
 * column beside the department's logo, and answer questions in "question | reply"
 * tables. Rows are rebuilt from positions, and where a stretch of rows has
 * columns, each column is read down before the next, one table row at a time.
 */

/** A string placed on a page (PDF coordinates: y grows upwards). */
export interface PlacedText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
}

/** A run of text on one row with no wide gap in it. */
interface Segment {
  text: string;
  x: number;
  end: number;
}

interface Row {
  y: number;
  fontSize: number;
  segments: Segment[];
}

// A gap this many font sizes wide separates columns; smaller gaps are spaces.
const COLUMN_GAP = 2;
// A vertical gap this many font sizes tall separates paragraphs.
const PARAGRAPH_GAP = 1.6;

/** Groups a page's strings into rows, top to bottom, each split into segments at wide gaps. */
function rowsOf(items: readonly PlacedText[]): Row[] {
  const sorted = items
    .filter((i) => i.str.trim() !== '')
    .toSorted((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; fontSize: number; items: PlacedText[] }[] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (
      row !== undefined &&
      Math.abs(row.y - item.y) <= Math.max(row.fontSize, item.fontSize) * 0.5
    ) {
      row.items.push(item);
    } else {
      rows.push({ y: item.y, fontSize: item.fontSize, items: [item] });
    }
  }
  return rows.map((row) => {
    const segments: Segment[] = [];
    for (const item of row.items.toSorted((a, b) => a.x - b.x)) {
      const last = segments.at(-1);
      const gap = last === undefined ? Infinity : item.x - last.end;
      if (last !== undefined && gap < row.fontSize * COLUMN_GAP) {
        const space =
          gap > row.fontSize * 0.15 && !last.text.endsWith(' ') && !item.str.startsWith(' ');
        last.text += (space ? ' ' : '') + item.str;
        last.end = Math.max(last.end, item.x + item.width);
      } else {
        segments.push({ text: item.str, x: item.x, end: item.x + item.width });
      }
    }
    for (const s of segments) s.text = s.text.trim();
    return { y: row.y, fontSize: row.fontSize, segments };
  });
}

/** Lines of rows read top to bottom, with a blank line where the gap between rows is a paragraph break. */
function linesOf(rows: readonly { y: number; fontSize: number; text: string }[]): string[] {
  const lines: string[] = [];
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    if (previous !== undefined && previous.y - row.y > row.fontSize * PARAGRAPH_GAP) lines.push('');
    lines.push(row.text);
  });
  return lines;
}

/** The left edges of a stretch of columnar rows, merged when within a font size. */
function columnStarts(rows: readonly Row[]): number[] {
  const starts = rows
    .filter((r) => r.segments.length > 1)
    .flatMap((r) => r.segments.map((s) => s.x))
    .toSorted((a, b) => a - b);
  const merged: number[] = [];
  for (const x of starts) if (merged.length === 0 || x - (merged.at(-1) ?? 0) > 12) merged.push(x);
  return merged;
}

/** Reads a stretch of columnar rows: per table row (split at paragraph gaps), each column top to bottom. */
function readColumns(rows: readonly Row[]): string[] {
  const starts = columnStarts(rows);
  const column = (x: number): number => starts.findLastIndex((s) => s <= x + 6);
  const out: string[] = [];
  let group: Row[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    for (let c = 0; c < starts.length; c++) {
      const cells = group.flatMap((r) =>
        r.segments
          .filter((s) => Math.max(0, column(s.x)) === c)
          .map((s) => ({ y: r.y, fontSize: r.fontSize, text: s.text })),
      );
      if (cells.length === 0) continue;
      if (out.length > 0) out.push('');
      out.push(...linesOf(cells));
    }
    group = [];
  };
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    if (previous !== undefined && previous.y - row.y > row.fontSize * PARAGRAPH_GAP) flush();
    group.push(row);
  });
  flush();
  return out;
}

/** Tells whether a single-segment row spans the gap between columns, i.e. is full-width text. */
function crosses(row: Row, starts: readonly number[]): boolean {
  const [segment] = row.segments;
  return (
    segment !== undefined && starts.slice(1).some((x) => segment.x < x - 6 && segment.end > x + 6)
  );
}

/** Puts one page's strings in reading order, as lines with blank lines between paragraphs. */
export function pageText(items: readonly PlacedText[]): string {
  const rows = rowsOf(items);
  const out: string[] = [];
  let i = 0;
  while (i < rows.length) {
    const row = rows[i];
    if (row === undefined) break;
    if (row.segments.length < 2) {
      const previous = rows[i - 1];
      if (
        previous !== undefined &&
        out.length > 0 &&
        previous.y - row.y > row.fontSize * PARAGRAPH_GAP
      )
        out.push('');
      out.push(row.segments.map((s) => s.text).join(' '));
      i++;
      continue;
    }
    // A columnar stretch runs to the last multi-column row before any full-width row.
    let end = i;
    const starts = columnStarts([row]);
    for (let j = i + 1; j < rows.length; j++) {
      const next = rows[j];
      if (next === undefined || (next.segments.length < 2 && crosses(next, starts))) break;
      if (next.segments.length > 1) end = j;
    }
    if (out.length > 0) out.push('');
    out.push(...readColumns(rows.slice(i, end + 1)));
    const after = rows[end + 1];
    if (after !== undefined) out.push('');
    i = end + 1;
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
