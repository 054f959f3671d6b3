/**
 * The tree walk every letter plugin uses: unist-util-visit's `visit(tree, type?,
 * visitor)`, with its types and its visitor's answers (`SKIP`, `EXIT`, the index
 * to go on at, or a tuple of both), walked without its cost.
 *
 * unist-util-visit builds a closure for every node and names it, for stack
 * traces, with `Object.defineProperty`; on the letters' trees that was four
 * tenths of the time it took to render a letter, in eleven walks a letter (nine
 * plugins, and two of them again to list its answers). This walk is one recursive function and
 * allocates nothing. It takes only what the plugins ask of it: a node type or
 * no test, one visitor, in preorder; `tests/markdown/visit.test.ts` walks the
 * same trees with both, changing them as they go, and compares every step.
 */
import type { Node, Parent } from 'unist';
import { EXIT, SKIP, type BuildVisitor } from 'unist-util-visit';

export { EXIT, SKIP };

type AnyVisitor = (node: Node, index: number | undefined, parent: Parent | undefined) => unknown;

/** Where to go on after a node: `undefined` for its next sibling, a number for that index. */
const STOP = null;
type Next = number | undefined | typeof STOP;

/** Visits `node` (when it is of `type`, or whatever it is without one), then its children. */
function walk(
  node: Node,
  index: number | undefined,
  parent: Parent | undefined,
  type: string | undefined,
  visitor: AnyVisitor,
): Next {
  let action: unknown;
  let next: number | undefined;
  if (type === undefined || node.type === type) {
    const result = visitor(node, index, parent);
    if (Array.isArray(result)) {
      action = result[0];
      if (typeof result[1] === 'number') next = result[1];
    } else if (typeof result === 'number') {
      next = result;
    } else {
      action = result;
    }
    if (action === EXIT) return STOP;
  }
  if (action === SKIP || !Array.isArray((node as Partial<Parent>).children)) return next;
  const self = node as Parent;
  let offset = 0;
  // The children are read again at every step: a visitor may splice them.
  while (offset > -1 && offset < self.children.length) {
    const after = walk(self.children[offset] as Node, offset, self, type, visitor);
    if (after === STOP) return STOP;
    offset = after ?? offset + 1;
  }
  return next;
}

/** Walks `tree` in preorder, calling `visitor` on every node of `type`. */
export function visit<Tree extends Node, Type extends string>(
  tree: Tree,
  type: Type,
  visitor: BuildVisitor<Tree, Type>,
): undefined;
/** Walks `tree` in preorder, calling `visitor` on every node. */
export function visit<Tree extends Node>(tree: Tree, visitor: BuildVisitor<Tree>): undefined;
export function visit(
  tree: Node,
  typeOrVisitor: string | AnyVisitor,
  maybeVisitor?: AnyVisitor,
): undefined {
  if (typeof typeOrVisitor === 'function')
    walk(tree, undefined, undefined, undefined, typeOrVisitor);
  else if (maybeVisitor !== undefined)
    walk(tree, undefined, undefined, typeOrVisitor, maybeVisitor);
  else throw new TypeError(`visit(tree, "${typeOrVisitor}") needs a visitor`);
  return undefined;
}
