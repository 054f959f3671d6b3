/**
 * Old answer ids, kept as anchors. Published answer ids never change; when one
 * must, the letter's frontmatter lists the old id under the answer
 * (`answers: [{ id: new-id, aliases: [old-id] }]`), and this plugin puts an
 * empty element with the old id just before the heading, so links to the old
 * id still land on the answer. Reads the frontmatter Astro gives plugins in
 * `file.data.astro.frontmatter`; with none, it does nothing.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

interface AnswerAliases {
  readonly id: string;
  readonly aliases: readonly string[];
}

/** The answers' old ids from a file's frontmatter, by current id. */
function aliasesFrom(file: VFile): Map<string, readonly string[]> {
  const answers: unknown = (file.data as { astro?: { frontmatter?: { answers?: unknown } } }).astro
    ?.frontmatter?.answers;
  const map = new Map<string, readonly string[]>();
  if (!Array.isArray(answers)) return map;
  for (const answer of answers as Partial<AnswerAliases>[]) {
    if (
      typeof answer.id === 'string' &&
      Array.isArray(answer.aliases) &&
      answer.aliases.length > 0
    ) {
      map.set(
        answer.id,
        answer.aliases.filter((a): a is string => typeof a === 'string'),
      );
    }
  }
  return map;
}

/** Puts an anchor for each old id of an answer just before its heading. */
export default function rehypeAnswerAliases() {
  return function (tree: Root, file: VFile): undefined {
    const aliases = aliasesFrom(file);
    if (aliases.size === 0) return;
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties['id'];
      const old = typeof id === 'string' ? aliases.get(id) : undefined;
      if (old === undefined || index === undefined || parent === undefined) return;
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
