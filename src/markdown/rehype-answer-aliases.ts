/**
 * Old answer ids, kept as anchors. Published answer ids never change; when one
 * must, the letter's frontmatter lists the old id under the answer
 * (`answers: [{ id: new-id, aliases: [old-id] }]`), and this plugin puts an
 * empty element with the old id just before the heading, so links to the old
 * id still land on the answer. The renderer hands it the old ids by current id
 * in `file.data.answerAliases` (see `renderLetterMarkdown`); with none, it does
 * nothing.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from './visit.ts';
import type { VFile } from 'vfile';

/** Old ids of a letter's answers, by the answer's current id. */
export type AnswerAliases = ReadonlyMap<string, readonly string[]>;

declare module 'vfile' {
  interface DataMap {
    /** Old ids of the letter's answers, by current id, for `rehypeAnswerAliases`. */
    answerAliases: AnswerAliases;
  }
}

/** Puts an anchor for each old id of an answer just before its heading. */
export default function rehypeAnswerAliases() {
  return function (tree: Root, file: VFile): undefined {
    const aliases = file.data.answerAliases;
    if (aliases === undefined || aliases.size === 0) return;
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties['id'];
      const old = typeof id === 'string' ? aliases.get(id) : undefined;
      if (old === undefined || old.length === 0 || index === undefined || parent === undefined)
        return;
      const anchors: Element[] = old.map((alias) => ({
        type: 'element',
        tagName: 'span',
        properties: { id: alias, className: ['answer-alias'] },
        children: [],
      }));
      parent.children.splice(index, 0, ...anchors);
      return [SKIP, index + anchors.length + 1];
    });
  };
}
