/**
 * A malformed link in a letter is the author's, not ours: Parliament publishes
 * answers whose link address is the page's title (`http://Fighting retail crime
 * - GOV.UK`), and an author may write `[gov.uk](www.gov.uk)`. Such a link leads
 * nowhere, and the link check would fail the whole build on it. So its words are
 * kept as text, exactly as written, without the link, and the build prints a
 * warning naming the file and the address (`file.message`, printed by
 * `renderLetterMarkdown`).
 *
 * Kept as links: `#anchors` and site paths (`/letters/x/`, `./annex.pdf`),
 * which the link check checks, and absolute `http:`, `https:` and `mailto:` addresses that parse as
 * URLs (the sanitizer has already removed other protocols). Anything else, a
 * relative address or one that does not parse, is malformed.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from './visit.ts';
import type { VFile } from 'vfile';

/** Whether a link address in a letter is well formed: an anchor, a site path (`/x`, `./x`, `../x`) or a URL that parses. */
export function isWellFormedHref(href: string): boolean {
  if (/^(#|\/(?!\/)|\.\.?\/)/.test(href)) return true;
  if (!/^(https?|mailto):/i.test(href)) return false;
  try {
    const url = new URL(href);
    return url.protocol === 'mailto:' || url.hostname !== '';
  } catch {
    return false;
  }
}

/** Unwraps every malformed link into its words, and warns naming each. */
export default function rehypeMalformedLinks() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || isWellFormedHref(href)) return;
      if (parent === undefined || index === undefined) return;
      file.message(
        `link "${toString(node)}" has a malformed address "${href}": kept as text, without the link`,
        // No place: positions count from the body, not the file's first line.
        { ruleId: 'malformed-link', source: 'postbag' },
      );
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}
