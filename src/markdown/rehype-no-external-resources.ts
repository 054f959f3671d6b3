/**
 * A letter's page embeds nothing from other sites: no image, media, frame or
 * object whose address is on another host (a tracking pixel in an email, a
 * picture hot-linked from a council's site). Each is replaced by a visible note
 * naming what it was and where it lives, so nothing is lost without a word
 * (`[An image from https://… is not shown: the archive embeds nothing from other
 * sites]`), and a warning naming the letter's file and line goes on the file.
 *
 * Runs after rehype-raw, so raw HTML is covered, and before rehype-sanitize, so
 * elements the sanitizer would drop without a trace (frames, video, objects) get
 * their note too; the note (`span.not-embedded`) is allowed by the sanitize schema.
 * Site-relative images (`/sources/plan.png`, `plan.png`) stay: they are the
 * archive's own files, and the build's link check fails if one is missing.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from './visit.ts';
import type { VFile } from 'vfile';

/** The class of the note left in place of an external resource. */
export const NOT_EMBEDDED_CLASS = 'not-embedded';

/** Properties (hast names) whose addresses a browser loads without a click. */
const RESOURCE_PROPERTIES = ['src', 'srcSet', 'poster', 'data', 'background'] as const;

/** What the reader is told an element was. */
const KINDS: Readonly<Record<string, string>> = {
  img: 'An image',
  picture: 'An image',
  video: 'A video',
  audio: 'A sound recording',
  iframe: 'A page',
  frame: 'A page',
  object: 'An embedded object',
  embed: 'An embedded object',
};

// Any page of the site stands in for "here": what resolves off this host is external.
const HERE = new URL('https://site.invalid/letters/letter/');

/** The addresses in a property value: a srcset's candidates (descriptors left out), or the one URL. */
const addresses = (name: string, value: string): string[] =>
  name === 'srcSet'
    ? value.split(',').flatMap((candidate) => candidate.trim().split(/\s+/)[0] ?? [])
    : [value.trim()];

/** Whether a browser would fetch `address` from another host (backslashes and `//` included). */
function isExternal(address: string): boolean {
  if (address === '') return false;
  if (!URL.canParse(address, HERE)) return true;
  return new URL(address, HERE).host !== HERE.host;
}

/** The first external address an element, or anything inside it, would load. */
function externalAddress(node: Element): string | undefined {
  for (const name of RESOURCE_PROPERTIES) {
    const value = node.properties[name];
    const list = Array.isArray(value) ? value.join(', ') : value;
    if (typeof list !== 'string') continue;
    const found = addresses(name, list).find(isExternal);
    if (found !== undefined) return found;
  }
  for (const child of node.children) {
    const found = child.type === 'element' ? externalAddress(child) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The alternative text of an image, or of the image inside a picture. */
function altText(node: Element): string | undefined {
  const alt = node.properties['alt'];
  if (typeof alt === 'string' && alt.trim() !== '') return alt.trim();
  for (const child of node.children) {
    const found = child.type === 'element' ? altText(child) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What the note says, without its brackets: what it was, where from, and why it is not shown. */
export function notEmbeddedReason(kind: string, address: string, alt?: string): string {
  const described = alt === undefined ? '' : ` (“${alt}”)`;
  return `${kind} from ${address}${described} is not shown: the archive embeds nothing from other sites`;
}

/** Elements that load something themselves, or whose `source` children do. */
const isEmbedding = (node: Element): boolean => node.tagName in KINDS || node.tagName === 'source';

/** Replaces every external image, medium, frame and object with a note, and warns. */
export default function rehypeNoExternalResources() {
  return (tree: Root, file: VFile): undefined => {
    visit(tree, 'element', (node, index, parent) => {
      if (index === undefined || parent === undefined || !isEmbedding(node)) return undefined;
      const address = externalAddress(node);
      if (address === undefined) return undefined;
      const reason = notEmbeddedReason(KINDS[node.tagName] ?? 'A resource', address, altText(node));
      const note: ElementContent = {
        type: 'element',
        tagName: 'span',
        properties: { className: [NOT_EMBEDDED_CLASS] },
        children: [{ type: 'text', value: `[${reason}]` }],
      };
      parent.children.splice(index, 1, note);
      file.message(reason, {
        place: node.position,
        ruleId: 'external-resource',
        source: 'postbag',
      });
      return [SKIP, index + 1];
    });
  };
}
