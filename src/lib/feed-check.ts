/**
 * Is a feed well-formed Atom? The feeds are written by `src/lib/feeds.ts`, which
 * escapes every text; this checks the result as a feed reader's strict XML parser
 * would, so a mistake there (or in a future feed) fails the build instead of
 * silently breaking every reader's copy. Pure: `src/integrations/feed-check.ts`
 * reads the built feeds.
 *
 * saxes is a strict XML 1.0 parser: unlike fast-xml-parser's validator, it
 * rejects the characters XML forbids, a stray `]]>`, undefined entities and `<`
 * in attribute values.
 */
import { SaxesParser } from 'saxes';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** One way a feed is not well-formed Atom. */
export interface FeedProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** The `<id>` of the entry the problem is in (a letter's permalink), if it is in one. */
  readonly entry: string | undefined;
}

/** The offset in `xml` at which 1-based `line` ends (its line break, or the end of the text). */
function lineEnd(xml: string, line: number): number {
  let offset = -1;
  for (let n = 0; n < line; n++) {
    offset = xml.indexOf('\n', offset + 1);
    if (offset === -1) return xml.length;
  }
  return offset;
}

/** The `<id>` of the entry that `line` is in, read from the text (the parse may have stopped short). */
function entryAt(xml: string, line: number): string | undefined {
  const before = xml.slice(0, lineEnd(xml, line));
  const open = before.lastIndexOf('<entry>');
  if (open === -1 || before.lastIndexOf('</entry>') > open) return undefined;
  return /<id>([^<]*)<\/id>/.exec(xml.slice(open))?.[1];
}

/** Every way `xml` is not a well-formed Atom feed, in document order; none for a good feed. */
export function feedProblems(xml: string): FeedProblem[] {
  const problems: FeedProblem[] = [];
  const parser = new SaxesParser({ xmlns: true });
  const report = (message: string) => {
    const { line, column } = parser;
    problems.push({ line, column, message, entry: entryAt(xml, line) });
  };
  let root: string | undefined;
  parser.on('error', (error) => {
    report(error.message.replace(/^\d+:\d+: /, ''));
  });
  parser.on('opentag', (tag) => {
    if (root !== undefined) return;
    root = tag.local;
    if (tag.local !== 'feed' || tag.uri !== ATOM_NAMESPACE) {
      report(`not an Atom feed: its root is <${tag.name}>, not <feed xmlns="${ATOM_NAMESPACE}">`);
    }
  });
  parser.write(xml).close();
  if (root === undefined && problems.length === 0) report('not an Atom feed: no root element');
  return problems;
}
