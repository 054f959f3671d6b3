/**
 * Whose words are whose, shown on the page. A letter is the signatory's words,
 * except where it says otherwise:
 *
 * - a quote (`> [!quote icb]`, marked by remark-letter-blocks) becomes a
 *   `<figure>` whose caption names the speaker, linked to their page;
 * - an answer heading inside a quote is followed by a line naming its speaker,
 *   so a reader who lands on `#question-8` sees whose answer it is;
 * - a heading the editors added (`{#id .editorial}`, marked by
 *   remark-answer-ids) ends with a visible "(editors’ heading)", which screen
 *   readers read too.
 *
 * The renderer hands it the speakers by key in `file.data.speakers` (see
 * `renderLetterMarkdown`). Runs after rehype-sanitize, so its markup need not be
 * in the sanitize schema; what it reads (`data-speaker`, `data-editorial`) is.
 * The captions carry `data-pagefind-ignore`: they are the editors' words.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from './visit.ts';
import type { VFile } from 'vfile';

/** How the page names one speaker. */
export interface SpeakerLabel {
  /** "Acting Chief Executive, NHS Kent and Medway". */
  readonly name: string;
  /** Their page, if the archive has one. */
  readonly href?: string | undefined;
}

/** A letter's speakers, by the key its `[!quote key]` blocks use. */
export type SpeakerLabels = ReadonlyMap<string, SpeakerLabel>;

declare module 'vfile' {
  interface DataMap {
    /** The letter's speakers by key, for `rehypeAttributions`. */
    speakers: SpeakerLabels;
  }
}

/** The visible words that mark a heading the editors added. */
export const EDITORIAL_MARK = '(editors’ heading)';

const ANSWER_HEADINGS = new Set(['h2', 'h3', 'h4']);

const text = (value: string): ElementContent => ({ type: 'text', value });

/** The speaker's name, as a link to their page when there is one. */
function speakerName(label: SpeakerLabel): ElementContent {
  if (label.href === undefined) return text(label.name);
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: label.href },
    children: [text(label.name)],
  };
}

function element(tagName: string, className: string, children: ElementContent[]): Element {
  return {
    type: 'element',
    tagName,
    properties: { className: [className], dataPagefindIgnore: true },
    children,
  };
}

/** `<figure class="quotation"><figcaption>Quoted: …</figcaption><blockquote>…` */
function quotation(blockquote: Element, label: SpeakerLabel): Element {
  const caption = element('figcaption', 'quotation__source', [
    text('Quoted in this letter, the words of '),
    speakerName(label),
    text(':'),
  ]);
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['quotation'] },
    children: [caption, blockquote],
  };
}

/** The line under a quoted answer's heading: "Answer by …, quoted in this letter". */
function answerSpeaker(label: SpeakerLabel): Element {
  return element('p', 'answer-speaker', [
    text('Answer by '),
    speakerName(label),
    text(', quoted in this letter'),
  ]);
}

/** Appends "(editors’ heading)" to a heading the editors added. */
function markEditorial(heading: Element): void {
  heading.properties['className'] = ['editorial-heading'];
  heading.children.push(text(' '), element('span', 'editorial-mark', [text(EDITORIAL_MARK)]));
}

/** Names quoted speakers on quotes and their answers, and marks editors' headings. */
export default function rehypeAttributions() {
  return function (tree: Root, file: VFile): undefined {
    const speakers = file.data.speakers ?? new Map<string, SpeakerLabel>();
    const labelOf = (key: unknown) => (typeof key === 'string' ? speakers.get(key) : undefined);
    const visitQuotes = (root: Root | Element, speaker: SpeakerLabel | undefined): void => {
      visit(root, 'element', (node, index, parent) => {
        if (node === root || index === undefined || parent === undefined) return;
        const quoted =
          node.tagName === 'blockquote' ? labelOf(node.properties['dataSpeaker']) : undefined;
        if (quoted !== undefined) {
          visitQuotes(node, quoted);
          parent.children[index] = quotation(node, quoted);
          return SKIP;
        }
        if (!ANSWER_HEADINGS.has(node.tagName)) return;
        if (node.properties['dataEditorial'] === 'true') markEditorial(node);
        if (speaker !== undefined && typeof node.properties['id'] === 'string') {
          parent.children.splice(index + 1, 0, answerSpeaker(speaker));
          return [SKIP, index + 2];
        }
        return SKIP;
      });
    };
    visitQuotes(tree, undefined);
  };
}
